/**
 * The calendar files of one locale: every offer (`/offres.ics`), each theme with
 * its narrower themes (`/thematiques/<id>.ics`), each offer that has a dated
 * session (`/offres/<file>.ics`). Planned once from the knowledge base, written by postBuild.
 */
import type {OfferItem} from '../model/items';
import type {SitePaths} from '../routes/paths';
import type {CalendarLinks} from '../shared/cards';
import {themeAndNarrower, themeLabel, type Taxonomy} from '../shared/taxonomy';
import {calendarEvents} from './events';
import {createCalendarRenderer, type CalendarDocument} from './ics';
import {calendarTexts} from './texts';
import {writePublishedFiles, type PublishedFile} from '../published-files';
import {renderCalendarFilesApart} from './apart';

export interface CalendarFile extends CalendarDocument {
  /** Path on the site, the locale's baseUrl included: `/nl/offres.ics`. */
  path: string;
}

export type CalendarPaths = Pick<SitePaths, 'offersCalendar' | 'themeCalendar' | 'offerCalendar'>;

export interface CalendarPlanInput {
  offers: readonly OfferItem[];
  taxonomy: Taxonomy;
  locale: string;
  paths: CalendarPaths;
  /** The site's `url` (scheme and host). */
  siteUrl: string;
  /** The site's title, which starts each calendar's name. */
  siteTitle: string;
}

/** The offer's own file, for "add to my calendar"; none when it has no dated session. */
export function offerCalendarPath(paths: CalendarPaths, offer: Pick<OfferItem, 'id' | 'sessions'>): string | undefined {
  return offer.sessions.length > 0 ? paths.offerCalendar(offer.id) : undefined;
}

export function calendarLinks(siteUrl: string, sitePath: string): CalendarLinks {
  const url = new URL(sitePath, siteUrl).href;
  return {url, webcal: url.replace(/^https?:/, 'webcal:')};
}

export function planCalendars({offers, taxonomy, locale, paths, siteUrl, siteTitle}: CalendarPlanInput): CalendarFile[] {
  const texts = calendarTexts(locale);
  const language = locale.split('-')[0] ?? 'fr';
  const events = calendarEvents(offers, {siteUrl, taxonomy, locale, texts});
  const file = (sitePath: string, name: string, selected: CalendarFile['events']): CalendarFile => ({
    path: sitePath,
    url: calendarLinks(siteUrl, sitePath).url,
    name,
    language,
    events: selected,
  });

  const themeFiles = taxonomy.themes.map((theme) => {
    const themeIds = themeAndNarrower(taxonomy, theme.id);
    const selected = events.filter((event) => event.themeIds.some((id) => themeIds.has(id)));
    return file(paths.themeCalendar(theme.id), texts.theme(siteTitle, themeLabel(theme, locale)), selected);
  });
  // Grouped once: filtering every event for every offer grew as offers times events.
  const eventsByOffer = new Map<string, CalendarFile['events'][number][]>();
  for (const event of events) {
    const list = eventsByOffer.get(event.offerId);
    if (list === undefined) eventsByOffer.set(event.offerId, [event]);
    else list.push(event);
  }
  const offerFiles = offers.flatMap((offer) => {
    const sitePath = offerCalendarPath(paths, offer);
    if (sitePath === undefined) return [];
    return [file(sitePath, texts.offer(siteTitle, offer.title), eventsByOffer.get(offer.id) ?? [])];
  });
  return [file(paths.offersCalendar, texts.allOffers(siteTitle), events), ...themeFiles, ...offerFiles];
}

/** Each file as text, stamped with the build date, placed under the locale's output folder (`build/` or `build/nl/`), whose URL is `baseUrl`. */
export function renderCalendarFiles(baseUrl: string, files: readonly CalendarFile[], stamp: Date): PublishedFile[] {
  const render = createCalendarRenderer(stamp);
  return files.map((calendar) => ({segments: calendar.path.slice(baseUrl.length).split('/'), content: render(calendar)}));
}

/** Writes each file under the locale's output folder (`build/` or `build/nl/`), whose URL is `baseUrl`, rendered as the build renders them. */
export async function writeCalendars(outDir: string, baseUrl: string, files: readonly CalendarFile[], stamp: Date): Promise<void> {
  await writePublishedFiles(outDir, await renderCalendarFilesApart(baseUrl, files, stamp));
}
