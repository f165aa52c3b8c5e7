import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fixtureTaxonomy} from '../__fixtures__/taxonomy';
import type {OfferItem} from '../model/items';
import {parseDateTime} from '../model/schemas';
import {DEFAULT_OPTIONS} from '../options';
import {createSitePaths} from '../routes/paths';
import {parseCalendar} from './__fixtures__/parse-ics';
import {calendarEvents, offerEvents, type EventContext} from './events';
import {packFiles, renderCalendarFilesApart, unpackFiles} from './apart';
import {calendarLinks, planCalendars, renderCalendarFiles, writeCalendars, type CalendarFile} from './files';
import ical, {ICalCalendarMethod} from 'ical-generator';
import {createCalendarRenderer, renderCalendar} from './ics';
import {calendarTexts} from './texts';

const timeZone = 'Europe/Brussels';
const siteUrl = 'https://passerelles.example.org';
const stamp = new Date('2026-11-20T00:00:00Z');
const taxonomy = fixtureTaxonomy();

/** A session as an author writes it, read as the schema reads it (Brussels time, offset of that day). */
const session = (start: string, end: string, location?: string): OfferItem['sessions'][number] => ({
  start: parseDateTime(start, timeZone)?.toISO({suppressMilliseconds: true}) ?? start,
  end: parseDateTime(end, timeZone)?.toISO({suppressMilliseconds: true}) ?? end,
  ...(location === undefined ? {} : {location}),
});

const offer = (id: string, overrides: Partial<OfferItem>): OfferItem => ({
  id: `offres/${id}`,
  kind: 'formation',
  file: `docs/offres/${id}.md`,
  permalink: `/docs/offres/${id}/`,
  title: `Titre ${id}`,
  summary: `Résumé de ${id}.`,
  text: '',
  themes: ['double-diagnostic'],
  organizer: 'SSM du Canal',
  audience: ['tous'],
  languages: ['fr'],
  basin: 'nord',
  format: 'presentiel',
  cost: {amount: 0},
  registration: 'https://inscriptions.example.org/dd',
  sessions: [],
  ...overrides,
});

// Belgium moves to summer time on 2027-03-28 at 02:00 (UTC+1 → UTC+2).
const acrossDst = offer('double-diagnostic-printemps', {
  sessions: [
    session('2027-03-27 10:00', '2027-03-27 16:00', 'Salle de l’Écluse, 12 quai du Canal'),
    session('2027-03-27 20:00', '2027-03-28 12:00'),
    session('2027-03-29 10:00', '2027-03-29 16:00'),
  ],
});
const online = offer('intervision-exil', {
  kind: 'intervision',
  themes: ['migration'],
  format: 'en-ligne',
  languages: ['fr', 'nl'],
  cost: {amount: 40, note: 'tarif réduit possible'},
  registration: 'mailto:exil@example.org',
  sessions: [session('2026-12-15 19:00', '2026-12-15 20:30')],
});
const standingGroup = offer('groupe-assuetudes', {
  kind: 'groupe-de-travail',
  themes: ['assuetudes'],
  recurrence: 'Le premier mardi du mois',
});
const offers = [acrossDst, online, standingGroup];

const context = (locale: string): EventContext => ({siteUrl, taxonomy, locale, texts: calendarTexts(locale)});

async function parsedEvents(offersToRender: readonly OfferItem[], locale = 'fr') {
  const ics = renderCalendar({name: 'Test', url: `${siteUrl}/offres.ics`, language: locale, events: calendarEvents(offersToRender, context(locale))}, stamp);
  return (await parseCalendar(ics)).events;
}

describe('calendars sharing events', () => {
  it('are written as ical-generator writes each whole, though each event is rendered once', () => {
    // Long lines of accented text: folded at 75 octets, never inside a character.
    const long = offer('longue', {summary: 'Une présentation très détaillée, où chaque séance « s’appuie » sur des situations vécues. '.repeat(4), sessions: [session('2027-02-04 09:00', '2027-02-04 12:00', 'Maison de l’Écluse')]});
    const events = calendarEvents([acrossDst, online, long], context('fr'));
    const documents = [
      {name: 'Toutes les offres — Passerelles', url: `${siteUrl}/offres.ics`, language: 'fr', events},
      {name: 'Une thématique', url: `${siteUrl}/thematiques/x.ics`, language: 'fr', events: events.slice(2)},
    ];
    const render = createCalendarRenderer(stamp);
    for (const document of documents) {
      const whole = ical({
        name: document.name,
        url: document.url,
        prodId: {company: 'Passerelles', product: 'docusaurus-plugin-passerelles', language: 'FR'},
        method: ICalCalendarMethod.PUBLISH,
        ttl: 24 * 60 * 60,
      });
      for (const event of document.events) {
        whole.createEvent({id: event.uid, stamp, start: event.start, end: event.end, summary: event.summary, description: event.description, url: event.url, categories: event.categories.map((name) => ({name})), ...(event.location === undefined ? {} : {location: event.location})});
      }
      expect(render(document)).toBe(whole.toString());
    }
  });
});

describe('the events of an offer', () => {
  it('makes one event per dated session, none for a recurrence only', async () => {
    const events = await parsedEvents(offers);
    expect(events).toHaveLength(acrossDst.sessions.length + online.sessions.length);
    expect(offerEvents(standingGroup, context('fr'))).toEqual([]);
  });

  it('keeps the instants of sessions on either side of the change to summer time', async () => {
    const events = await parsedEvents([acrossDst]);
    expect(events.map(({start, end}) => [start, end])).toEqual([
      ['2027-03-27T09:00:00.000Z', '2027-03-27T15:00:00.000Z'],
      // 20:00 in winter time to 12:00 in summer time: 15 hours, not 16.
      ['2027-03-27T19:00:00.000Z', '2027-03-28T10:00:00.000Z'],
      ['2027-03-29T08:00:00.000Z', '2027-03-29T14:00:00.000Z'],
    ]);
  });

  it('gives each session a UID of offer, start and host: unique, and the same at every build', async () => {
    const first = (await parsedEvents(offers)).map((event) => event.uid);
    const second = (await parsedEvents(offers)).map((event) => event.uid);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first).toContain('offres-double-diagnostic-printemps-20270327T090000Z@passerelles.example.org');
    // The same session has the same UID in every language's calendar.
    expect((await parsedEvents(offers, 'nl')).map((event) => event.uid)).toEqual(first);
  });

  it('keeps one event when a start is written twice', () => {
    const repeated = offer('repeated', {sessions: [session('2027-01-05 10:00', '2027-01-05 12:00'), session('2027-01-05 10:00', '2027-01-05 13:00')]});
    expect(offerEvents(repeated, context('fr'))).toHaveLength(1);
  });

  it('writes title, absolute URL, location, description and categories', async () => {
    const [event] = await parsedEvents([online]);
    expect(event).toMatchObject({
      summary: online.title,
      url: `${siteUrl}/docs/offres/intervision-exil/`,
      location: 'en ligne',
      stamp: stamp.toISOString(),
      categories: ['Intervision', 'Santé mentale et migration'],
    });
    expect(event?.description.split('\n')).toEqual([
      online.summary,
      '',
      'Prix : 40 € (tarif réduit possible)',
      'Langues : français, néerlandais',
      'Inscription : mailto:exil@example.org',
      `Plus d’informations : ${siteUrl}/docs/offres/intervision-exil/`,
    ]);
  });

  it('names the place of a session, and no place for an in-person session that names none', async () => {
    const events = await parsedEvents([acrossDst]);
    expect(events.map((event) => event.location)).toEqual(['Salle de l’Écluse, 12 quai du Canal', undefined, undefined]);
    expect(events[0]?.description).toContain('Prix : Gratuit');
  });

  it('writes the texts in the locale', async () => {
    const [event] = await parsedEvents([online], 'en');
    expect(event?.location).toBe('online');
    expect(event?.categories).toEqual(['Intervision', 'Mental health and migration']);
    expect(event?.description).toContain('Price: €40 (tarif réduit possible)');
    expect(event?.description).toContain('Languages: French, Dutch');
  });
});

describe('files sent back by the worker as one buffer', () => {
  it('gives back each file\'s bytes, text or bytes, multi-byte characters and empty files included', () => {
    const files = [
      {segments: ['offres.ics'], content: 'SUMMARY:Café – intervision\r\n'},
      {segments: ['vide.ics'], content: ''},
      {segments: ['thematiques', 'exil.ics'], content: Buffer.from('DESCRIPTION:家族 · 🙂\r\n', 'utf8')},
    ];
    const packed = packFiles(files);
    expect(packed.bytes.byteLength).toBe(files.reduce((total, file) => total + Buffer.byteLength(file.content), 0));
    // Its own memory, not a view of Node's shared pool: it is moved to another thread.
    expect(packed.bytes.buffer.byteLength).toBe(packed.bytes.byteLength);
    expect(unpackFiles(packed).map(({segments, content}) => ({segments, text: Buffer.from(content).toString('utf8')}))).toEqual(
      files.map(({segments, content}) => ({segments, text: content.toString()})),
    );
  });
});

describe('the calendar files of a locale', () => {
  const paths = createSitePaths({baseUrl: '/nl/', trailingSlash: true}, DEFAULT_OPTIONS);
  const files = planCalendars({offers, taxonomy, locale: 'nl', paths, siteUrl, siteTitle: 'Passerelles'});
  const byPath = new Map(files.map((file) => [file.path, file]));
  let outDir = '';

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-calendars-'));
    await writeCalendars(outDir, '/nl/', files, stamp);
  });
  afterAll(async () => {
    await rm(outDir, {recursive: true, force: true});
  });

  const readBack = async (sitePath: string) => parseCalendar(await readFile(path.join(outDir, sitePath.replace(/^\/nl\//, '')), 'utf8'));

  it('renders in its worker thread the same files, byte for byte, as in this thread', async () => {
    const inThisThread = renderCalendarFiles('/nl/', files, stamp);
    expect(inThisThread.length).toBeGreaterThan(2);
    const apart = await renderCalendarFilesApart('/nl/', files, stamp);
    expect(apart.map(({segments, content}) => ({segments, content: Buffer.from(content).toString('utf8')}))).toEqual(inThisThread);
  });

  it('writes every offer, every theme, and each offer that has a dated session', async () => {
    expect(await readdir(outDir)).toEqual(expect.arrayContaining(['offres.ics', 'thematiques', 'offres']));
    expect((await readdir(path.join(outDir, 'thematiques'))).sort()).toEqual(taxonomy.themes.map((theme) => `${theme.id}.ics`).sort());
    expect((await readdir(path.join(outDir, 'offres'))).sort()).toEqual(['double-diagnostic-printemps.ics', 'intervision-exil.ics']);
  });

  it('puts every dated session in /offres.ics, named in the locale, stamped with the build date', async () => {
    const calendar = await readBack('/nl/offres.ics');
    expect(calendar.name).toBe('Passerelles — volledig aanbod');
    expect(calendar.events).toHaveLength(4);
    expect(new Set(calendar.events.map((event) => event.stamp))).toEqual(new Set([stamp.toISOString()]));
  });

  it('gives a theme the offers of its narrower themes too', async () => {
    const summaries = async (id: string) => (await readBack(paths.themeCalendar(id))).events.map((event) => event.summary);
    // double-diagnostic is narrower than assuetudes; the standing group on assuetudes has no dated session.
    expect(await summaries('assuetudes')).toEqual(Array(3).fill(acrossDst.title));
    expect(await summaries('double-diagnostic')).toEqual(Array(3).fill(acrossDst.title));
    expect(await summaries('migration')).toEqual([online.title]);
    expect(await summaries('prevention-suicide')).toEqual([]);
    expect((await readBack(paths.themeCalendar('double-diagnostic'))).name).toBe('Passerelles — Dubbele diagnose (psychiatrie en verslaving)');
  });

  it('gives an offer a file of its own sessions, at a URL next to the catalogue', async () => {
    expect(paths.offerCalendar(online.id)).toBe('/nl/offres/intervision-exil.ics');
    const calendar = await readBack(paths.offerCalendar(online.id));
    expect(calendar.name).toBe(`Passerelles — ${online.title}`);
    expect(calendar.events.map((event) => event.start)).toEqual(['2026-12-15T18:00:00.000Z']);
    expect(byPath.has(paths.offerCalendar(standingGroup.id))).toBe(false);
  });

  it('links each file with https and webcal', () => {
    const file = byPath.get('/nl/offres.ics') as CalendarFile;
    expect(file.url).toBe('https://passerelles.example.org/nl/offres.ics');
    expect(calendarLinks(siteUrl, paths.themeCalendar('migration'))).toEqual({
      url: 'https://passerelles.example.org/nl/thematiques/migration.ics',
      webcal: 'webcal://passerelles.example.org/nl/thematiques/migration.ics',
    });
  });
});
