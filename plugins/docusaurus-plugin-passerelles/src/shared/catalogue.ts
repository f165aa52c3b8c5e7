/**
 * The offers catalogue: its props, the filter state it keeps in the URL query,
 * which offers match, and the counts of each facet value. Shared by the route
 * builder, the page and the tests: no Node imports. Time is always passed in.
 */
import type {CalendarLinks} from './cards';
import type {OfferCard} from './cards';
import {basins, formats, offerKinds, offerLanguages} from './kinds';
import {isUpcoming, splitByDate} from './schedule';
import {searchOf} from './url-query';

/** A theme the catalogue can filter on, with its broader themes so that it also matches their narrower ones. */
export interface CatalogueTheme {
  id: string;
  label: string;
  broader: string[];
}

/** Props of the catalogue page. */
export interface CatalogueProps {
  offers: OfferCard[];
  /** The themes of the offers and their broader themes, sorted by label. */
  themes: CatalogueTheme[];
  /** ISO date the static page splits upcoming from archived offers with; the browser re-splits with its own clock. */
  buildDate: string;
  /** The calendar of every offer (`/offres.ics`). */
  calendar: CalendarLinks;
}

/** The facets, in the order the page shows them; each name is its URL parameter. */
export const catalogueFacets = ['kind', 'theme', 'basin', 'lang', 'format', 'cost', 'audience'] as const;
export type CatalogueFacet = (typeof catalogueFacets)[number];

export const costValues = ['free', 'paid'] as const;

export type CatalogueFilters = Record<CatalogueFacet, string[]>;

export interface CatalogueState {
  filters: CatalogueFilters;
  /** Show the offers whose sessions are all past; upcoming only when false. */
  archived: boolean;
}

/** The values each facet may take, in the order the page lists them. */
export type CatalogueDomain = Record<CatalogueFacet, readonly string[]>;

export const archivedParameter = 'archived';

export function emptyFilters(): CatalogueFilters {
  return {kind: [], theme: [], basin: [], lang: [], format: [], cost: [], audience: []};
}

export const defaultCatalogueState: CatalogueState = {filters: emptyFilters(), archived: false};

export function catalogueDomain(props: Pick<CatalogueProps, 'offers' | 'themes'>): CatalogueDomain {
  const audiences = [...new Set(props.offers.flatMap((offer) => offer.audience))].sort((a, b) => a.localeCompare(b, 'fr'));
  return {
    kind: offerKinds,
    theme: props.themes.map((theme) => theme.id),
    basin: basins,
    lang: offerLanguages,
    format: formats,
    cost: costValues,
    audience: audiences,
  };
}

/** Reads the state from a query string; values the domain does not know are dropped, duplicates kept once. */
export function parseCatalogueQuery(search: string, domain: CatalogueDomain): CatalogueState {
  const parameters = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const facet of catalogueFacets) {
    const asked = new Set(parameters.getAll(facet));
    filters[facet] = domain[facet].filter((value) => asked.has(value));
  }
  return {filters, archived: parameters.get(archivedParameter) === '1'};
}

/** The query string of a state ("" when nothing is selected), values in the order of the domain so that a view has one URL. */
export function serializeCatalogueQuery(state: CatalogueState, domain: CatalogueDomain): string {
  const parameters = new URLSearchParams();
  for (const facet of catalogueFacets) {
    for (const value of domain[facet]) if (state.filters[facet].includes(value)) parameters.append(facet, value);
  }
  if (state.archived) parameters.set(archivedParameter, '1');
  return searchOf(parameters);
}

export function toggleValue(state: CatalogueState, facet: CatalogueFacet, value: string): CatalogueState {
  const selected = state.filters[facet];
  const next = selected.includes(value) ? selected.filter((other) => other !== value) : [...selected, value];
  return {...state, filters: {...state.filters, [facet]: next}};
}

export function isDefaultState(state: CatalogueState): boolean {
  return !state.archived && catalogueFacets.every((facet) => state.filters[facet].length === 0);
}

/** Every broader theme of each theme, transitively (a cycle in the taxonomy stops the walk). */
export function ancestorsOf(themes: readonly CatalogueTheme[]): Map<string, Set<string>> {
  const broaderById = new Map(themes.map((theme) => [theme.id, theme.broader]));
  const ancestors = new Map<string, Set<string>>();
  for (const theme of themes) {
    const found = new Set<string>();
    const pending = [...theme.broader];
    while (pending.length > 0) {
      const id = pending.pop() as string;
      if (found.has(id) || id === theme.id) continue;
      found.add(id);
      pending.push(...(broaderById.get(id) ?? []));
    }
    ancestors.set(theme.id, found);
  }
  return ancestors;
}

/** The values an offer has for each facet; its themes include their broader themes. */
export function facetValuesOf(offer: OfferCard, ancestors: ReadonlyMap<string, ReadonlySet<string>>): CatalogueFilters {
  const themes = new Set<string>();
  for (const {id} of offer.themes) {
    themes.add(id);
    for (const ancestor of ancestors.get(id) ?? []) themes.add(ancestor);
  }
  return {
    kind: [offer.kind],
    theme: [...themes],
    basin: [offer.basin],
    lang: [...offer.languages],
    format: [offer.format],
    cost: [offer.cost.amount === 0 ? 'free' : 'paid'],
    audience: [...offer.audience],
  };
}

/** The catalogue's offers, ready to filter: each with its facet values computed once. */
export interface CatalogueIndex {
  entries: {offer: OfferCard; values: CatalogueFilters}[];
}

export function indexCatalogue(props: Pick<CatalogueProps, 'offers' | 'themes'>): CatalogueIndex {
  const ancestors = ancestorsOf(props.themes);
  return {entries: props.offers.map((offer) => ({offer, values: facetValuesOf(offer, ancestors)}))};
}

/** AND across facets, OR within one; `ignored` leaves one facet out (for its own counts). */
function matchesFilters(values: CatalogueFilters, filters: CatalogueFilters, ignored?: CatalogueFacet): boolean {
  return catalogueFacets.every(
    (facet) => facet === ignored || filters[facet].length === 0 || filters[facet].some((value) => values[facet].includes(value)),
  );
}

function isShown(offer: OfferCard, archived: boolean, now: number): boolean {
  return archived || isUpcoming(offer, now);
}

export interface CatalogueView {
  /** Upcoming offers soonest first, then archived ones (when shown), most recent first. */
  offers: OfferCard[];
  /** Per facet and value: how many offers the view would show with that value selected too. */
  counts: Record<CatalogueFacet, Record<string, number>>;
  /** How many archived offers match the filters (shown or not). */
  archivedCount: number;
}

export function catalogueView(index: CatalogueIndex, state: CatalogueState, now: number): CatalogueView {
  const {filters, archived} = state;
  const counts = Object.fromEntries(catalogueFacets.map((facet) => [facet, {} as Record<string, number>])) as CatalogueView['counts'];
  const shown: OfferCard[] = [];
  let archivedCount = 0;
  for (const {offer, values} of index.entries) {
    const visible = isShown(offer, archived, now);
    if (matchesFilters(values, filters)) {
      if (visible) shown.push(offer);
      if (!isUpcoming(offer, now)) archivedCount += 1;
    }
    if (!visible) continue;
    for (const facet of catalogueFacets) {
      if (!matchesFilters(values, filters, facet)) continue;
      const facetCounts = counts[facet];
      for (const value of new Set(values[facet])) facetCounts[value] = (facetCounts[value] ?? 0) + 1;
    }
  }
  const {upcoming, past} = splitByDate(shown, now);
  return {offers: [...upcoming, ...past], counts, archivedCount};
}

/** The offers a state shows at a date, in the order the page lists them. */
export function filterCatalogue(props: Pick<CatalogueProps, 'offers' | 'themes'>, state: CatalogueState, now: number): OfferCard[] {
  return catalogueView(indexCatalogue(props), state, now).offers;
}

/**
 * The shortcut the catalogue offers for its most asked-for view: the upcoming
 * free intervisions of one basin in one language, one click from the page.
 */
export function freeIntervisionsState(basin: string, language: string): CatalogueState {
  return {filters: {...emptyFilters(), kind: ['intervision'], basin: [basin], lang: [language], cost: ['free']}, archived: false};
}
