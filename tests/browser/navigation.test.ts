/** A professional opens a vignette, follows one of its themes to the hub, and finds the offers listed there. */
import {isOffer, type OfferItem} from '../../plugins/docusaurus-plugin-passerelles/src/model/items';
import {isUpcoming} from '../../plugins/docusaurus-plugin-passerelles/src/shared/schedule';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {testSite} from '../setup/site';
import {useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(60_000);

const session = useBrowserPage();

describe('from a vignette to the offers of its theme', () => {
  it('follows a theme link of a vignette to its hub and opens an upcoming offer', async () => {
    const {page} = session;
    const {items} = await demoKnowledgeBase();
    const vignette = items.find((item) => item.kind === 'vignette' && item.themes.includes('double-diagnostic'));
    if (vignette === undefined) throw new Error('no vignette on double-diagnostic');

    await page.goto(testSite().baseUrl + vignette.permalink);
    await waitForHydration(page);
    await page.getByRole('list', {name: 'Thématiques de cette page'}).getByRole('link', {name: /^Double diagnostic/}).click();

    await page.waitForURL('**/thematiques/double-diagnostic/');
    // Client-side navigation: the URL changes before the hub has rendered.
    await page.getByRole('heading', {level: 1, name: /^Double diagnostic/}).waitFor();
    const upcoming = page.locator('section[aria-labelledby="offres-a-venir"]');
    const offerLinks = upcoming.locator('.passerelles-card__title a');
    expect(await offerLinks.count()).toBeGreaterThan(0);

    const firstOffer = (await offerLinks.first().textContent()) ?? '';
    await offerLinks.first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/docs/offres/'));
    await page.getByRole('heading', {level: 1, name: firstOffer, exact: true}).waitFor();
    await page.getByRole('link', {name: "S'inscrire"}).waitFor();
  });

  it('re-sorts offers with the reader’s clock, not the build date', async () => {
    const {page} = session;
    const {items} = await demoKnowledgeBase();
    const readerDate = new Date('2027-07-01T10:00:00+02:00');
    const offers = items.filter((item): item is OfferItem => isOffer(item) && item.themes.includes('double-diagnostic'));
    const stillUpcoming = offers.filter((offer) => isUpcoming(offer, readerDate.getTime())).length;

    await page.clock.setFixedTime(readerDate);
    await page.goto(`${testSite().baseUrl}/thematiques/double-diagnostic/`);
    await waitForHydration(page);
    const heading = page.locator('#offres-a-venir');
    await expect(heading.textContent()).resolves.toContain(`(${stillUpcoming})`);
    await expect(page.getByText(`Offres passées (${offers.length - stillUpcoming})`).isVisible()).resolves.toBe(true);
  });
});

