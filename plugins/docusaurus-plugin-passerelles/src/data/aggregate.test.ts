import type {ConcertationItem, Item, OfferItem, VignetteItem} from '../model/items';
import type {GapRow} from '../shared/data';
import type {Basin, OfferKind} from '../shared/kinds';
import type {Taxonomy, Theme} from '../shared/taxonomy';
import {themeAndNarrower} from '../shared/taxonomy';
import {aggregate, monthOf, type AggregationInput} from './aggregate';

const theme = (id: string, label: string, broader: string[] = [], narrower: string[] = []): Theme => ({
  id,
  prefLabel: {fr: label, nl: `${label} (nl)`, en: `${label} (en)`},
  altLabel: {fr: [], nl: [], en: []},
  scopeNote: {fr: '', nl: '', en: ''},
  broader,
  related: [],
  narrower,
});

const taxonomy: Taxonomy = {
  themes: [
    theme('assuetudes', 'Assuétudes', [], ['double-diagnostic']),
    theme('double-diagnostic', 'Double diagnostic', ['assuetudes']),
    theme('logement', 'Logement'),
    theme('migration', 'Migration'),
    theme('perinatalite', 'Périnatalité'),
  ],
  labels: {},
};

const base = (id: string, themes: string[]) => ({id, file: `docs/${id}.md`, permalink: `/docs/${id}/`, title: id, summary: id, themes, text: ''});
const vignette = (id: string, themes: string[]): VignetteItem => ({...base(id, themes), kind: 'vignette', publics: []});
const concertation = (id: string, basin: Basin, themes: string[]): ConcertationItem => ({...base(id, themes), kind: 'concertation', basin});
const offer = (id: string, kind: OfferKind, basin: Basin, themes: string[], schedule: Pick<OfferItem, 'sessions' | 'recurrence'>): OfferItem => ({
  ...base(id, themes),
  kind,
  organizer: 'o',
  audience: [],
  languages: ['fr'],
  basin,
  format: 'presentiel',
  cost: {amount: 0},
  registration: 'mailto:a@example.org',
  ...schedule,
});
const session = (start: string, end = start) => ({start, end});

const now = new Date('2026-11-20T00:00:00Z');

function tablesOf(items: Item[], locale = 'fr') {
  const input: AggregationInput = {
    items,
    taxonomy,
    now,
    timeZone: 'Europe/Brussels',
    locale,
    themeRef: (entry) => ({id: entry.id, label: entry.prefLabel.fr, permalink: `/thematiques/${entry.id}/`}),
    kindLabel: (kind) => `kind:${kind}`,
    basinLabel: (basin) => `basin:${basin}`,
  };
  return aggregate(input);
}

const pastFormation = offer('past-formation', 'formation', 'nord', ['assuetudes'], {sessions: [session('2026-03-10T09:00:00+01:00')]});
// 00:30 on 1 April in Brussels, still 31 March in UTC.
const pastHousing = offer('past-housing', 'sensibilisation', 'nord', ['logement'], {sessions: [session('2026-03-31T22:30:00Z')]});
const upcomingIntervision = offer('upcoming-intervision', 'intervision', 'sud', ['double-diagnostic'], {
  sessions: [session('2026-11-25T10:00:00+01:00'), session('2026-11-30T10:00:00+01:00'), session('2027-01-12T10:00:00+01:00')],
});
const standingGroup = offer('standing-group', 'groupe-de-travail', 'centre-ouest', ['perinatalite'], {sessions: [], recurrence: 'tous les mois'});
const items: Item[] = [
  vignette('v-dd', ['double-diagnostic']),
  pastFormation,
  pastHousing,
  upcomingIntervision,
  standingGroup,
  concertation('c-nord', 'nord', ['assuetudes', 'logement', 'migration']),
  concertation('c-sud-1', 'sud', ['logement', 'migration']),
  concertation('c-sud-2', 'sud', ['perinatalite']),
];

describe('aggregate', () => {
  const tables = tablesOf(items);

  it('counts the items carrying each theme directly, by kind, most carried first', () => {
    const row = (id: string) => tables.themesByKind.find((entry) => entry.theme.id === id);
    expect(row('assuetudes')?.counts).toMatchObject({formation: 1, concertation: 1, vignette: 0});
    expect(row('assuetudes')?.total).toBe(2);
    expect(row('double-diagnostic')?.counts).toMatchObject({vignette: 1, intervision: 1});
    expect(tables.themesByKind.map((entry) => entry.theme.id)).toEqual(['logement', 'assuetudes', 'double-diagnostic', 'migration', 'perinatalite']);
  });

  it('counts the offers of each basin, and those upcoming at the injected date', () => {
    expect(tables.offersByBasin.map(({basin, offers, upcoming}) => [basin.id, offers, upcoming])).toEqual([
      ['nord', 2, 0],
      ['nord-est', 0, 0],
      ['sud', 1, 1],
      ['sud-est', 0, 0],
      ['centre-ouest', 1, 1],
      ['region', 0, 0],
    ]);
    expect(tables.offersByBasin[0]?.basin.label).toBe('basin:nord');
  });

  it('counts a dated offer once in each month it has a session, in the network’s time zone, months without sessions included', () => {
    const months = Object.fromEntries(tables.offersByMonth.map((row) => [row.month, row.offers]));
    expect(tables.offersByMonth.map((row) => row.month)).toEqual([
      '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01',
    ]);
    expect(months).toMatchObject({'2026-03': 1, '2026-04': 1, '2026-05': 0, '2026-11': 1, '2027-01': 1});
    expect(tables.offersByMonth[0]?.label).toBe('mars 2026');
  });

  it('leaves standing groups out of the months and counts them apart', () => {
    expect(tables.standingOffers).toBe(1);
    const withDates = offer('both', 'intervision', 'sud', ['logement'], {sessions: [session('2026-12-01T10:00:00+01:00')], recurrence: 'et ensuite chaque mois'});
    const mixed = tablesOf([...items, withDates]);
    expect(mixed.standingOffers).toBe(1);
    expect(mixed.offersByMonth.find((row) => row.month === '2026-12')?.offers).toBe(1);
  });

  it('counts the concertations of each basin that raised a theme, a theme raised by two basins on one row', () => {
    expect(tables.concertationThemesByBasin.map((row) => [row.theme.id, row.total])).toEqual([
      ['logement', 2],
      ['migration', 2],
      ['assuetudes', 1],
      ['perinatalite', 1],
    ]);
    expect(tables.concertationThemesByBasin[0]?.basins).toEqual({nord: 1, 'nord-est': 0, sud: 1, 'sud-est': 0, 'centre-ouest': 0, region: 0});
  });

  it('lists the raised themes without an upcoming offer or a vignette, most raised first, then by label', () => {
    expect(
      tables.gaps.map((row) => ({
        id: row.theme.id,
        raised: row.raised,
        basins: row.basins.map((basin) => basin.id),
        upcomingOffers: row.upcomingOffers,
        vignettes: row.vignettes,
        missing: row.missing,
      })),
    ).toEqual([
      {id: 'logement', raised: 2, basins: ['nord', 'sud'], upcomingOffers: 0, vignettes: 0, missing: ['upcoming-offer', 'vignette']},
      {id: 'migration', raised: 2, basins: ['nord', 'sud'], upcomingOffers: 0, vignettes: 0, missing: ['upcoming-offer', 'vignette']},
      // The standing group counts as upcoming: it meets again.
      {id: 'perinatalite', raised: 1, basins: ['sud'], upcomingOffers: 1, vignettes: 0, missing: ['vignette']},
    ]);
  });

  it('counts for a theme the offers and vignettes of its narrower themes, not those of its broader ones', () => {
    // assuetudes is answered through double-diagnostic: no gap although its own offer is past.
    expect(tables.gaps.some((row) => row.theme.id === 'assuetudes')).toBe(false);
    const broadOnly = tablesOf([
      offer('broad', 'formation', 'nord', ['assuetudes'], {sessions: [session('2027-02-01T10:00:00+01:00')]}),
      vignette('broad-vignette', ['assuetudes']),
      concertation('c', 'region', ['double-diagnostic']),
    ]);
    expect(broadOnly.gaps).toEqual([expect.objectContaining({theme: expect.objectContaining({id: 'double-diagnostic'}), upcomingOffers: 0, vignettes: 0})]);
    expect([...themeAndNarrower(taxonomy, 'assuetudes')]).toEqual(['assuetudes', 'double-diagnostic']);
  });

  it('counts an offer as past once its last session has ended at the injected date', () => {
    const housing = (gaps: GapRow[]) => gaps.find((row) => row.theme.id === 'logement');
    expect(housing(tables.gaps)).toMatchObject({upcomingOffers: 0, missing: ['upcoming-offer', 'vignette']});
    const inMarch = aggregate(inputAt(new Date('2026-03-01T00:00:00Z')));
    expect(housing(inMarch.gaps)).toMatchObject({upcomingOffers: 1, missing: ['vignette']});
    expect(inMarch.offersByBasin[0]).toMatchObject({offers: 2, upcoming: 2});
  });

  it('labels its vocabularies and says when and in which locale it was computed', () => {
    expect(tables.buildDate).toBe('2026-11-20T00:00:00.000Z');
    expect(tables.locale).toBe('fr');
    expect(tables.kinds.map((kind) => kind.label)).toContain('kind:groupe-de-travail');
    expect(tables.basins).toHaveLength(6);
    expect(tablesOf(items, 'nl').offersByMonth[0]?.label).toBe('maart 2026');
  });
});

function inputAt(date: Date): AggregationInput {
  return {
    items,
    taxonomy,
    now: date,
    timeZone: 'Europe/Brussels',
    locale: 'fr',
    themeRef: (entry) => ({id: entry.id, label: entry.prefLabel.fr, permalink: ''}),
    kindLabel: (kind) => kind,
    basinLabel: (basin) => basin,
  };
}

describe('monthOf', () => {
  it('reads the month in the given time zone', () => {
    expect(monthOf('2026-03-31T22:30:00Z', 'Europe/Brussels')).toBe('2026-04');
    expect(monthOf('2026-03-31T22:30:00Z', 'UTC')).toBe('2026-03');
  });
});
