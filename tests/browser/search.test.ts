/** Search in the browser: the navbar box finds the theme first, lazily; the search page keeps its state in the URL. */
import type {Page} from 'playwright-core';
import {themeLabel} from '../../plugins/docusaurus-plugin-passerelles/src/shared/taxonomy';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {testSite} from '../setup/site';
import {relevanceCases} from '../relevance/queries';
import {focusIsOn, focusStop, tabUntil, useBrowserPage, waitForHydration, type FocusStop} from './browser';

jest.setTimeout(120_000);

const session = useBrowserPage();
let labels: Map<string, string>;

beforeAll(async () => {
  const {taxonomy} = await demoKnowledgeBase();
  labels = new Map((taxonomy?.themes ?? []).map((theme) => [theme.id, themeLabel(theme, 'fr')]));
});

async function openHome(target: Page): Promise<void> {
  await target.goto(`${testSite().baseUrl}/`);
  await waitForHydration(target);
}

describe('the navbar search box', () => {
  it('loads the index only when the box is first focused', async () => {
    const {page} = session;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await openHome(page);
    await page.waitForLoadState('networkidle');
    const bodies = async (urls: string[]): Promise<string[]> => Promise.all(urls.map(async (url) => (await fetch(url)).text()));
    const beforeFocus = [...scripts];
    expect((await bodies(beforeFocus)).some((body) => body.includes('"stopwords"'))).toBe(false);

    const indexLoaded = page.waitForResponse(async (response) => response.request().resourceType() === 'script' && (await response.text()).includes('"stopwords"'));
    await page.getByRole('combobox', {name: 'Rechercher dans Passerelles'}).focus();
    await indexLoaded;
    expect(scripts.length).toBeGreaterThan(beforeFocus.length);
  });

  it('offers the expected theme first for every query of the committed set', async () => {
    const {page} = session;
    await openHome(page);
    const box = page.getByRole('combobox', {name: 'Rechercher dans Passerelles'});
    const failures: string[] = [];
    for (const {query, theme, ambiguous} of relevanceCases) {
      await box.fill(query);
      const options = page.getByRole('option');
      await options.first().waitFor();
      const expected = (ambiguous ?? [theme]).map((id) => labels.get(id) ?? id);
      const offered = await options.allTextContents();
      for (const [position, label] of expected.entries()) {
        if (!offered.slice(0, expected.length).some((text) => text.includes(label))) failures.push(`${query}: option ${position + 1} is not "${label}" (${offered[position]})`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('leads from a typed synonym to the theme hub with the keyboard', async () => {
    const {page} = session;
    await openHome(page);
    const box = page.getByRole('combobox', {name: 'Rechercher dans Passerelles'});
    await box.fill('psy + addictions');
    await page.getByRole('option').first().waitFor();
    await box.press('ArrowDown');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBeTruthy();
    await box.press('Enter');
    await page.waitForURL('**/thematiques/double-diagnostic/');
    await page.getByRole('heading', {level: 1, name: /^Double diagnostic/}).waitFor();
  });

  it('sends Enter without a chosen suggestion to the search page', async () => {
    const {page} = session;
    await openHome(page);
    const box = page.getByRole('combobox', {name: 'Rechercher dans Passerelles'});
    await box.fill('intervison');
    await page.getByRole('option').first().waitFor();
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === '/recherche/' && url.searchParams.get('q') === 'intervison');
  });
});

describe('the search page', () => {
  it('keeps query and facets in the URL, and the back button undoes a facet', async () => {
    const {page} = session;
    await page.goto(`${testSite().baseUrl}/recherche/?q=double%20diagnostic`);
    await waitForHydration(page);
    const count = page.locator('.passerelles-search__count');
    await count.waitFor();
    const before = await count.textContent();

    await page.locator('button[data-facet="basin"][data-value="nord"]').click();
    await page.waitForURL((url) => url.searchParams.get('basin') === 'nord' && url.searchParams.get('q') === 'double diagnostic');
    await expect(page.locator('button[data-facet="basin"][data-value="nord"]').getAttribute('aria-pressed')).resolves.toBe('true');
    // The navigation a facet makes does not throw a keyboard user back to the top of the page.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-value'))).resolves.toBe('nord');
    const results = page.locator('.passerelles-search__result');
    expect(await results.count()).toBeGreaterThan(0);
    const shared = page.url();

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('basin') === null);
    await expect(count.textContent()).resolves.toBe(before);

    const other = await session.browser.newPage();
    await other.goto(shared);
    await other.locator('button[data-facet="basin"][data-value="nord"][aria-pressed="true"]').waitFor();
    await other.close();
  });

  it('asks the reader to choose when a label names two themes', async () => {
    const {page} = session;
    await page.goto(`${testSite().baseUrl}/recherche/?q=dubbele%20diagnose`);
    await page.getByRole('heading', {name: 'Plusieurs thématiques portent ce nom'}).waitFor();
    const links = await page.locator('.passerelles-search__theme-link').allTextContents();
    expect(links).toEqual(expect.arrayContaining([labels.get('double-diagnostic'), labels.get('deficience-intellectuelle')]));
  });
});

describe('with the keyboard only', () => {
  it('reaches the search from the home page, chooses a facet and opens a result, the focus always shown', async () => {
    const {page} = session;
    await openHome(page);
    const stops: FocusStop[] = await tabUntil(page, 'input.passerelles-searchbar__input');

    await page.keyboard.type('addictions');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/recherche/' && url.searchParams.get('q') === 'addictions');
    await page.locator('.passerelles-search__result').first().waitFor();

    // After a navigation the first Tab reaches the skip link, which leads past the navbar to the page's own search box.
    await page.keyboard.press('Tab');
    stops.push(await focusStop(page));
    await expect(focusIsOn(page, 'a[href="#__docusaurus_skipToContent_fallback"]')).resolves.toBe(true);
    await page.keyboard.press('Enter');
    stops.push(...(await tabUntil(page, '#passerelles-search-input', 1)));
    await expect(page.inputValue('#passerelles-search-input')).resolves.toBe('addictions');

    stops.push(...(await tabUntil(page, 'button[data-facet="kind"]')));
    const facet = await page.evaluate(() => ({
      kind: document.activeElement?.getAttribute('data-value'),
      count: Number(document.activeElement?.querySelector('.passerelles-facet__count')?.textContent),
    }));
    const {kind} = facet;
    expect(kind).toBeTruthy();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('kind') === kind && url.searchParams.get('q') === 'addictions');
    await expect(page.locator('.passerelles-search__result').count()).resolves.toBe(facet.count);
    await expect(focusIsOn(page, `button[data-facet="kind"][data-value="${kind}"][aria-pressed="true"]`)).resolves.toBe(true);
    stops.push(await focusStop(page));

    stops.push(...(await tabUntil(page, 'a.passerelles-search__result-link')));
    const result = await page.evaluate(() => ({href: document.activeElement?.getAttribute('href'), title: document.activeElement?.textContent}));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === result.href);
    await page.getByRole('heading', {level: 1, name: result.title ?? '', exact: true}).waitFor();

    expect(stops.filter((stop) => !stop.focusShows).map((stop) => stop.element)).toEqual([]);
  });
});
