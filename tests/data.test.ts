/** The published data files: they exist in each locale and say what the demo knowledge base says. */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {isOffer, type Item} from '../plugins/docusaurus-plugin-passerelles/src/model/items';
import {DEFAULT_OPTIONS} from '../plugins/docusaurus-plugin-passerelles/src/options';
import {dataTables} from '../plugins/docusaurus-plugin-passerelles/src/routes/data';
import {createSitePaths} from '../plugins/docusaurus-plugin-passerelles/src/routes/paths';
import {dataTableNames, type DataTables} from '../plugins/docusaurus-plugin-passerelles/src/shared/data';
import {isUpcoming} from '../plugins/docusaurus-plugin-passerelles/src/shared/schedule';
import type {Taxonomy} from '../plugins/docusaurus-plugin-passerelles/src/shared/taxonomy';
import {expectedGaps} from './setup/data';
import {demoKnowledgeBase} from './setup/knowledge-base';
import {testBuildDate, testSite} from './setup/site';

// Reading the demo knowledge base takes a few seconds on a busy machine.
jest.setTimeout(30_000);

const built = (...parts: string[]): Promise<string> => readFile(path.join(testSite().buildDir, ...parts), 'utf8');
const builtJson = async (localePrefix: string): Promise<DataTables> => JSON.parse(await built(localePrefix, 'passerelles', 'data.json')) as DataTables;
const builtCsv = async (localePrefix: string, table: string): Promise<Record<string, string>[]> =>
  parse(await built(localePrefix, 'passerelles', 'data', `${table}.csv`), {bom: true, columns: true}) as Record<string, string>[];

describe('the published data', () => {
  let items: Item[];
  let taxonomy: Taxonomy;
  let published: DataTables;
  const now = Date.parse(testBuildDate);
  beforeAll(async () => {
    const knowledgeBase = await demoKnowledgeBase();
    items = knowledgeBase.items;
    if (knowledgeBase.taxonomy === undefined) throw new Error('the demo taxonomy does not load');
    taxonomy = knowledgeBase.taxonomy;
    published = await builtJson('');
  });

  it('is the aggregation of the demo knowledge base at the build date, in French', () => {
    const paths = createSitePaths({baseUrl: '/', trailingSlash: true}, DEFAULT_OPTIONS);
    expect(published).toEqual(dataTables({items, taxonomy, locale: 'fr', paths, buildDate: new Date(testBuildDate), timeZone: DEFAULT_OPTIONS.timeZone}));
    expect(published.buildDate).toBe(new Date(testBuildDate).toISOString());
  });

  it('counts every offer once per basin, and the upcoming ones at the build date', () => {
    const offers = items.filter(isOffer);
    for (const row of published.offersByBasin) {
      expect(row.offers).toBe(offers.filter((offer) => offer.basin === row.basin.id).length);
      expect(row.upcoming).toBe(offers.filter((offer) => offer.basin === row.basin.id && isUpcoming(offer, now)).length);
    }
  });

  it('lists the gaps computed from the knowledge base, most raised first', () => {
    const expected = expectedGaps(items, taxonomy, now);
    expect(expected.length).toBeGreaterThan(0);
    const byId = new Map(expected.map((gap) => [gap.id, gap]));
    expect(published.gaps.map((gap) => gap.theme.id).sort()).toEqual([...byId.keys()].sort());
    for (const gap of published.gaps) {
      const independent = byId.get(gap.theme.id);
      expect(independent).toBeDefined();
      expect({...gap, theme: gap.theme.id, basins: gap.basins.map((basin) => basin.id).sort()}).toEqual({
        theme: independent?.id,
        raised: independent?.raised,
        basins: [...(independent?.basins ?? [])].sort(),
        upcomingOffers: independent?.upcomingOffers,
        vignettes: independent?.vignettes,
        missing: independent?.missing,
      });
    }
    const raised = published.gaps.map((gap) => gap.raised);
    expect(raised).toEqual([...raised].sort((a, b) => b - a));
  });

  it('writes one CSV per table that says what data.json says', async () => {
    for (const table of dataTableNames) expect((await built('passerelles', 'data', `${table}.csv`)).length).toBeGreaterThan(0);
    const gaps = await builtCsv('', 'gaps');
    expect(gaps).toEqual(
      published.gaps.map((gap) => ({
        theme_id: gap.theme.id,
        theme_label: gap.theme.label,
        times_raised: String(gap.raised),
        basin_ids: gap.basins.map((basin) => basin.id).join(';'),
        basin_labels: gap.basins.map((basin) => basin.label).join('; '),
        upcoming_offers: String(gap.upcomingOffers),
        vignettes: String(gap.vignettes),
        missing: gap.missing.join(';'),
      })),
    );
    const themes = await builtCsv('', 'themes-by-kind');
    expect(themes).toHaveLength(taxonomy.themes.length);
    for (const row of themes) {
      const carrying = items.filter((item) => item.themes.includes(row.theme_id ?? ''));
      expect(Number(row.total)).toBe(carrying.length);
      expect(Number(row.vignette)).toBe(carrying.filter((item) => item.kind === 'vignette').length);
    }
    const months = await builtCsv('', 'offers-by-month');
    expect(months.map((row) => [row.month, Number(row.offers)])).toEqual(published.offersByMonth.map((row) => [row.month, row.offers]));
    const basins = await builtCsv('', 'concertation-themes-by-basin');
    expect(basins.map((row) => [row.theme_id, Number(row.total)])).toEqual(published.concertationThemesByBasin.map((row) => [row.theme.id, row.total]));
  });

  it('is published in each locale with its labels, and the same figures', async () => {
    const dutch = await builtJson('nl');
    expect(dutch.locale).toBe('nl');
    // Ties are ordered by label, which differs between languages: compare theme by theme.
    const figures = (tables: DataTables) => tables.gaps.map((gap) => [gap.theme.id, gap.raised, gap.upcomingOffers, gap.vignettes, gap.missing]).sort();
    expect(figures(dutch)).toEqual(figures(published));
    const theme = taxonomy.themes.find((entry) => entry.id === dutch.gaps[0]?.theme.id);
    expect(dutch.gaps[0]?.theme.label).toBe(theme?.prefLabel.nl);
    expect(dutch.gaps[0]?.theme.permalink).toBe(`/nl/thematiques/${theme?.id}/`);
    expect(dutch.basins.find((basin) => basin.id === 'nord')?.label).toBe('Zorgbekken Noord');
    const english = await builtCsv('en', 'offers-by-basin');
    expect(english.map((row) => row.basin_id)).toEqual(published.offersByBasin.map((row) => row.basin.id));
  });
});
