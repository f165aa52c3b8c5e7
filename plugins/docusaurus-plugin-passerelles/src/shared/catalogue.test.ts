import type {OfferCard} from './cards';
import {
  ancestorsOf,
  catalogueDomain,
  catalogueView,
  defaultCatalogueState,
  emptyFilters,
  filterCatalogue,
  freeIntervisionsState,
  indexCatalogue,
  isDefaultState,
  parseCatalogueQuery,
  serializeCatalogueQuery,
  toggleValue,
  type CatalogueProps,
  type CatalogueState,
  type CatalogueTheme,
} from './catalogue';

const theme = (id: string) => ({id, label: id, permalink: `/thematiques/${id}`});
const session = (day: string) => ({start: `${day}T09:00:00+01:00`, end: `${day}T12:00:00+01:00`});

function offer(id: string, fields: Partial<OfferCard>): OfferCard {
  return {
    id,
    title: id,
    permalink: `/docs/offres/${id}`,
    themes: [],
    kind: 'formation',
    organizer: 'Réseau fictif',
    audience: ['psychologues'],
    languages: ['fr'],
    basin: 'sud',
    format: 'presentiel',
    cost: {amount: 0},
    registration: 'https://example.org/inscription',
    sessions: [session('2027-01-10')],
    ...fields,
  };
}

const themes: CatalogueTheme[] = [
  {id: 'assuetudes', label: 'Assuétudes', broader: []},
  {id: 'double-diagnostic', label: 'Double diagnostic', broader: ['assuetudes']},
  {id: 'migration', label: 'Migration', broader: []},
];

const offers: OfferCard[] = [
  offer('dd-nord-nl', {kind: 'intervision', basin: 'nord', languages: ['fr', 'nl'], themes: [theme('double-diagnostic')], recurrence: 'Chaque mois', sessions: []}),
  offer('dd-nord-fr', {kind: 'intervision', basin: 'nord', languages: ['fr'], themes: [theme('double-diagnostic')]}),
  offer('assuetudes-payante', {kind: 'formation', basin: 'nord', cost: {amount: 90}, themes: [theme('assuetudes')], audience: ['médecins']}),
  offer('migration-passee', {kind: 'intervision', basin: 'nord', languages: ['nl'], themes: [theme('migration')], sessions: [session('2026-05-02')]}),
  offer('migration-sud', {kind: 'supervision', basin: 'sud', format: 'en-ligne', themes: [theme('migration')], sessions: [session('2026-11-01'), session('2027-03-01')]}),
];
const props: CatalogueProps = {offers, themes, buildDate: '2026-11-20T00:00:00.000Z', calendar: {url: 'https://example.org/offres.ics', webcal: 'webcal://example.org/offres.ics'}};
const domain = catalogueDomain(props);
const buildDate = Date.parse(props.buildDate);
const ids = (list: readonly OfferCard[]): string[] => list.map((item) => item.id).sort();
const state = (filters: Partial<CatalogueState['filters']>, archived = false): CatalogueState => ({filters: {...emptyFilters(), ...filters}, archived});

describe('the catalogue URL state', () => {
  it('reads the facets and the archive toggle from the query', () => {
    expect(parseCatalogueQuery('?kind=intervision&theme=double-diagnostic&basin=nord&lang=nl&cost=free&archived=1', domain)).toEqual(
      state({kind: ['intervision'], theme: ['double-diagnostic'], basin: ['nord'], lang: ['nl'], cost: ['free']}, true),
    );
  });

  it('drops values it does not know, and duplicates, without failing', () => {
    expect(parseCatalogueQuery('?kind=atelier&kind=intervision&kind=intervision&basin=&theme=inconnu&archived=oui&q=x', domain)).toEqual(
      state({kind: ['intervision']}),
    );
    expect(parseCatalogueQuery('?%E0%A4%A=broken&lang', domain)).toEqual(defaultCatalogueState);
  });

  it('writes one URL per view, values in the order of the domain, and reads it back', () => {
    const view = state({basin: ['sud', 'nord'], lang: ['nl'], audience: ['psychologues'], theme: ['migration', 'assuetudes']}, true);
    const query = serializeCatalogueQuery(view, domain);
    expect(query).toBe('?theme=assuetudes&theme=migration&basin=nord&basin=sud&lang=nl&audience=psychologues&archived=1');
    expect(parseCatalogueQuery(query, domain)).toEqual({...view, filters: {...view.filters, basin: ['nord', 'sud'], theme: ['assuetudes', 'migration']}});
    expect(serializeCatalogueQuery(defaultCatalogueState, domain)).toBe('');
  });

  it('toggles a value on and off', () => {
    const once = toggleValue(defaultCatalogueState, 'basin', 'nord');
    expect(once.filters.basin).toEqual(['nord']);
    expect(isDefaultState(once)).toBe(false);
    expect(isDefaultState(toggleValue(once, 'basin', 'nord'))).toBe(true);
  });
});

describe('matching offers', () => {
  it('hides archived offers unless asked, and keeps standing groups upcoming', () => {
    expect(ids(filterCatalogue(props, defaultCatalogueState, buildDate))).toEqual(['assuetudes-payante', 'dd-nord-fr', 'dd-nord-nl', 'migration-sud']);
    expect(ids(filterCatalogue(props, state({}, true), buildDate))).toEqual(ids(offers));
  });

  it('archives with the date it is given, not the build date', () => {
    const later = Date.parse('2027-02-01T00:00:00Z');
    expect(ids(filterCatalogue(props, defaultCatalogueState, later))).toEqual(['dd-nord-nl', 'migration-sud']);
    expect(catalogueView(indexCatalogue(props), defaultCatalogueState, later).archivedCount).toBe(3);
  });

  it('combines facets with AND and the values of one facet with OR', () => {
    expect(ids(filterCatalogue(props, state({basin: ['nord'], lang: ['nl']}), buildDate))).toEqual(['dd-nord-nl']);
    expect(ids(filterCatalogue(props, state({kind: ['supervision', 'formation']}), buildDate))).toEqual(['assuetudes-payante', 'migration-sud']);
    expect(ids(filterCatalogue(props, state({cost: ['paid'], basin: ['sud']}), buildDate))).toEqual([]);
    expect(ids(filterCatalogue(props, state({format: ['en-ligne']}), buildDate))).toEqual(['migration-sud']);
    expect(ids(filterCatalogue(props, state({audience: ['médecins']}), buildDate))).toEqual(['assuetudes-payante']);
  });

  it('matches a theme on the offers of its narrower themes too', () => {
    expect(ids(filterCatalogue(props, state({theme: ['assuetudes']}), buildDate))).toEqual(['assuetudes-payante', 'dd-nord-fr', 'dd-nord-nl']);
    expect(ids(filterCatalogue(props, state({theme: ['double-diagnostic']}), buildDate))).toEqual(['dd-nord-fr', 'dd-nord-nl']);
  });

  it('lists upcoming offers soonest first, standing groups after, archived ones last', () => {
    const listed = filterCatalogue(props, state({basin: ['nord']}, true), buildDate).map((item) => item.id);
    expect(listed.slice(-2)).toEqual(['dd-nord-nl', 'migration-passee']);
  });

  it('finds the free intervisions of a basin in a language', () => {
    expect(ids(filterCatalogue(props, freeIntervisionsState('nord', 'nl'), buildDate))).toEqual(['dd-nord-nl']);
    expect(ids(filterCatalogue(props, freeIntervisionsState('nord', 'fr'), buildDate))).toEqual(['dd-nord-fr', 'dd-nord-nl']);
  });
});

describe('facet counts', () => {
  const index = indexCatalogue(props);

  it('counts each value with the other facets applied, not its own', () => {
    const {counts} = catalogueView(index, state({basin: ['nord'], kind: ['intervision']}), buildDate);
    // Basins: the upcoming intervisions of any basin; the past one in nord is not counted.
    expect(counts.basin).toEqual({nord: 2});
    // Kinds: what nord offers, the selected kind included.
    expect(counts.kind).toEqual({intervision: 2, formation: 1});
    expect(counts.lang).toEqual({fr: 2, nl: 1});
    expect(counts.theme).toEqual({'double-diagnostic': 2, assuetudes: 2});
    expect(counts.cost).toEqual({free: 2});
  });

  it('counts archived offers once they are shown', () => {
    expect(catalogueView(index, state({basin: ['nord']}, true), buildDate).counts.lang).toEqual({fr: 3, nl: 2});
  });

  it('follows broader themes transitively and survives a cycle', () => {
    const ancestors = ancestorsOf([
      {id: 'a', label: 'a', broader: ['b']},
      {id: 'b', label: 'b', broader: ['c']},
      {id: 'c', label: 'c', broader: ['a']},
    ]);
    expect([...(ancestors.get('a') ?? [])].sort()).toEqual(['b', 'c']);
  });
});
