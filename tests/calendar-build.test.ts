/** Reads the calendar files the build wrote for each locale, parsed with ical.js, against the demo knowledge base. */
import {access, readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseCalendar} from '../plugins/docusaurus-plugin-passerelles/src/calendar/__fixtures__/parse-ics';
import {isOffer, type OfferItem} from '../plugins/docusaurus-plugin-passerelles/src/model/items';
import type {Taxonomy} from '../plugins/docusaurus-plugin-passerelles/src/shared/taxonomy';
import {demoKnowledgeBase} from './setup/knowledge-base';
import {testBuildDate, testSite} from './setup/site';

const locales = [
  {locale: 'fr', folder: '', name: 'Passerelles — toutes les offres'},
  {locale: 'nl', folder: 'nl', name: 'Passerelles — volledig aanbod'},
  {locale: 'en', folder: 'en', name: 'Passerelles — all offers'},
];

let offers: OfferItem[] = [];
let taxonomy: Taxonomy;
beforeAll(async () => {
  const knowledgeBase = await demoKnowledgeBase();
  offers = knowledgeBase.items.filter(isOffer);
  if (knowledgeBase.taxonomy === undefined) throw new Error('the demo taxonomy does not load');
  taxonomy = knowledgeBase.taxonomy;
});

const builtFile = (folder: string, ...parts: string[]): string => path.join(testSite().buildDir, folder, ...parts);
const readCalendar = async (folder: string, ...parts: string[]) => parseCalendar(await readFile(builtFile(folder, ...parts), 'utf8'));

/** Whether `themeId` is one of the offer's themes or above one of them, walking `broader` up (not the plugin's own helper). */
function carries(offer: OfferItem, themeId: string): boolean {
  const broaderOf = new Map(taxonomy.themes.map((theme) => [theme.id, theme.broader]));
  const seen = new Set<string>();
  const pending = [...offer.themes];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (id === themeId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(broaderOf.get(id) ?? []));
  }
  return false;
}

const sessionCount = (selected: readonly OfferItem[]): number => selected.reduce((sum, offer) => sum + offer.sessions.length, 0);

describe.each(locales)('the calendars of the $locale build', ({folder, name}) => {
  it('has one event per dated session of the knowledge base in /offres.ics, named in the locale', async () => {
    const calendar = await readCalendar(folder, 'offres.ics');
    expect(calendar.name).toBe(name);
    expect(sessionCount(offers)).toBeGreaterThan(20);
    expect(calendar.events).toHaveLength(sessionCount(offers));
    expect(new Set(calendar.events.map((event) => event.uid)).size).toBe(calendar.events.length);
    expect(new Set(calendar.events.map((event) => event.stamp))).toEqual(new Set([new Date(testBuildDate).toISOString()]));
  });

  it('has a calendar next to every theme hub, with the sessions of the theme and of its narrower themes', async () => {
    for (const theme of taxonomy.themes) {
      const calendar = await readCalendar(folder, 'thematiques', `${theme.id}.ics`);
      expect([theme.id, calendar.events.length]).toEqual([theme.id, sessionCount(offers.filter((offer) => carries(offer, theme.id)))]);
    }
  });

  it('has a calendar per offer with dated sessions, whose events link to the offer’s page in the locale', async () => {
    for (const offer of offers) {
      const file = builtFile(folder, 'offres', `${offer.id.replace(/^offres\//, '')}.ics`);
      if (offer.sessions.length === 0) {
        await expect(access(file)).rejects.toThrow();
        continue;
      }
      const {events} = await parseCalendar(await readFile(file, 'utf8'));
      expect(events.map((event) => event.start).sort()).toEqual(offer.sessions.map((session) => new Date(session.start).toISOString()).sort());
      for (const event of events) {
        const {origin, pathname} = new URL(event.url ?? '');
        expect(origin).toBe('https://passerelles.example.org');
        // The offer's page in this locale, as built (with the site's trailing slash).
        expect(pathname).toBe(`${path.posix.join('/', folder, offer.permalink)}/`);
        await access(builtFile('', pathname, 'index.html'));
      }
    }
  });
});
