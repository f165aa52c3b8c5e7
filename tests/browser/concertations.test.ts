/** A coordinator follows the concertations across the basins, and finds from a theme when and where it was raised. */
import type {ConcertationItem} from '../../plugins/docusaurus-plugin-passerelles/src/model/items';
import {dateSortKey} from '../../plugins/docusaurus-plugin-passerelles/src/shared/concertations';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {testSite} from '../setup/site';
import {useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(60_000);

const session = useBrowserPage();

async function demoConcertations(): Promise<ConcertationItem[]> {
  const {items} = await demoKnowledgeBase();
  return items.filter((item): item is ConcertationItem => item.kind === 'concertation');
}

const basinNames: Record<ConcertationItem['basin'], string> = {
  nord: 'Bassin Nord',
  'nord-est': 'Bassin Nord-Est',
  sud: 'Bassin Sud',
  'sud-est': 'Bassin Sud-Est',
  'centre-ouest': 'Bassin Centre-Ouest',
  region: 'Toute la Région',
};

const timeline = (page: typeof session.page) => page.getByRole('list', {name: 'Concertations par date'});

describe('the concertations timeline', () => {
  it('lists every published concertation in date order, each linking to its report', async () => {
    const {page} = session;
    const concertations = await demoConcertations();
    await page.goto(`${testSite().baseUrl}/concertations/`);
    await waitForHydration(page);

    const entries = timeline(page).locator(':scope > li');
    expect(await entries.count()).toBe(concertations.length);
    const titles = await timeline(page).locator('.passerelles-concertations__title a').allTextContents();
    expect([...titles].sort()).toEqual(concertations.map((item) => item.title).sort());
    const dates = await timeline(page).locator(':scope > li > time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    const keys = dates.map((date) => dateSortKey(date));
    expect(keys).toEqual([...keys].sort());

    const first = concertations.find((item) => item.title === titles[0]);
    await timeline(page).getByRole('link', {name: titles[0] ?? ''}).click();
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === first?.permalink.replace(/\/$/, ''));
  });

  it('keeps only the basin chosen, in the URL, so that the link opens the same view', async () => {
    const {page} = session;
    const concertations = await demoConcertations();
    await page.goto(`${testSite().baseUrl}/concertations/`);
    await waitForHydration(page);

    await page.getByLabel('Bassin', {exact: true}).selectOption('sud');
    await page.waitForURL('**/concertations/?basin=sud');
    const sud = concertations.filter((item) => item.basin === 'sud').length;
    expect(sud).toBeGreaterThan(0);
    await expect(timeline(page).locator(':scope > li').count()).resolves.toBe(sud);
    const basins = await timeline(page).locator(':scope > li').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-basin')));
    expect(new Set(basins)).toEqual(new Set(['sud']));

    const shared = await session.browser.newPage();
    await shared.goto(`${testSite().baseUrl}/concertations/?basin=nord`);
    await waitForHydration(shared);
    await shared.waitForFunction(() => (document.getElementById('passerelles-concertations-basin') as HTMLSelectElement | null)?.value === 'nord');
    await expect(timeline(shared).locator(':scope > li').count()).resolves.toBe(concertations.filter((item) => item.basin === 'nord').length);
    await shared.close();
  });

  it('is filtered with the keyboard: the focus stays on the filter, and Back undoes the change', async () => {
    const {page} = session;
    const concertations = await demoConcertations();
    await page.goto(`${testSite().baseUrl}/concertations/`);
    await waitForHydration(page);

    const basin = page.getByLabel('Bassin', {exact: true});
    await basin.focus();
    // On a closed select, the arrow key picks the next option: a filter change made with the keyboard alone.
    await page.keyboard.press('ArrowDown');
    const first = await basin.inputValue();
    expect(first).not.toBe('');
    await page.waitForURL(`**/concertations/?basin=${first}`);
    await expect(timeline(page).locator(':scope > li').count()).resolves.toBe(concertations.filter((item) => item.basin === first).length);
    // The navigation the filter makes does not throw the reader back to the top of the page.
    await page.waitForFunction(() => document.activeElement?.id === 'passerelles-concertations-basin');

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/concertations/' && url.search === '');
    await expect(timeline(page).locator(':scope > li').count()).resolves.toBe(concertations.length);
    await expect(basin.inputValue()).resolves.toBe('');
  });

  it('offers a way back to every concertation when the filters leave none', async () => {
    const {page} = session;
    const concertations = await demoConcertations();
    const nordThemes = new Set(concertations.filter((item) => item.basin === 'nord').flatMap((item) => item.themes));
    const elsewhere = concertations.flatMap((item) => item.themes).find((theme) => !nordThemes.has(theme));
    if (elsewhere === undefined) throw new Error('every theme of the demo was raised in the Nord basin');

    await page.goto(`${testSite().baseUrl}/concertations/?basin=nord&theme=${elsewhere}`);
    await waitForHydration(page);
    await page.getByText('Aucune concertation ne correspond à ces filtres.').waitFor();
    await page.getByRole('button', {name: 'Voir toutes les concertations'}).click();
    await page.waitForURL((url) => url.pathname === '/concertations/' && url.search === '');
    await expect(timeline(page).locator(':scope > li').count()).resolves.toBe(concertations.length);
  });
});

describe('a theme hub', () => {
  it('shows when and where its theme was raised, and links to the timeline filtered on it', async () => {
    const {page} = session;
    const concertations = await demoConcertations();
    // A theme raised more than once, but not everywhere, so that the filtered timeline is shorter.
    const counts = new Map<string, number>();
    for (const item of concertations) for (const theme of item.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    const theme = [...counts.entries()].filter(([, count]) => count > 1 && count < concertations.length).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    if (theme === undefined) throw new Error('no theme of the demo was raised in some concertations only');
    const raising = concertations.filter((item) => item.themes.includes(theme));

    await page.goto(`${testSite().baseUrl}/thematiques/${theme}/`);
    await waitForHydration(page);
    const section = page.locator('section[aria-labelledby="concertations"]');
    await section.getByRole('heading', {name: 'Soulevée en concertation'}).waitFor();
    const rows = section.locator('li');
    expect(await rows.count()).toBe(raising.length);
    const dates = await section.locator('li time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(dates.map(dateSortKey)).toEqual([...dates.map(dateSortKey)].sort());
    const text = (await section.textContent()) ?? '';
    for (const item of raising) {
      await section.getByRole('link', {name: item.title}).waitFor();
      expect(text).toContain(basinNames[item.basin]);
    }

    await section.getByRole('link', {name: /ligne du temps des concertations/}).click();
    await page.waitForURL(`**/concertations/?theme=${theme}`);
    // The filters apply once the page runs: wait for the select to show the theme.
    await page.waitForFunction((id) => (document.getElementById('passerelles-concertations-theme') as HTMLSelectElement | null)?.value === id, theme);
    await expect(timeline(page).locator(':scope > li').count()).resolves.toBe(raising.length);
  });
});
