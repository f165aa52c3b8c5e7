import path from 'node:path';
import type {PluginConfig} from '@docusaurus/types';
import {pluginOptionsOf} from './standalone';

const siteDir = path.resolve(__dirname, '../../../..');

describe('pluginOptionsOf', () => {
  it('finds the plugin by package name or by path, with its options validated and defaults filled in', () => {
    const byName = pluginOptionsOf(['other-plugin', ['docusaurus-plugin-passerelles', {docsPath: 'kb'}]], siteDir, 'default');
    expect(byName).toMatchObject({id: 'default', docsPath: 'kb', taxonomyPath: 'themes.yml'});
    const byPath = pluginOptionsOf([['./plugins/docusaurus-plugin-passerelles', {}]], siteDir, 'default');
    expect(byPath).toMatchObject({id: 'default', docsPath: 'docs'});
    // A config may import the plugin function and list it.
    const pluginFunction = (require('docusaurus-plugin-passerelles') as {default: PluginConfig}).default;
    expect(pluginOptionsOf([[pluginFunction, {docsPath: 'kb'}]] as PluginConfig[], siteDir, 'default')).toMatchObject({docsPath: 'kb'});
  });

  it('takes the instance of the id asked for, and none when there is no such instance', () => {
    const plugins: PluginConfig[] = [
      ['docusaurus-plugin-passerelles', {docsPath: 'docs'}],
      ['docusaurus-plugin-passerelles', {id: 'second', docsPath: 'other'}],
    ];
    expect(pluginOptionsOf(plugins, siteDir, 'second')).toMatchObject({id: 'second', docsPath: 'other'});
    expect(pluginOptionsOf(plugins, siteDir, 'third')).toBeUndefined();
    expect(pluginOptionsOf(['other-plugin', false, null, ['./no/such/folder', {}]], siteDir, 'default')).toBeUndefined();
  });

  it('refuses options as Docusaurus refuses them, naming the option', () => {
    expect(() => pluginOptionsOf([['docusaurus-plugin-passerelles', {seeAlsoCount: 'many'}]], siteDir, 'default')).toThrow(/seeAlsoCount/);
  });
});
