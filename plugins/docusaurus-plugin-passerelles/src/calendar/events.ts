/**
 * One calendar event per dated session of an offer, in the locale being built.
 * Plain values: the .ics text is rendered from them by calendar/ics.ts.
 */
import {vocabularyLabels} from '../i18n/vocabulary';
import type {OfferLanguage} from '../shared/kinds';
import type {OfferItem} from '../model/items';
import {themeLabel, type Taxonomy} from '../shared/taxonomy';
import type {CalendarTexts} from './texts';

export interface CalendarEvent {
  uid: string;
  offerId: string;
  /** The offer's theme ids, to pick the events of a theme's calendar. */
  themeIds: readonly string[];
  start: Date;
  end: Date;
  summary: string;
  /** Absolute URL of the offer's page. */
  url: string;
  location?: string;
  description: string;
  categories: string[];
}

export interface EventContext {
  /** The site's `url` (scheme and host, no path): prefixes permalinks and names the UIDs' host. */
  siteUrl: string;
  taxonomy: Taxonomy;
  locale: string;
  texts: CalendarTexts;
}

/** `20270204T080000Z`: the instant in UTC as iCalendar writes it, for the UID. */
function compactUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function descriptionOf(offer: OfferItem, url: string, texts: CalendarTexts, languageLabel: (language: OfferLanguage) => string): string {
  const {amount} = offer.cost;
  const note = 'note' in offer.cost ? offer.cost.note : undefined;
  const price = (amount === 0 ? texts.free : texts.amount(amount)) + (note === undefined ? '' : ` (${note})`);
  return [
    offer.summary,
    '',
    `${texts.price}${texts.colon}${price}`,
    `${texts.languages}${texts.colon}${offer.languages.map(languageLabel).join(', ')}`,
    `${texts.registration}${texts.colon}${offer.registration}`,
    `${texts.moreInformation}${texts.colon}${url}`,
  ].join('\n');
}

/**
 * The events of one offer, in the order of its sessions. A session written
 * twice with the same start would repeat a UID: only the first is kept.
 * An offer with only a `recurrence` text has no session, hence no event.
 */
export function offerEvents(offer: OfferItem, {siteUrl, taxonomy, locale, texts}: EventContext): CalendarEvent[] {
  const host = new URL(siteUrl).host;
  const url = new URL(offer.permalink, siteUrl).href;
  const themesById = new Map(taxonomy.themes.map((theme) => [theme.id, theme]));
  const {kindLabel, languageLabel} = vocabularyLabels(locale);
  const categories = [
    kindLabel(offer.kind),
    ...offer.themes.flatMap((id) => {
      const theme = themesById.get(id);
      return theme === undefined ? [] : [themeLabel(theme, locale)];
    }),
  ];
  const description = descriptionOf(offer, url, texts, languageLabel);
  const events = new Map<string, CalendarEvent>();
  for (const session of offer.sessions) {
    const start = new Date(session.start);
    const uid = `${offer.id.replace(/\//g, '-')}-${compactUtc(start)}@${host}`;
    if (events.has(uid)) continue;
    const location = session.location ?? (offer.format === 'en-ligne' ? texts.online : undefined);
    events.set(uid, {
      uid,
      offerId: offer.id,
      themeIds: offer.themes,
      start,
      end: new Date(session.end),
      summary: offer.title,
      url,
      ...(location === undefined ? {} : {location}),
      description,
      categories,
    });
  }
  return [...events.values()];
}

/** Every event of every offer, soonest first. */
export function calendarEvents(offers: readonly OfferItem[], context: EventContext): CalendarEvent[] {
  return offers.flatMap((offer) => offerEvents(offer, context)).sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}
