/** The built catalogue page lists, before any script runs, exactly the offers upcoming at the build date. */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {isOffer, type OfferItem} from '../plugins/docusaurus-plugin-passerelles/src/model/items';
import {isUpcoming} from '../plugins/docusaurus-plugin-passerelles/src/shared/schedule';
import {demoKnowledgeBase} from './setup/knowledge-base';
import {testBuildDate, testSite} from './setup/site';

async function page(route: string): Promise<string> {
  return readFile(path.join(testSite().buildDir, route, 'index.html'), 'utf8');
}

function listedOffers(html: string): string[] {
  return [...html.matchAll(/data-offer="([^"]+)"/g)].map((match) => match[1] ?? '').sort();
}

describe('the built offers catalogue', () => {
  let offers: OfferItem[];
  beforeAll(async () => {
    offers = (await demoKnowledgeBase()).items.filter(isOffer);
  });

  it.each(['offres', 'nl/offres', 'en/offres'])('/%s/ lists every offer upcoming at the build date and no other', async (route) => {
    const now = Date.parse(testBuildDate);
    const upcoming = offers.filter((offer) => isUpcoming(offer, now)).map((offer) => offer.id).sort();
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.length).toBeLessThan(offers.length);
    expect(listedOffers(await page(route))).toEqual(upcoming);
  });

  it('is linked from the navbar and the footer of every page, in each locale', async () => {
    for (const [route, label] of [
      ['', 'Offres'],
      ['nl', 'Aanbod'],
      ['en', 'Offers'],
    ] as const) {
      const html = await page(route);
      const prefix = route === '' ? '' : `/${route}`;
      const links = [...html.matchAll(new RegExp(`<a[^>]*href="${prefix}/offres/"[^>]*>([^<]*)<`, 'g'))].map((match) => match[1]);
      expect(links.filter((text) => text === label).length).toBeGreaterThanOrEqual(2);
    }
  });
});
