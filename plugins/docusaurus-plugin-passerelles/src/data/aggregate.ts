/**
 * The figures the network asked for, from the knowledge base at a given date:
 * pure (items, taxonomy, date and labels in; tables out), tested without a build.
 */
import {buildGraph} from '../graph/graph';
import {isOffer, type ConcertationItem, type Item, type OfferItem} from '../model/items';
import type {ThemeRef} from '../shared/cards';
import type {
  BasinOffersRow,
  ConcertationThemeRow,
  DataTables,
  GapMissing,
  GapRow,
  Labelled,
  MonthOffersRow,
  ThemeKindsRow,
} from '../shared/data';
import {basins, itemKinds, type Basin, type ItemKind} from '../shared/kinds';
import {isUpcoming} from '../shared/schedule';
import {themeAndNarrower, type Taxonomy, type Theme} from '../shared/taxonomy';

export interface AggregationInput {
  items: readonly Item[];
  taxonomy: Taxonomy;
  /** The date "upcoming" is decided at. */
  now: Date;
  /** The zone a session's start month is read in. */
  timeZone: string;
  locale: string;
  themeRef(theme: Theme): ThemeRef;
  kindLabel(kind: ItemKind): string;
  basinLabel(basin: Basin): string;
}

export function aggregate(input: AggregationInput): DataTables {
  const {items, taxonomy, now, locale} = input;
  const graph = buildGraph(items);
  const byLabel = (a: {theme: ThemeRef}, b: {theme: ThemeRef}): number => a.theme.label.localeCompare(b.theme.label, locale);
  const basin = (id: Basin): Labelled<Basin> => ({id, label: input.basinLabel(id)});
  const offers = items.filter(isOffer);
  const concertations = items.filter((item): item is ConcertationItem => item.kind === 'concertation');

  const themesByKind: ThemeKindsRow[] = taxonomy.themes
    .map((theme) => {
      const counts = zeroes(itemKinds);
      for (const item of graph.itemsByTheme.get(theme.id) ?? []) counts[item.kind] += 1;
      return {theme: input.themeRef(theme), counts, total: sum(Object.values(counts))};
    })
    .sort((a, b) => b.total - a.total || byLabel(a, b));

  const offersByBasin: BasinOffersRow[] = basins.map((id) => {
    const inBasin = offers.filter((offer) => offer.basin === id);
    return {basin: basin(id), offers: inBasin.length, upcoming: inBasin.filter((offer) => isUpcoming(offer, now.getTime())).length};
  });

  const concertationThemesByBasin: ConcertationThemeRow[] = taxonomy.themes
    .map((theme) => {
      const counts = zeroes(basins);
      for (const concertation of concertations) if (concertation.themes.includes(theme.id)) counts[concertation.basin] += 1;
      return {theme: input.themeRef(theme), basins: counts, total: sum(Object.values(counts))};
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || byLabel(a, b));

  const gaps = taxonomy.themes
    .flatMap((theme): GapRow[] => {
      const raisedBy = concertations.filter((concertation) => concertation.themes.includes(theme.id));
      if (raisedBy.length === 0) return [];
      const covering = itemsCovering(theme.id, taxonomy, graph.itemsByTheme);
      const upcomingOffers = covering.filter((item) => isOffer(item) && isUpcoming(item, now.getTime())).length;
      const vignettes = covering.filter((item) => item.kind === 'vignette').length;
      const missing: GapMissing[] = [...(upcomingOffers === 0 ? ['upcoming-offer' as const] : []), ...(vignettes === 0 ? ['vignette' as const] : [])];
      if (missing.length === 0) return [];
      const raisedIn = new Set(raisedBy.map((concertation) => concertation.basin));
      return [{theme: input.themeRef(theme), raised: raisedBy.length, basins: basins.filter((id) => raisedIn.has(id)).map(basin), upcomingOffers, vignettes, missing}];
    })
    .sort((a, b) => b.raised - a.raised || byLabel(a, b));

  return {
    buildDate: now.toISOString(),
    locale,
    kinds: itemKinds.map((id) => ({id, label: input.kindLabel(id)})),
    basins: basins.map(basin),
    themesByKind,
    offersByBasin,
    offersByMonth: offersByMonth(offers, input.timeZone, locale),
    standingOffers: offers.filter((offer) => offer.sessions.length === 0 && offer.recurrence !== undefined).length,
    concertationThemesByBasin,
    gaps,
  };
}

/**
 * A dated offer counts once in each month one of its sessions starts in; an
 * offer with a recurrence and no session belongs to no month (see standingOffers).
 */
export function offersByMonth(offers: readonly OfferItem[], timeZone: string, locale: string): MonthOffersRow[] {
  const counts = new Map<string, number>();
  for (const offer of offers) {
    for (const month of new Set(offer.sessions.map((session) => monthOf(session.start, timeZone)))) {
      counts.set(month, (counts.get(month) ?? 0) + 1);
    }
  }
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return [];
  const labelFormat = new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone: 'UTC'});
  return monthsBetween(first, last).map((month) => ({
    month,
    label: labelFormat.format(new Date(`${month}-01T00:00:00Z`)),
    offers: counts.get(month) ?? 0,
  }));
}

/** One formatter per zone: making one per session was most of the time of these figures. */
const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "YYYY-MM" of an instant in a time zone: a session at 23:30 UTC on 31 March is an April session in Brussels. */
export function monthOf(iso: string, timeZone: string): string {
  let format = monthFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en', {timeZone, year: 'numeric', month: '2-digit'});
    monthFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(iso));
  const part = (type: 'year' | 'month'): string => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** The items carrying a theme or any theme below it: an offer on a narrower theme answers the broader need, not the reverse. */
export function itemsCovering(themeId: string, taxonomy: Taxonomy, itemsByTheme: ReadonlyMap<string, readonly Item[]>): Item[] {
  const covering = new Set<Item>();
  for (const id of themeAndNarrower(taxonomy, themeId)) for (const item of itemsByTheme.get(id) ?? []) covering.add(item);
  return [...covering];
}

function zeroes<T extends string>(keys: readonly T[]): Record<T, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<T, number>;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
