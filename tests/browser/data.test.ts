/** An advocate opens /donnees/: the gaps are there to read, and each chart has a table saying the same. */
import type {Page} from 'playwright-core';
import type {Taxonomy} from '../../plugins/docusaurus-plugin-passerelles/src/shared/taxonomy';
import {expectedGaps, type ExpectedGap} from '../setup/data';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {testBuildDate, testSite} from '../setup/site';
import {useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(60_000);

const session = useBrowserPage();

interface GapTableRow {
  label: string;
  href: string;
  cells: string[];
}

async function gapTable(page: Page): Promise<{headers: string[]; rows: GapTableRow[]}> {
  const table = page.locator('#table-gaps');
  await table.waitFor();
  const headers = await table.locator('thead th').allTextContents();
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const link = tr.querySelector('th a');
      return {
        label: link?.textContent ?? '',
        href: link?.getAttribute('href') ?? '',
        cells: Array.from(tr.querySelectorAll('td'), (cell) => cell.textContent ?? ''),
      };
    }),
  );
  return {headers, rows};
}

/** The rows the page must show, in its order: most raised first, then by label in the page's language. */
function expectedRows(gaps: ExpectedGap[], taxonomy: Taxonomy, language: 'fr' | 'nl', missingWords: Record<string, string>, prefix: string) {
  const label = (id: string): string => taxonomy.themes.find((theme) => theme.id === id)?.prefLabel[language] ?? id;
  return [...gaps]
    .sort((a, b) => b.raised - a.raised || label(a.id).localeCompare(label(b.id), language))
    .map((gap) => ({
      label: label(gap.id),
      href: `${prefix}/thematiques/${gap.id}/`,
      raised: String(gap.raised),
      upcomingOffers: String(gap.upcomingOffers),
      vignettes: String(gap.vignettes),
      missing: gap.missing.map((missing) => missingWords[missing]).join(', '),
    }));
}

describe('the data page', () => {
  let gaps: ExpectedGap[];
  let taxonomy: Taxonomy;
  beforeAll(async () => {
    const knowledgeBase = await demoKnowledgeBase();
    if (knowledgeBase.taxonomy === undefined) throw new Error('the demo taxonomy does not load');
    taxonomy = knowledgeBase.taxonomy;
    gaps = expectedGaps(knowledgeBase.items, taxonomy, Date.parse(testBuildDate));
  });

  it('shows the gaps computed from the knowledge base, what is missing said in words, with links to the hubs', async () => {
    const {page} = session;
    await page.goto(`${testSite().baseUrl}/donnees/`);
    await waitForHydration(page);
    const {headers, rows} = await gapTable(page);
    expect(headers).toEqual(['Thématique', 'Fois soulevée', 'Bassins', 'Offres à venir', 'Vignettes', 'Ce qui manque']);
    const expected = expectedRows(gaps, taxonomy, 'fr', {'upcoming-offer': 'aucune offre à venir', vignette: 'aucune vignette'}, '');
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map(({label, href, cells}) => ({label, href, raised: cells[0], upcomingOffers: cells[2], vignettes: cells[3], missing: cells[4]}))).toEqual(expected);
    await expect(page.locator('#table-gaps').isVisible()).resolves.toBe(true);
    await page.locator('#table-gaps tbody th a').first().click();
    await page.waitForURL(`**${expected[0]?.href ?? ''}`);
  });

  it('gives each chart a title, a description, a table with caption and headers, and a focusable drawing', async () => {
    const {page} = session;
    await page.goto(`${testSite().baseUrl}/donnees/`);
    await waitForHydration(page);
    const views = page.locator('section[data-view]');
    const names = await views.evaluateAll((sections) => sections.map((section) => section.getAttribute('data-view')));
    expect(names.sort()).toEqual(['concertation-themes-by-basin', 'gaps', 'offers-by-basin', 'offers-by-month', 'themes-by-kind']);
    for (const name of names) {
      const view = page.locator(`section[data-view="${name}"]`);
      // The heading's anchor link adds a zero-width space.
      const title = ((await view.locator('h2').textContent()) ?? '').replace(/\u200b/g, '').trim();
      expect(title).not.toBe('');
      await expect(view.locator('.passerelles-data__description').first().textContent()).resolves.not.toBe('');
      const table = view.locator('table');
      await expect(table.locator('caption').textContent()).resolves.toBe(title);
      expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThan(1);
      expect(await table.locator('tbody th[scope="row"]').count()).toBeGreaterThan(0);
      // The legend's icons are SVGs too: the chart is the focusable one.
      const chart = view.locator('figure svg.recharts-surface[tabindex="0"]');
      await chart.waitFor();
      await expect(chart.locator('title').textContent()).resolves.toBe(title);
    }
    // Each chart, and nothing else in the figures, is reached with the keyboard (Recharts' accessibility layer).
    expect(await page.locator('figure [tabindex="0"]').count()).toBe(names.length);
  });

  it('links the published files, which the server serves', async () => {
    const {page} = session;
    await page.goto(`${testSite().baseUrl}/donnees/`);
    const hrefs = await page.locator('.passerelles-data__files li a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toContain('/passerelles/data.json');
    expect(hrefs).toContain('/passerelles/data/gaps.csv');
    for (const href of hrefs) expect((await fetch(testSite().baseUrl + href)).status).toBe(200);
  });

  it('works in Dutch, with Dutch labels and the Dutch files', async () => {
    const {page} = session;
    await page.goto(`${testSite().baseUrl}/nl/donnees/`);
    await waitForHydration(page);
    await page.getByRole('heading', {level: 1, name: 'Gegevens'}).waitFor();
    const {headers, rows} = await gapTable(page);
    expect(headers.at(-1)).toBe('Wat ontbreekt');
    const expected = expectedRows(gaps, taxonomy, 'nl', {'upcoming-offer': 'geen komend aanbod', vignette: 'geen casus'}, '/nl');
    expect(rows.map(({label, href, cells}) => ({label, href, raised: cells[0], upcomingOffers: cells[2], vignettes: cells[3], missing: cells[4]}))).toEqual(expected);
    await expect(page.locator('.passerelles-data__files li a').first().getAttribute('href')).resolves.toBe('/nl/passerelles/data.json');
    await page.locator('figure svg.recharts-surface[tabindex="0"]').first().waitFor();
  });

  it('is linked from the footer', async () => {
    const {page} = session;
    await page.goto(`${testSite().baseUrl}/`);
    await page.locator('footer').getByRole('link', {name: 'Données'}).click();
    await page.waitForURL('**/donnees/');
  });
});
