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
    await expect(shared.getByLabel('Bassin', {exact: true}).inputValue()).resolves.toBe('nord');
    await expect(timeline(shared).locator(':scope > li').count()).resolves.toBe(concertations.filter((item) => item.basin === 'nord').length);
    await shared.close();
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
    const raising = (await demoConcertations()).filter((item) => item.themes.includes('orientation'));
    expect(raising.length).toBeGreaterThan(1);

    await page.goto(`${testSite().baseUrl}/thematiques/orientation/`);
    await waitForHydration(page);
    const section = page.locator('section[aria-labelledby="concertations"]');
    await section.getByRole('heading', {name: 'Soulevée en concertation'}).waitFor();
    const rows = section.locator('li');
    expect(await rows.count()).toBe(raising.length);
    const dates = await section.locator('li time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(dates.map(dateSortKey)).toEqual([...dates.map(dateSortKey)].sort());
    await expect(section.textContent()).resolves.toContain('Bassin Sud');
    for (const item of raising) await section.getByRole('link', {name: item.title}).waitFor();

    await section.getByRole('link', {name: /ligne du temps des concertations/}).click();
    await page.waitForURL('**/concertations/?theme=orientation');
    await expect(timeline(page).locator(':scope > li').count()).resolves.toBe(raising.length);
    await expect(page.getByLabel('Thématique', {exact: true}).inputValue()).resolves.toBe('orientation');
  });
});
