/** The iCalendar text of a list of events, written by ical-generator (escaping, line folding, dates). */
import ical, {foldLines, ICalCalendarMethod} from 'ical-generator';
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
  return createCalendarRenderer(stamp)(document);
}

const calendarEnd = 'END:VCALENDAR';

/**
 * ical-generator's folding, asked only of the lines it would change: it
 * breaks a line once its octets pass 74, so a shorter line comes back as it
 * was, and most lines of an event are short.
 */
function foldLongLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => (Buffer.byteLength(line) > 74 ? foldLines(line) : line))
    .join('\r\n');
}

/**
 * Renders calendars that share events, each event's text written once: an
 * event is in the file of all offers, of its offer and of each of its themes
 * and their broader ones, and ical-generator's line folding is slow (it
 * encodes each character alone). Folding works line by line, so a calendar is
 * its folded head, then its events' folded texts, then its end; an event is
 * folded alone, without a calendar's head around it.
 */
export function createCalendarRenderer(stamp: Date): (document: CalendarDocument) => string {
  const eventTexts = new Map<CalendarEvent, string>();
  // Only makes the events: ical-generator writes an event through the calendar that holds it.
  const maker = ical();
  const eventText = (event: CalendarEvent): string => {
    let text = eventTexts.get(event);
    if (text === undefined) {
      const made = maker.createEvent({
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
      text = foldLongLines(made.toString());
      maker.clear();
      eventTexts.set(event, text);
    }
    return text;
  };
  return (document) => {
    const head = ical({
      name: document.name,
      url: document.url,
      prodId: {company: 'Passerelles', product: 'docusaurus-plugin-passerelles', language: document.language.toUpperCase()},
      method: ICalCalendarMethod.PUBLISH,
      ttl: refreshSeconds,
    }).toString();
    return `${head.slice(0, head.lastIndexOf(calendarEnd))}${document.events.map(eventText).join('')}${calendarEnd}`;
  };
}
