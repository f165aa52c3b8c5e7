import {cp, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fixtureSiteDir} from './__fixtures__/taxonomy';
import {loadFixtureContext, runLifecycle} from './__fixtures__/lifecycle';
import type {DataPageProps} from './shared/data';
import type {OfferListData} from './directives/data';
import type {ItemContext, ThemeHubProps, ThemesIndexProps} from './shared/cards';
import {itemDataFileName} from './remark/item-data';
import {createSearcher} from './shared/search/searcher';
import type {TextShardData} from './shared/search/engine';
import type {SearchIndexData} from './shared/search/types';
import {ContentProblemsError} from './report';
import {validateOptions} from './options';
import type {ContributePageProps} from './shared/authoring/page';
import type {CatalogueProps} from './shared/catalogue';
import type {MapPageProps} from './shared/map/graph';
import {normalizePluginOptions} from '@docusaurus/utils-validation';

// Each test loads a Docusaurus site context and runs the docs plugin: seconds on a busy two-core machine.
jest.setTimeout(60_000);

describe('plugin lifecycle on a fixture site', () => {
  it('adds the themes index and one hub per theme, with their data', async () => {
    const context = await loadFixtureContext(fixtureSiteDir);
    const run = await runLifecycle(context, {buildDate: '2026-06-01T00:00:00Z'});

    expect(run.routes.map((route) => route.path).sort()).toEqual([
      '/carte',
      '/concertations',
      '/contribuer',
      '/donnees',
      '/offres',
      '/recherche',
      '/structures',
      '/thematiques',
      '/thematiques/assuetudes',
      '/thematiques/deficience-intellectuelle',
      '/thematiques/double-diagnostic',
      '/thematiques/migration',
      '/thematiques/prevention-suicide',
    ]);
    const hubRoute = run.routes.find((route) => route.path === '/thematiques/double-diagnostic');
    expect(hubRoute).toMatchObject({component: '@theme/PasserellesThemeHub', exact: true, modules: {hub: '/generated/themes/double-diagnostic.json'}});
    expect(run.globalData).toEqual({searchPath: '/recherche', timeZone: 'Europe/Brussels'});
    expect(run.routes.find((route) => route.path === '/recherche')).toMatchObject({component: '@theme/PasserellesSearchPage'});
    expect(run.routes.find((route) => route.path === '/donnees')).toMatchObject({component: '@theme/PasserellesDataPage', modules: {data: '/generated/data-page.json'}});
    const data = run.data.get('data-page.json') as DataPageProps;
    expect(data.tables.buildDate).toBe('2026-06-01T00:00:00.000Z');
    expect(data.files.csv.gaps).toBe('/passerelles/data/gaps.csv');
    // The fixture site has no structure: the list is there, empty.
    expect(run.routes.find((route) => route.path === '/structures')).toMatchObject({component: '@theme/PasserellesStructuresPage', modules: {structures: '/generated/structures.json'}});
    expect(run.data.get('structures.json')).toEqual({structures: []});

    const hub = run.data.get('themes/double-diagnostic.json') as ThemeHubProps;
    expect(hub.theme).toMatchObject({id: 'double-diagnostic', label: 'Double diagnostic (psy et assuétudes)', counts: {vignette: 1, intervision: 1, formation: 1, concertation: 1}});
    expect(hub.vignettes.map((item) => item.id)).toEqual(['vignettes/nuit-blanche']);
    // Upcoming first (the intervision has a session in September), then the past formation.
    expect(hub.offers.map((item) => item.id)).toEqual(['offres/intervision-dd', 'offres/formation-passee']);
    expect(hub.concertations).toEqual([expect.objectContaining({id: 'concertations/nord-1', basin: 'nord', date: '2024'})]);
    expect(hub.concertationsTimelinePermalink).toBe('/concertations?theme=double-diagnostic');
    // The hub shows no theme chips on its cards: their themes stay out of its data.
    expect([...hub.vignettes, ...hub.offers, ...hub.concertations].filter((card) => 'themes' in card)).toEqual([]);
    // What ::offres embeds: the offers still to come at the build date; one past then stays past.
    expect((run.data.get('offers/double-diagnostic.json') as OfferListData).offers.map((offer) => offer.id)).toEqual(['offres/intervision-dd']);
    expect(run.routes.find((route) => route.path === '/concertations')).toMatchObject({
      component: '@theme/PasserellesConcertationsPage',
      modules: {timeline: '/generated/concertations.json'},
    });
    expect(run.data.get('concertations.json')).toMatchObject({
      concertations: [expect.objectContaining({id: 'concertations/nord-1', number: 1, participants: 30})],
      basins: ['nord'],
    });
    expect(hub.broader).toEqual([{id: 'assuetudes', label: 'Assuétudes', permalink: '/thematiques/assuetudes'}]);
    expect(hub.related.map((theme) => theme.id)).toEqual(['deficience-intellectuelle']);
    expect(hub.coOccurring.map((theme) => theme.id)).toEqual(['migration', 'prevention-suicide']);
    expect(hub.buildDate).toBe('2026-06-01T00:00:00.000Z');

    const index = run.data.get('themes.json') as ThemesIndexProps;
    const assuetudes = index.groups.find((group) => group.theme.id === 'assuetudes');
    expect(assuetudes?.children.map((child) => child.id)).toEqual(['double-diagnostic']);
    expect(index.groups.map((group) => group.theme.id)).not.toContain('double-diagnostic');
  });

  it('writes the context of each item page where the remark plugin looks for it', async () => {
    const context = await loadFixtureContext(fixtureSiteDir);
    const run = await runLifecycle(context, {buildDate: '2026-06-01T00:00:00Z'});
    const file = itemDataFileName(path.join(context.siteDir, 'docs/vignettes/exil.md'));
    const item = run.data.get(file) as ItemContext;
    expect(item.item).toMatchObject({id: 'vignettes/exil', kind: 'vignette', permalink: '/docs/vignettes/exil'});
    expect(item.item.themes).toEqual([{id: 'migration', label: 'Santé mentale et migration', permalink: '/thematiques/migration'}]);
    expect(item.seeAlso.map((other) => other.id)).toEqual(['concertations/nord-1']);
    expect([...run.data.keys()].filter((name) => name.startsWith('items/'))).toHaveLength(6);
  });

  it('writes the search index of the locale being built, with localized theme labels and links', async () => {
    const context = await loadFixtureContext(fixtureSiteDir, 'nl');
    const run = await runLifecycle(context, {buildDate: '2026-06-01T00:00:00Z'});
    const index = run.data.get('search-index.json') as SearchIndexData;
    expect(index.locale).toBe('nl');
    expect(index.documents.map((document) => document.id).sort()).toEqual([
      'concertations/nord-1',
      'offres/formation-passee',
      'offres/groupe-permanent',
      'offres/intervision-dd',
      'vignettes/exil',
      'vignettes/nuit-blanche',
    ]);
    expect(index.themes.find((theme) => theme.id === 'migration')).toMatchObject({label: 'Geestelijke gezondheid en migratie', permalink: '/nl/thematiques/migration'});
    expect(index.textShards).toBeUndefined();
    const searcher = createSearcher(index);
    // The text comes in shard files of their own, loaded when a query needs them.
    expect(searcher.missingShards('madame')).toEqual([0]);
    expect(searcher.search({query: 'madame', now: Date.parse('2026-06-01')}).results).toEqual([]);
    // The browser reaches each shard through the generated loaders module, one static import per shard.
    expect(run.data.get('search-text-loaders.js')).toBe("export default [\n  () => import(\"./search-text-0.json\"),\n];\n");
    searcher.attachTextShard(run.data.get('search-text-0.json') as TextShardData);
    expect(searcher.missingShards('madame')).toEqual([]);
    const results = searcher.search({query: 'nieuwkomers', now: Date.parse('2026-06-01')});
    expect(results.themes.map((theme) => theme.id)).toEqual(['migration']);
    expect(results.results[0]?.id).toBe('vignettes/exil');
    expect(searcher.search({query: 'madame', now: Date.parse('2026-06-01')}).results.map((result) => result.id)).toEqual(['vignettes/exil']);
  });

  it('labels themes in the locale being built', async () => {
    const context = await loadFixtureContext(fixtureSiteDir, 'nl');
    const run = await runLifecycle(context, {buildDate: '2026-06-01T00:00:00Z'});
    const hub = run.data.get('themes/double-diagnostic.json') as ThemeHubProps;
    expect(hub.theme.label).toBe('Dubbele diagnose (psychiatrie en verslaving)');
    expect(hub.theme.permalink).toBe('/nl/thematiques/double-diagnostic');
    expect(hub.theme.altLabels).toEqual(['dubbele diagnose']);
  });

  it('adds the map page where mapRoutePath says, with its nodes in the locale being built', async () => {
    const context = await loadFixtureContext(fixtureSiteDir, 'nl');
    const run = await runLifecycle(context, {mapRoutePath: 'kaart'});
    const route = run.routes.find((candidate) => candidate.component === '@theme/PasserellesMapPage');
    expect(route).toMatchObject({path: '/nl/kaart', exact: true, modules: {page: '/generated/map.json'}});
    const props = run.data.get('map.json') as MapPageProps;
    expect(props.map.nodes.find((node) => node.id === 'theme:double-diagnostic')).toMatchObject({
      label: 'Dubbele diagnose (psychiatrie en verslaving)',
      permalink: '/nl/thematiques/double-diagnostic',
    });
    expect(props.map.nodes.filter((node) => node.type !== 'theme').map((node) => node.id).sort()).toEqual([
      'item:offres/formation-passee',
      'item:offres/groupe-permanent',
      'item:offres/intervision-dd',
    ]);
    expect(props.themes.map((theme) => theme.label)).toEqual([...props.themes.map((theme) => theme.label)].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('adds the contribution page, with the taxonomy its form checks themes with and the repository it proposes files to', async () => {
    const context = await loadFixtureContext(fixtureSiteDir, 'nl');
    const run = await runLifecycle(context, {contribute: {repository: 'passerelles-bxl/passerelles', path: 'voorstellen'}});
    const route = run.routes.find((candidate) => candidate.component === '@theme/PasserellesContributePage');
    expect(route).toMatchObject({path: '/nl/voorstellen', exact: true, modules: {contribute: '/generated/contribute.json'}});
    const props = run.data.get('contribute.json') as ContributePageProps;
    expect(props).toMatchObject({repository: 'passerelles-bxl/passerelles', branch: 'main', docsPath: 'docs', timeZone: 'Europe/Brussels'});
    expect(props.taxonomy.themes.map((theme) => theme.id)).toContain('double-diagnostic');
    expect(props.themes.find((theme) => theme.id === 'double-diagnostic')).toEqual({
      id: 'double-diagnostic',
      label: 'Dubbele diagnose (psychiatrie en verslaving)',
      permalink: '/nl/thematiques/double-diagnostic',
    });

    const withoutRepository = await runLifecycle(await loadFixtureContext(fixtureSiteDir));
    expect(withoutRepository.data.get('contribute.json')).not.toHaveProperty('repository');
  });

  it('adds the offers catalogue where the option says, with every offer and the themes to filter them by', async () => {
    const context = await loadFixtureContext(fixtureSiteDir, 'nl');
    const run = await runLifecycle(context, {buildDate: '2026-06-01T00:00:00Z', catalogueRoutePath: 'aanbod'});
    expect(run.routes.find((route) => route.component === '@theme/PasserellesCataloguePage')).toMatchObject({
      path: '/nl/aanbod',
      exact: true,
      modules: {catalogue: '/generated/catalogue.json'},
    });
    const props = run.data.get('catalogue.json') as CatalogueProps;
    // Upcoming at the build date first (the dated intervision, then the standing group), the past formation last.
    expect(props.offers.map((offer) => offer.id)).toEqual(['offres/intervision-dd', 'offres/groupe-permanent', 'offres/formation-passee']);
    expect(props.offers[0]).toMatchObject({kind: 'intervision', basin: 'nord', languages: ['fr', 'nl'], cost: {amount: 0}, registration: 'mailto:intervision@example.org'});
    expect(props.offers[0]?.themes[0]).toEqual({id: 'double-diagnostic', label: 'Dubbele diagnose (psychiatrie en verslaving)', permalink: '/nl/thematiques/double-diagnostic'});
    // The themes of the offers, and the broader theme a narrower one is filtered under.
    expect([...props.themes].sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      {id: 'assuetudes', label: expect.any(String), broader: []},
      {id: 'double-diagnostic', label: 'Dubbele diagnose (psychiatrie en verslaving)', broader: ['assuetudes']},
    ]);
    expect(props.buildDate).toBe('2026-06-01T00:00:00.000Z');
    // The calendar of every offer sits next to the catalogue, in the locale's folder.
    expect(props.calendar).toEqual({url: 'https://fixture.example.org/nl/aanbod.ics', webcal: 'webcal://fixture.example.org/nl/aanbod.ics'});
  });

  it('refuses a repository that is not owner/name', () => {
    expect(() => validateOptions({validate: normalizePluginOptions as never, options: {contribute: {repository: 'https://github.com/passerelles-bxl/passerelles'}}})).toThrow(
      /"contribute.repository" must be a GitHub repository as "owner\/name"/,
    );
  });

  it('fails with every problem of every file and creates nothing', async () => {
    const siteDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-broken-'));
    await cp(fixtureSiteDir, siteDir, {recursive: true});
    // The copy cannot reach the plugin by the fixture's relative path; the lifecycle runner brings it.
    await writeFile(path.join(siteDir, 'docusaurus.config.js'), "module.exports = {title: 'Broken', url: 'https://x.example.org', baseUrl: '/'};\n");
    await writeFile(
      path.join(siteDir, 'docs/vignettes/cassee.md'),
      '---\nkind: vignette\ntitle: Cassée\nthemes: [double diagnostic]\n---\n\n## Situation\n\nx\n',
    );
    await writeFile(path.join(siteDir, 'docs/offres/sans-date.md'), '---\nkind: supervision\ntitle: Sans date\n---\n');
    const context = await loadFixtureContext(siteDir);
    const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = runLifecycle(context);
    await expect(failure).rejects.toBeInstanceOf(ContentProblemsError);
    const error = (await failure.catch((caught: unknown) => caught)) as ContentProblemsError;
    const files = new Set(error.problems.map((problem) => problem.file));
    expect(files).toEqual(new Set(['docs/vignettes/cassee.md', 'docs/offres/sans-date.md']));
    expect(error.problems.filter((problem) => problem.file === 'docs/vignettes/cassee.md').map((problem) => problem.rule).sort()).toEqual([
      'required',
      'section',
      'theme-ambiguous',
    ]);
    expect(error.message).toMatch(/^Passerelles: 12 error\(s\) in 2 file\(s\)/);
    expect(error.stack).toBe(error.message);
    const lines = printed.mock.calls.map((call) => String(call[0]));
    printed.mockRestore();
    expect(lines).toContainEqual(expect.stringContaining('docs/vignettes/cassee.md:4 themes[0]: "double diagnostic" names several themes'));
    expect(lines).toContainEqual(expect.stringContaining('docs/offres/sans-date.md:2 organizer: required field is missing'));
  });
});
