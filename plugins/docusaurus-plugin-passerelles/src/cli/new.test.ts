import {cp, mkdtemp, readFile, readdir} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fixtureSiteDir} from '../__fixtures__/taxonomy';
import {DEFAULT_OPTIONS, type PluginOptions} from '../options';
import {itemKinds} from '../shared/kinds';
import {runCheck} from './check';
import {newCommand} from './new';
import type {CommandSite} from './site';

const today = new Date('2026-11-20T10:00:00Z');

async function fixtureCopy(): Promise<CommandSite> {
  const siteDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-new-'));
  await cp(fixtureSiteDir, siteDir, {recursive: true});
  return {siteDir, defaultLocale: 'fr', baseUrl: '/', trailingSlash: undefined, options: {...DEFAULT_OPTIONS, id: 'default'} as PluginOptions};
}

describe('docusaurus passerelles:new', () => {
  it('writes, for every kind, a draft that passerelles:check accepts as it is', async () => {
    const site = await fixtureCopy();
    const before = (await runCheck(site.siteDir, site.options, 'fr')).items;
    for (const kind of itemKinds) {
      expect(await newCommand(site, kind, `Nouvelle page ${kind}`, {themes: 'psy + addictions'}, today)).toBe(0);
    }
    const result = await runCheck(site.siteDir, site.options, 'fr');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.items).toBe(before + itemKinds.length);
    expect(await readdir(path.join(site.siteDir, 'docs', 'offres'))).toContain('nouvelle-page-formation.md');
    // The fixture site has no structures yet: their folder is made for the first one.
    expect(await readdir(path.join(site.siteDir, 'docs', 'structures'))).toEqual(['nouvelle-page-structure.md']);
  });

  it('writes the sections of the kind, in the language asked, and a first session four weeks ahead', async () => {
    const site = await fixtureCopy();
    expect(await newCommand(site, 'vignette', 'Één nacht op spoed', {locale: 'nl'}, today)).toBe(0);
    const vignette = await readFile(path.join(site.siteDir, 'docs', 'vignettes', 'een-nacht-op-spoed.md'), 'utf8');
    expect(vignette).toContain('## Situatie');
    expect(vignette).toContain('## Vragen voor de intervisie');
    expect(vignette).toContain('status: brouillon');
    expect(await newCommand(site, 'intervision', "L'intervision du lundi", {}, today)).toBe(0);
    const offer = await readFile(path.join(site.siteDir, 'docs', 'offres', 'l-intervision-du-lundi.md'), 'utf8');
    expect(offer).toContain('start: 2026-12-18 09:00');
  });

  it('never overwrites a file', async () => {
    const site = await fixtureCopy();
    expect(await newCommand(site, 'vignette', 'Une nuit', {}, today)).toBe(0);
    const file = path.join(site.siteDir, 'docs', 'vignettes', 'une-nuit.md');
    const written = await readFile(file, 'utf8');
    expect(await newCommand(site, 'vignette', 'Une nuit', {themes: 'migration'}, today)).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(written);
  });

  it('refuses an unknown kind, an empty title and an unknown theme, and writes nothing', async () => {
    const site = await fixtureCopy();
    const listing = async () => (await readdir(path.join(site.siteDir, 'docs'), {recursive: true})).sort();
    const before = await listing();
    expect(await newCommand(site, 'vignete', 'Une nuit', {}, today)).toBe(2);
    expect(await newCommand(site, 'vignette', '  ', {}, today)).toBe(2);
    expect(await newCommand(site, 'vignette', 'Une nuit', {themes: 'migratoin'}, today)).toBe(1);
    expect(await listing()).toEqual(before);
  });
});
