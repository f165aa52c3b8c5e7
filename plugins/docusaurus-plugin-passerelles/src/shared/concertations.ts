/**
 * The concertations timeline: its props, the order of partial dates, and the
 * filters a reader sets (kept in the URL query by basin-theme-query.ts).
 * Shared by the route builder and the page: no Node imports.
 */
import type {BasinThemeFilters} from './basin-theme-query';
import type {ConcertationCard, ThemeRef} from './cards';
import {basins, type Basin} from './kinds';

export interface ConcertationsTimelineProps {
  /** Published concertations, oldest first. */
  concertations: ConcertationCard[];
  /** The basins that have a concertation, in the order of the basins' list: the lanes and the basin filter. */
  basins: Basin[];
  /** The themes raised by at least one concertation, by label: the theme filter. */
  themes: ThemeRef[];
}

/**
 * A date written "2025" or "2025-05" stands for a period: it is placed at the
 * end of that period, after the meetings dated within it. Undated ones come last.
 */
export function dateSortKey(date: string | undefined): string {
  if (date === undefined) return '9999-99-99';
  const [year, month = '99', day = '99'] = date.split('-');
  return `${year}-${month}-${day}`;
}

export function compareConcertations(a: ConcertationCard, b: ConcertationCard): number {
  return (
    dateSortKey(a.date).localeCompare(dateSortKey(b.date)) ||
    basins.indexOf(a.basin) - basins.indexOf(b.basin) ||
    (a.number ?? 0) - (b.number ?? 0) ||
    a.title.localeCompare(b.title, 'fr')
  );
}

export function filterConcertations(concertations: readonly ConcertationCard[], filters: BasinThemeFilters): ConcertationCard[] {
  return concertations.filter(
    (concertation) =>
      (filters.basin === undefined || concertation.basin === filters.basin) &&
      (filters.theme === undefined || concertation.themes.some((theme) => theme.id === filters.theme)),
  );
}

/** "15 mai 2025", "mai 2025" or "2025", in the reader's language. */
export function formatPartialDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined) return date;
  const moment = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === undefined ? {month: 'long', year: 'numeric', timeZone: 'UTC'} : {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'};
  return new Intl.DateTimeFormat(locale, options).format(moment);
}
