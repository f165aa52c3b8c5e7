/** A professional filters the offers catalogue, shares the view, and finds free Dutch intervisions of the Nord basin in two clicks. */
import type {Page} from 'playwright-core';
import {isOffer, type OfferItem} from '../../plugins/docusaurus-plugin-passerelles/src/model/items';
import {isUpcoming} from '../../plugins/docusaurus-plugin-passerelles/src/shared/schedule';
import type {Taxonomy} from '../../plugins/docusaurus-plugin-passerelles/src/shared/taxonomy';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {testBuildDate, testSite} from '../setup/site';
import {useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(90_000);

const session = useBrowserPage();
const buildDate = new Date(testBuildDate);

let offers: OfferItem[];
let taxonomy: Taxonomy;
beforeAll(async () => {
  const base = await demoKnowledgeBase();
  offers = base.items.filter(isOffer);
  if (base.taxonomy === undefined) throw new Error('the demo taxonomy does not load');
  taxonomy = base.taxonomy;
});

/** A theme and every theme under it, as the taxonomy says (the catalogue must match the same set). */
function themeAndNarrower(id: string): Set<string> {
  const found = new Set<string>();
  const pending = [id];
  while (pending.length > 0) {
    const next = pending.pop() as string;
    if (found.has(next)) continue;
    found.add(next);
    pending.push(...(taxonomy.themes.find((theme) => theme.id === next)?.narrower ?? []));
  }
  return found;
}

const idsOf = (list: readonly OfferItem[]): string[] => list.map((offer) => offer.id).sort();

async function openCatalogue(page: Page, query = '', locale = ''): Promise<void> {
  await page.goto(`${testSite().baseUrl}${locale}/offres/${query}`);
  await waitForHydration(page);
}

async function shownOffers(page: Page): Promise<string[]> {
  const ids = await page.locator('.passerelles-catalogue__list [data-offer]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-offer') ?? ''));
  return ids.sort();
}

/** Waits for the list to show exactly `expected`: the page re-renders after each click. */
async function expectShown(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction(
    (count) => document.querySelectorAll('.passerelles-catalogue__list [data-offer]').length === count || (count === 0 && document.querySelector('.passerelles-catalogue__empty') !== null),
    expected.length,
  );
  expect(await shownOffers(page)).toEqual(expected);
}

function facet(page: Page, legend: string) {
  return page.getByRole('group', {name: legend, exact: true});
}

describe('the offers catalogue in a browser', () => {
  it('filters by theme and basin: every card matches and the count is the knowledge base’s', async () => {
    const {page} = session;
    await page.clock.setFixedTime(buildDate);
    await openCatalogue(page);
    const themes = themeAndNarrower('double-diagnostic');
    const expected = offers.filter(
      (offer) => offer.basin === 'nord' && offer.themes.some((theme) => themes.has(theme)) && isUpcoming(offer, buildDate.getTime()),
    );
    expect(expected.length).toBeGreaterThan(0);

    await facet(page, 'Thématique').getByRole('checkbox', {name: /^Double diagnostic/}).click();
    await page.waitForURL((url) => url.search === '?theme=double-diagnostic');
    await facet(page, 'Bassin').getByRole('checkbox', {name: /^Bassin Nord \d+$/}).click();
    await page.waitForURL((url) => url.search === '?theme=double-diagnostic&basin=nord');
    await expectShown(page, idsOf(expected));
    // French says 0 and 1 in the singular.
    await expect(page.getByRole('status').filter({hasText: 'à venir'}).textContent()).resolves.toBe(`${expected.length} ${expected.length > 1 ? 'offres' : 'offre'} à venir`);
    for (const card of await page.locator('.passerelles-catalogue__list article').all()) {
      await expect(card.textContent()).resolves.toContain('Bassin Nord');
      await expect(card.getByRole('link', {name: /^Double diagnostic/}).count()).resolves.toBe(1);
    }

    // Back undoes the last click.
    await page.goBack();
    await page.waitForURL((url) => url.search === '?theme=double-diagnostic');
    const onTheme = offers.filter((offer) => offer.themes.some((theme) => themes.has(theme)) && isUpcoming(offer, buildDate.getTime()));
    await expectShown(page, idsOf(onTheme));
  });

  it('opens a copied URL on the same view in a fresh page', async () => {
    const {page, browser} = session;
    await page.clock.setFixedTime(buildDate);
    await openCatalogue(page);
    await facet(page, 'Type').getByRole('checkbox', {name: /^Intervision \d+$/}).click();
    await facet(page, 'Langue').getByRole('checkbox', {name: /^néerlandais \d+$/}).click();
    await page.waitForURL((url) => url.search === '?kind=intervision&lang=nl');
    const shown = await shownOffers(page);
    expect(shown.length).toBeGreaterThan(0);

    const context = await browser.newContext();
    try {
      const fresh = await context.newPage();
      await fresh.clock.setFixedTime(buildDate);
      await fresh.goto(page.url());
      await waitForHydration(fresh);
      await expectShown(fresh, shown);
      await expect(facet(fresh, 'Type').getByRole('checkbox', {name: /^Intervision \d+$/}).isChecked()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  it('archives with the reader’s clock, and shows archived offers under the toggle', async () => {
    const {page} = session;
    const readerDate = new Date('2027-02-15T10:00:00+01:00');
    const stillUpcoming = offers.filter((offer) => isUpcoming(offer, readerDate.getTime()));
    const upcomingAtBuild = offers.filter((offer) => isUpcoming(offer, buildDate.getTime()));
    // The reader's date must archive some offers the build still listed, or the test proves nothing.
    expect(stillUpcoming.length).toBeLessThan(upcomingAtBuild.length);

    await page.clock.setFixedTime(readerDate);
    await openCatalogue(page);
    await expectShown(page, idsOf(stillUpcoming));
    const toggle = page.getByRole('checkbox', {name: /^Afficher les offres archivées/});
    await expect(toggle.isChecked()).resolves.toBe(false);
    await expect(page.locator('label[for="passerelles-catalogue-archived"] .passerelles-facet__count').textContent()).resolves.toBe(
      String(offers.length - stillUpcoming.length),
    );
    await toggle.click();
    await page.waitForURL((url) => url.search === '?archived=1');
    await expectShown(page, idsOf(offers));
    const archivedBadges = page.locator('.passerelles-catalogue__list .passerelles-catalogue__archived-badge');
    await expect(archivedBadges.count()).resolves.toBe(offers.length - stillUpcoming.length);
  });

  it('finds every upcoming free intervision in Dutch in the Nord basin in two clicks from the navbar', async () => {
    const {page} = session;
    await page.clock.setFixedTime(buildDate);
    await page.goto(`${testSite().baseUrl}/`);
    await waitForHydration(page);
    const expected = offers.filter(
      (offer) => offer.kind === 'intervision' && offer.cost.amount === 0 && offer.basin === 'nord' && offer.languages.includes('nl') && isUpcoming(offer, buildDate.getTime()),
    );
    expect(expected.length).toBeGreaterThan(0);

    // Click 1: the navbar.
    await page.getByRole('navigation', {name: /principal|main/i}).getByRole('link', {name: 'Offres', exact: true}).click();
    await page.waitForURL('**/offres/');
    // Click 2: the cell of the Nord basin and Dutch in the shortcut table.
    const intervisions = expected.length > 1 ? 'intervisions gratuites' : 'intervision gratuite';
    await page.getByRole('link', {name: `${expected.length} ${intervisions}, Bassin Nord, en néerlandais`}).click();
    await page.waitForURL((url) => url.search === '?kind=intervision&basin=nord&lang=nl&cost=free');
    await expectShown(page, idsOf(expected));
    for (const [legend, name] of [
      ['Type', /^Intervision \d+$/],
      ['Bassin', /^Bassin Nord \d+$/],
      ['Langue', /^néerlandais \d+$/],
      ['Prix', /^Gratuit \d+$/],
    ] as const) {
      await expect(facet(page, legend).getByRole('checkbox', {name}).isChecked()).resolves.toBe(true);
    }
    // Each card says how to register.
    for (const offer of expected) {
      await expect(page.locator(`[data-offer="${offer.id}"]`).getByRole('link', {name: "S'inscrire"}).getAttribute('href')).resolves.toBe(offer.registration);
    }
  });

  it('is usable with the keyboard: Space toggles a facet, the focus stays on it, Tab moves on', async () => {
    const {page} = session;
    await page.clock.setFixedTime(buildDate);
    await openCatalogue(page);
    const upcoming = offers.filter((offer) => isUpcoming(offer, buildDate.getTime()));
    const intervision = facet(page, 'Type').getByRole('checkbox', {name: /^Intervision \d+$/});
    const isFocused = (locator: typeof intervision): Promise<boolean> => locator.evaluate((element) => element === document.activeElement);

    await intervision.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.search === '?kind=intervision');
    await expectShown(page, idsOf(upcoming.filter((offer) => offer.kind === 'intervision')));
    await expect(intervision.isChecked()).resolves.toBe(true);
    await expect(isFocused(intervision)).resolves.toBe(true);

    // The next control in the tab order is the next kind, enabled since it has upcoming offers.
    const supervision = facet(page, 'Type').getByRole('checkbox', {name: /^Supervision \d+$/});
    await expect(supervision.isEnabled()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(isFocused(supervision)).resolves.toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.search === '?kind=intervision&kind=supervision');
    await expectShown(page, idsOf(upcoming.filter((offer) => offer.kind === 'intervision' || offer.kind === 'supervision')));
    await expect(isFocused(supervision)).resolves.toBe(true);

    // The reset button disappears once used: the focus goes to the results, not to the top of the page.
    await page.locator('.passerelles-catalogue__status').getByRole('button', {name: 'Réinitialiser les filtres'}).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search === '');
    await expectShown(page, idsOf(upcoming));
    await expect(isFocused(page.getByRole('heading', {level: 2, name: 'Offres', exact: true}))).resolves.toBe(true);
  });

  it('ignores unknown URL values, and offers a way back from an empty result', async () => {
    const {page} = session;
    await page.clock.setFixedTime(buildDate);
    const upcoming = offers.filter((offer) => isUpcoming(offer, buildDate.getTime()));
    const empty = offers.filter((offer) => offer.kind === 'immersion' && offer.languages.includes('en'));
    expect(empty).toEqual([]);

    await openCatalogue(page, '?kind=atelier&basin=nowhere&lang=en&kind=immersion');
    await expectShown(page, []);
    await page.getByText('Aucune offre ne correspond à tous ces filtres.').waitFor();
    await page.locator('.passerelles-catalogue__empty').getByRole('button', {name: 'Réinitialiser les filtres'}).click();
    await page.waitForURL((url) => url.search === '');
    await expectShown(page, idsOf(upcoming));
  });
});
