import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {loadFixtureContext, runLifecycle} from '../__fixtures__/lifecycle';
import {fixtureSiteDir} from '../__fixtures__/taxonomy';
import {itemDataFileName} from '../remark/item-data';
import type {ItemContext, ThemeHubProps, ThemesIndexProps} from '../shared/cards';
import {parseCalendar} from './__fixtures__/parse-ics';

// Loading a site's config and running the docs plugin takes seconds on a busy machine.
jest.setTimeout(60_000);

type PostBuildProps = Parameters<NonNullable<Plugin<void>['postBuild']>>[0];

describe('the calendars of a locale build', () => {
  let outDir = '';
  afterEach(async () => {
    if (outDir !== '') await rm(outDir, {recursive: true, force: true});
  });

  it('writes the .ics files into the locale’s output folder in postBuild, and links them from the pages', async () => {
    const context = await loadFixtureContext(fixtureSiteDir, 'nl');
    const run = await runLifecycle(context, {buildDate: '2026-06-01T00:00:00Z'});
    outDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-nl-'));
    // postBuild reads only outDir; the rest of what Docusaurus passes is left out.
    await run.plugin.postBuild?.({...context, outDir} as unknown as PostBuildProps);

    expect((await readdir(outDir)).sort()).toEqual(['offres', 'offres.ics', 'passerelles', 'thematiques']);
    // The standing group has only a recurrence: no file of its own.
    expect((await readdir(path.join(outDir, 'offres'))).sort()).toEqual(['formation-passee.ics', 'intervision-dd.ics']);
    const all = await parseCalendar(await readFile(path.join(outDir, 'offres.ics'), 'utf8'));
    expect(all.name).toBe('Fixture — volledig aanbod');
    expect(all.events.map((event) => event.url)).toContain('https://fixture.example.org/nl/docs/offres/intervision-dd');
    expect(new Set(all.events.map((event) => event.stamp))).toEqual(new Set(['2026-06-01T00:00:00.000Z']));

    const hub = run.data.get('themes/double-diagnostic.json') as ThemeHubProps;
    expect(hub.calendar).toEqual({
      url: 'https://fixture.example.org/nl/thematiques/double-diagnostic.ics',
      webcal: 'webcal://fixture.example.org/nl/thematiques/double-diagnostic.ics',
    });
    expect((run.data.get('themes.json') as ThemesIndexProps).calendar.url).toBe('https://fixture.example.org/nl/offres.ics');
    const itemContext = (file: string) => run.data.get(itemDataFileName(path.join(context.siteDir, file))) as ItemContext;
    expect(itemContext('docs/offres/intervision-dd.md').calendar).toBe('/nl/offres/intervision-dd.ics');
    expect(itemContext('docs/offres/groupe-permanent.md').calendar).toBeUndefined();
    expect(itemContext('docs/vignettes/exil.md').calendar).toBeUndefined();
  });
});
