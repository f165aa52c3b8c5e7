/**
 * Reads an .ics text back with ical.js (Mozilla's parser, independent of the
 * library that writes the files), into plain values the tests compare.
 */

export interface ParsedEvent {
  uid: string;
  summary: string;
  /** ISO instants in UTC. */
  start: string;
  end: string;
  stamp: string;
  url: string | undefined;
  location: string | undefined;
  description: string;
  categories: string[];
}

export interface ParsedCalendar {
  name: string | undefined;
  events: ParsedEvent[];
}

/** ical.js is an ES module with a CommonJS build: loaded with import(), as this CommonJS code must. */
export async function parseCalendar(ics: string): Promise<ParsedCalendar> {
  const {default: ICAL} = await import('ical.js');
  const text = (component: InstanceType<typeof ICAL.Component>, name: string): string | undefined => {
    const value = component.getFirstPropertyValue(name);
    return value === null ? undefined : String(value);
  };
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    name: text(calendar, 'x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const stamp = component.getFirstPropertyValue('dtstamp');
      if (!(stamp instanceof ICAL.Time)) throw new Error(`event ${event.uid} has no DTSTAMP`);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        stamp: stamp.toJSDate().toISOString(),
        url: text(component, 'url'),
        location: event.location ?? undefined,
        description: event.description,
        categories: component.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
      };
    }),
  };
}
