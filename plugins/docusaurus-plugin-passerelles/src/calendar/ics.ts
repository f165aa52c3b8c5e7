/** The iCalendar text of a list of events, written by ical-generator (escaping, line folding, dates). */
import ical, {ICalCalendarMethod} from 'ical-generator';
import type {CalendarEvent} from './events';

export interface CalendarDocument {
  /** X-WR-CALNAME, the name a calendar application shows. */
  name: string;
  /** Absolute URL of the file itself. */
  url: string;
  /** The language of the texts, as PRODID names it ("FR", "NL", "EN"). */
  language: string;
  events: readonly CalendarEvent[];
}

/** How often a subscribed application should fetch the file again. */
const refreshSeconds = 24 * 60 * 60;

/**
 * Start and end are written in UTC (`DTSTART:20270327T090000Z`): an instant
 * needs no VTIMEZONE, stays right across daylight-saving changes, and each
 * application shows it in its reader's zone. DTSTAMP is the build date, so that
 * two builds of the same content write the same bytes.
 */
export function renderCalendar(document: CalendarDocument, stamp: Date): string {
  const calendar = ical({
    name: document.name,
    url: document.url,
    prodId: {company: 'Passerelles', product: 'docusaurus-plugin-passerelles', language: document.language.toUpperCase()},
    method: ICalCalendarMethod.PUBLISH,
    ttl: refreshSeconds,
  });
  for (const event of document.events) {
    calendar.createEvent({
      id: event.uid,
      stamp,
      start: event.start,
      end: event.end,
      summary: event.summary,
      description: event.description,
      url: event.url,
      categories: event.categories.map((name) => ({name})),
      ...(event.location === undefined ? {} : {location: event.location}),
    });
  }
  return calendar.toString();
}
