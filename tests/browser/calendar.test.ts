/** A professional adds an offer to their calendar, and subscribes to the calendar of a theme and of all offers. */
import {readFile} from 'node:fs/promises';
import {parseCalendar} from '../../plugins/docusaurus-plugin-passerelles/src/calendar/__fixtures__/parse-ics';
import {isOffer, type OfferItem} from '../../plugins/docusaurus-plugin-passerelles/src/model/items';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {testSite} from '../setup/site';
import {useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(60_000);

const session = useBrowserPage();
const siteUrl = 'https://passerelles.example.org';

/** The address the site will have, served by the test server instead. */
const served = (absoluteUrl: string): string => testSite().baseUrl + new URL(absoluteUrl).pathname;

async function demoOffers(): Promise<OfferItem[]> {
  return (await demoKnowledgeBase()).items.filter(isOffer);
}

describe('add an offer to my calendar', () => {
  it('downloads a calendar with the sessions of the offer', async () => {
    const {page} = session;
    const offer = (await demoOffers()).sort((a, b) => b.sessions.length - a.sessions.length)[0];
    if (offer === undefined || offer.sessions.length < 2) throw new Error('no demo offer with several sessions');

    await page.goto(testSite().baseUrl + offer.permalink);
    await waitForHydration(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', {name: 'Ajouter à mon agenda'}).click()]);
    const {events} = await parseCalendar(await readFile(await download.path(), 'utf8'));

    const instants = (sessions: readonly {start: string; end: string}[]) =>
      sessions.map(({start, end}) => [new Date(start).toISOString(), new Date(end).toISOString()]).sort();
    expect(instants(events)).toEqual(instants(offer.sessions));
    for (const event of events) {
      expect(event.summary).toBe(offer.title);
      // The page the reader is on, at the site's address.
      expect(event.url).toBe(siteUrl + new URL(page.url()).pathname);
    }
  });

  it('is not offered for a standing group without dated sessions', async () => {
    const {page} = session;
    const group = (await demoOffers()).find((offer) => offer.sessions.length === 0);
    if (group === undefined) throw new Error('no demo offer with a recurrence only');

    await page.goto(testSite().baseUrl + group.permalink);
    await waitForHydration(page);
    await page.getByRole('link', {name: "S'inscrire"}).waitFor();
    expect(await page.getByRole('link', {name: 'Ajouter à mon agenda'}).count()).toBe(0);
  });
});

describe('subscribe to a calendar', () => {
  it('gives a theme hub a webcal link and an address that serve its calendar', async () => {
    const {page} = session;
    await page.goto(`${testSite().baseUrl}/thematiques/double-diagnostic/`);
    await waitForHydration(page);
    const block = page.getByRole('region', {name: "S'abonner à l'agenda de cette thématique"});

    const address = await block.getByRole('textbox', {name: "Adresse de l'agenda"}).inputValue();
    expect(address).toBe(`${siteUrl}/thematiques/double-diagnostic.ics`);
    expect(await block.getByRole('link', {name: "S'abonner dans mon agenda"}).getAttribute('href')).toBe(address.replace(/^https:/, 'webcal:'));

    const response = await fetch(served(address));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = await parseCalendar(await response.text());
    const theme = (await demoKnowledgeBase()).taxonomy?.themes.find(({id}) => id === 'double-diagnostic');
    expect(calendar.name).toBe(`Passerelles — ${theme?.prefLabel.fr}`);
    expect(calendar.events.length).toBeGreaterThan(0);
  });

  it('copies the address with the keyboard', async () => {
    const {page} = session;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {origin: testSite().baseUrl});
    await page.goto(`${testSite().baseUrl}/thematiques/`);
    await waitForHydration(page);
    const block = page.getByRole('region', {name: "S'abonner à l'agenda de toutes les offres"});
    await block.getByRole('button', {name: "Copier l'adresse"}).focus();
    await page.keyboard.press('Enter');
    await block.getByRole('status').getByText('Adresse copiée.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}/offres.ics`);

    const response = await fetch(served(`${siteUrl}/offres.ics`));
    expect(response.status).toBe(200);
    const offers = await demoOffers();
    expect((await parseCalendar(await response.text())).events).toHaveLength(offers.reduce((sum, offer) => sum + offer.sessions.length, 0));
  });
});
