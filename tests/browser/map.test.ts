/** The map: filtered through its URL, used with the keyboard and the mouse, in French and in Dutch. */
import type {Page} from 'playwright-core';
import {isOffer, isStructure, type Item, type OfferItem, type StructureItem} from '../../plugins/docusaurus-plugin-passerelles/src/model/items';
import type {KnowledgeBase} from '../../plugins/docusaurus-plugin-passerelles/src/pipeline';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {testSite} from '../setup/site';
import {tabUntil, useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(90_000);

const session = useBrowserPage();

/** The theme and all the themes under it, read from the taxonomy. */
function themeWithNarrower(knowledgeBase: KnowledgeBase, id: string): Set<string> {
  const themes = knowledgeBase.taxonomy?.themes ?? [];
  const scope = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const theme of themes) {
      if (!scope.has(theme.id) && theme.broader.some((broader) => scope.has(broader))) {
        scope.add(theme.id);
        grew = true;
      }
    }
  }
  return scope;
}

type PlacedItem = OfferItem | StructureItem;

/** What the map places besides themes: offers, and the structures of the network. */
function placedItems(knowledgeBase: KnowledgeBase): PlacedItem[] {
  return knowledgeBase.items.filter((item: Item): item is PlacedItem => isOffer(item) || isStructure(item));
}

/** An offer is in one basin, a structure serves one or more; the region's concern every basin. */
const basinsOf = (item: PlacedItem): string[] => (isStructure(item) ? item.basins : [item.basin]);

/** A theme with narrower themes and items under it both in the basin and in others: a filter that shows something. */
function filterCase(knowledgeBase: KnowledgeBase, basin: string): {theme: string; expected: PlacedItem[]} {
  const placed = placedItems(knowledgeBase);
  for (const theme of knowledgeBase.taxonomy?.themes ?? []) {
    if (theme.narrower.length === 0) continue;
    const scope = themeWithNarrower(knowledgeBase, theme.id);
    const inScope = placed.filter((item) => item.themes.some((id) => scope.has(id)));
    const expected = inScope.filter((item) => basinsOf(item).includes(basin) || basinsOf(item).includes('region'));
    if (expected.length > 0 && expected.length < inScope.length) return {theme: theme.id, expected};
  }
  throw new Error(`the demo has no theme with narrower themes whose offers span "${basin}" and other basins`);
}

/** The demo's knowledge base is read without the site's trailing-slash policy; the built site adds the slash. */
const sitePath = (permalink: string): string => permalink.replace(/\/?$/, '/');

async function openMap(page: Page, path: string): Promise<void> {
  await page.goto(testSite().baseUrl + path);
  await waitForHydration(page);
  await page.locator('.passerelles-map__graph canvas').first().waitFor();
}

/** The titles of the items the list alternative shows (each once, though an item is listed under each of its themes). */
async function listedOffers(page: Page): Promise<string[]> {
  const titles = await page.locator('section[aria-labelledby="passerelles-map-list"] li li a').allTextContents();
  return [...new Set(titles)].sort();
}

async function tabToGraph(page: Page): Promise<void> {
  await tabUntil(page, '[role="application"]', 80);
}

describe('the map page', () => {
  it('has its list, every theme and offer as links, in the static HTML', async () => {
    const knowledgeBase = await demoKnowledgeBase();
    const html = await (await fetch(`${testSite().baseUrl}/carte/`)).text();
    const list = html.slice(html.indexOf('id="passerelles-map-list"'));
    for (const theme of knowledgeBase.taxonomy?.themes ?? []) expect(list).toContain(`href="/thematiques/${theme.id}/"`);
    for (const item of placedItems(knowledgeBase)) expect(list).toContain(`href="${sitePath(item.permalink)}"`);
  });

  it('filters by basin and theme through the URL, and its list shows exactly the offers and structures of both', async () => {
    const {page} = session;
    const knowledgeBase = await demoKnowledgeBase();
    const {theme, expected} = filterCase(knowledgeBase, 'nord');

    await openMap(page, '/carte/');
    const allTitles = [...new Set(placedItems(knowledgeBase).map((item) => item.title))].sort();
    expect(await listedOffers(page)).toEqual(allTitles);
    const structureCount = knowledgeBase.items.filter(isStructure).length;
    const offerCount = knowledgeBase.items.filter(isOffer).length;
    await expect(page.locator('.passerelles-map__summary').textContent()).resolves.toContain(`${offerCount} offres · ${structureCount} structures`);
    // As a keyboard user does: focus the filter, then change it.
    await page.getByLabel('Bassin', {exact: true}).focus();
    await page.getByLabel('Bassin', {exact: true}).selectOption('nord');
    await page.waitForURL((url) => url.searchParams.get('basin') === 'nord');
    // The navigation a filter makes leaves the focus on the filter, not at the top of the page.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('passerelles-map-basin');
    await page.getByLabel('Thématique', {exact: true}).focus();
    await page.getByLabel('Thématique', {exact: true}).selectOption(theme);
    await page.waitForURL((url) => url.searchParams.get('basin') === 'nord' && url.searchParams.get('theme') === theme);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('passerelles-map-theme');
    expect(await listedOffers(page)).toEqual(expected.map((item) => item.title).sort());

    // A shared link opens the same view; reset brings everything back.
    await openMap(page, `/carte/?basin=nord&theme=${theme}`);
    expect(await listedOffers(page)).toEqual(expected.map((item) => item.title).sort());
    await page.getByRole('button', {name: 'Réinitialiser'}).click();
    await page.waitForURL((url) => url.search === '');
    expect(await listedOffers(page)).toEqual(allTitles);
  });

  it('ignores unknown values in the URL and offers a way back from an empty view', async () => {
    const {page} = session;
    const knowledgeBase = await demoKnowledgeBase();
    const placed = placedItems(knowledgeBase);
    await openMap(page, '/carte/?basin=atlantis&theme=no-such-theme');
    expect((await listedOffers(page)).length).toBe(new Set(placed.map((item) => item.title)).size);

    // A theme with nothing placed in a basin (what concerns the whole region counts everywhere).
    const emptyCase = (knowledgeBase.taxonomy?.themes ?? []).find((theme) => {
      const scope = themeWithNarrower(knowledgeBase, theme.id);
      return !placed.some((item) => (basinsOf(item).includes('sud-est') || basinsOf(item).includes('region')) && item.themes.some((id) => scope.has(id)));
    });
    if (emptyCase === undefined) throw new Error('every theme has an offer in sud-est');
    await openMap(page, `/carte/?basin=sud-est&theme=${emptyCase.id}`);
    await page.getByText('Aucune offre ne correspond à ces filtres.').waitFor();
    await page.getByRole('link', {name: 'Voir toute la carte'}).click();
    await page.waitForURL((url) => url.pathname === '/carte/' && url.search === '');
    expect((await listedOffers(page)).length).toBe(new Set(placed.map((item) => item.title)).size);
  });

  it('is used with the keyboard: Tab reaches the graph, the arrows move, Enter opens the page', async () => {
    const {page} = session;
    const knowledgeBase = await demoKnowledgeBase();
    const {theme, expected} = filterCase(knowledgeBase, 'nord');
    const last = [...expected].sort((a, b) => a.title.localeCompare(b.title, 'fr'))[expected.length - 1];
    const first = knowledgeBase.taxonomy?.themes.find((candidate) => themeWithNarrower(knowledgeBase, theme).has(candidate.id));
    if (last === undefined || first === undefined) throw new Error('nothing to move to');

    await openMap(page, `/carte/?basin=nord&theme=${theme}`);
    await tabToGraph(page);
    // The first node is the chosen theme's first theme in the taxonomy's order; its label shows over the graph.
    await page.locator(`.passerelles-map__tooltip[data-node="theme:${first.id}"]`).waitFor({state: 'attached'});
    await page.keyboard.press('End');
    await page.locator(`.passerelles-map__tooltip[data-node="item:${last.id}"]`).waitFor({state: 'attached'});
    await expect(page.locator('.passerelles-map__announcement').textContent()).resolves.toContain(last.title);
    await page.keyboard.press('ArrowRight');
    await page.locator(`.passerelles-map__tooltip[data-node="theme:${first.id}"]`).waitFor({state: 'attached'});
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === sitePath(last.permalink));
    await page.getByRole('heading', {level: 1, name: last.title, exact: true}).waitFor();
  });

  it('opens the page of a node clicked in the graph, without reloading', async () => {
    const {page} = session;
    const knowledgeBase = await demoKnowledgeBase();
    const firstTheme = knowledgeBase.taxonomy?.themes[0];
    if (firstTheme === undefined) throw new Error('no theme');

    await openMap(page, '/carte/');
    await page.evaluate(() => Object.assign(window, {sameDocument: true}));
    await tabToGraph(page);
    // The label is anchored at the node's centre, where Cytoscape drew it.
    const tooltip = page.locator(`.passerelles-map__tooltip[data-node="theme:${firstTheme.id}"]`);
    await tooltip.waitFor({state: 'attached'});
    const anchor = await tooltip.boundingBox();
    if (anchor === null) throw new Error('the first node has no label on screen');
    await page.mouse.click(anchor.x, anchor.y);
    await page.waitForURL((url) => url.pathname === `/thematiques/${firstTheme.id}/`);
    await page.getByRole('heading', {level: 1}).waitFor();
    expect(await page.evaluate(() => (window as unknown as {sameDocument?: boolean}).sameDocument)).toBe(true);
  });

  it('draws every theme, offer and structure in Dutch too', async () => {
    const {page} = session;
    const knowledgeBase = await demoKnowledgeBase();
    const expected = (knowledgeBase.taxonomy?.themes.length ?? 0) + placedItems(knowledgeBase).length;

    await openMap(page, '/nl/carte/');
    await page.getByRole('application', {name: "Grafiek van de thema's en het aanbod"}).waitFor();
    await tabToGraph(page);
    const canvas = await page.locator('.passerelles-map__graph canvas').first().boundingBox();
    expect(canvas?.width ?? 0).toBeGreaterThan(100);
    // Each node, reached with the arrows, shows its label at the place Cytoscape drew it, inside the canvas.
    const seen = new Set<string>();
    for (let step = 0; step < expected; step++) {
      const tooltip = page.locator('.passerelles-map__tooltip');
      const node = (await tooltip.getAttribute('data-node')) ?? '';
      const box = await tooltip.boundingBox();
      expect(box !== null && canvas !== null && box.x >= canvas.x && box.x <= canvas.x + canvas.width && box.y >= canvas.y && box.y <= canvas.y + canvas.height).toBe(true);
      seen.add(node);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((previous) => document.querySelector('.passerelles-map__tooltip')?.getAttribute('data-node') !== previous, node);
    }
    expect(seen.size).toBe(expected);
  });
});
