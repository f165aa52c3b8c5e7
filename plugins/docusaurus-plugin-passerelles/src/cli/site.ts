/**
 * The site a command works on: the one Docusaurus loaded (the current folder),
 * or the `[siteDir]` argument, whose config is then loaded to read its options.
 */
import {realpath} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import type {PluginOptions} from '../options';
import {pluginName} from '../remark/item-data';

export interface CommandSite {
  siteDir: string;
  defaultLocale: string;
  baseUrl: string;
  trailingSlash: boolean | undefined;
  options: PluginOptions;
}

interface InitializedPluginLike {
  name: string;
  options: {id?: string};
}

export async function resolveSite(siteDirArgument: string | undefined, context: LoadContext, options: PluginOptions): Promise<CommandSite> {
  const loaded = {siteDir: context.siteDir, defaultLocale: context.i18n.defaultLocale, baseUrl: context.siteConfig.baseUrl, trailingSlash: context.siteConfig.trailingSlash, options};
  if (siteDirArgument === undefined) return loaded;
  const siteDir = await realpath(path.resolve(siteDirArgument)).catch(() => {
    throw new Error(`Site folder not found: ${siteDirArgument}`);
  });
  if (siteDir === (await realpath(context.siteDir))) return loaded;

  // Docusaurus gives plugins no public way to load another site; its own external commands use these.
  const {loadContext} = require('@docusaurus/core/lib/server/site') as {loadContext: (params: {siteDir: string}) => Promise<LoadContext>};
  const {initPlugins} = require('@docusaurus/core/lib/server/plugins/init') as {
    initPlugins: (context: LoadContext) => Promise<InitializedPluginLike[]>;
  };
  const otherContext = await loadContext({siteDir});
  const plugins = await initPlugins(otherContext);
  const plugin = plugins.find((candidate) => candidate.name === pluginName && (candidate.options.id ?? 'default') === options.id);
  if (plugin === undefined) {
    throw new Error(`${siteDir} does not use ${pluginName} (id "${options.id}"): add it to the plugins of its docusaurus.config.`);
  }
  return {siteDir, defaultLocale: otherContext.i18n.defaultLocale, baseUrl: otherContext.siteConfig.baseUrl, trailingSlash: otherContext.siteConfig.trailingSlash, options: plugin.options as PluginOptions};
}
