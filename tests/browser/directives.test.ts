/** A trainer's module written with directives, as a reader sees it: the upcoming offers embedded at its end, and theme links to the hubs. */
import {isOffer, type OfferItem} from '../../plugins/docusaurus-plugin-passerelles/src/model/items';
import {isUpcoming} from '../../plugins/docusaurus-plugin-passerelles/src/shared/schedule';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {testBuildDate, testSite} from '../setup/site';
import {useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(60_000);

const session = useBrowserPage();
const modulePath = '/docs/offres/formation-prevention-suicide-premiere-ligne/';

async function offersOn(theme: string, kind: string): Promise<OfferItem[]> {
  const {items} = await demoKnowledgeBase();
  return items.filter((item): item is OfferItem => isOffer(item) && item.kind === kind && item.themes.includes(theme));
}

describe('a training module written with directives', () => {
  it('shows the upcoming offers it embeds and leads to the hub of a theme it names', async () => {
    const {page} = session;
    const readerDate = new Date(testBuildDate);
    await page.clock.setFixedTime(readerDate);
    await page.goto(testSite().baseUrl + modulePath);
    await waitForHydration(page);

    for (const kind of ['sensibilisation', 'supervision']) {
      const upcoming = (await offersOn('prevention-suicide', kind)).filter((offer) => isUpcoming(offer, readerDate.getTime()));
      expect(upcoming.length).toBeGreaterThan(0);
      const list = page.locator(`aside.passerelles-offer-list[data-kind="${kind}"]`);
      for (const offer of upcoming) await list.getByRole('link', {name: offer.title, exact: true}).waitFor();
    }

    await page.locator('section.passerelles-section--objectifs').getByRole('link', {name: 'crise suicidaire', exact: true}).click();
    await page.waitForURL('**/thematiques/prevention-suicide/');
    await page.getByRole('heading', {level: 1, name: /^Prévention du suicide/}).waitFor();
  });

  it('decides again with the reader’s clock which offers are still to come', async () => {
    const {page} = session;
    const readerDate = new Date('2027-01-15T10:00:00+01:00');
    const supervisions = await offersOn('prevention-suicide', 'supervision');
    // The demo's supervision on this theme ends before the reader's date; the build date saw it upcoming.
    expect(supervisions.filter((offer) => isUpcoming(offer, Date.parse(testBuildDate))).length).toBeGreaterThan(0);
    expect(supervisions.filter((offer) => isUpcoming(offer, readerDate.getTime()))).toEqual([]);

    await page.clock.setFixedTime(readerDate);
    await page.goto(testSite().baseUrl + modulePath);
    await waitForHydration(page);
    const list = page.locator('aside.passerelles-offer-list[data-kind="supervision"]');
    await list.getByText('Aucune offre à venir sur « Prévention du suicide » pour le moment.').waitFor();
    for (const offer of supervisions) expect(await list.getByRole('link', {name: offer.title, exact: true}).count()).toBe(0);
  });
});
