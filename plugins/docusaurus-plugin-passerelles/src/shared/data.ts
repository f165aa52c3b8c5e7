/**
 * The figures of the /donnees page and of the files published with it, in the
 * locale being built. Shared by the build (Node) and the page (browser).
 */
import type {ThemeRef} from './cards';
import type {Basin, ItemKind} from './kinds';

/** A value of a closed vocabulary with its label in the locale being built. */
export interface Labelled<T extends string> {
  id: T;
  label: string;
}

/** How many items of each kind carry a theme (directly, as on its hub). */
export interface ThemeKindsRow {
  theme: ThemeRef;
  counts: Record<ItemKind, number>;
  total: number;
}

export interface BasinOffersRow {
  basin: Labelled<Basin>;
  offers: number;
  /** Offers still upcoming at the build date. */
  upcoming: number;
}

/** The offers with at least one session starting in a month ("YYYY-MM", in the network's time zone). */
export interface MonthOffersRow {
  month: string;
  label: string;
  offers: number;
}

/** How many concertations of each basin raised a theme. */
export interface ConcertationThemeRow {
  theme: ThemeRef;
  basins: Record<Basin, number>;
  total: number;
}

export type GapMissing = 'upcoming-offer' | 'vignette';

/** A theme raised in concertation that the knowledge base does not answer yet. */
export interface GapRow {
  theme: ThemeRef;
  /** Concertations that raised it. */
  raised: number;
  basins: Labelled<Basin>[];
  /** Upcoming offers carrying it or one of its narrower themes. */
  upcomingOffers: number;
  /** Vignettes carrying it or one of its narrower themes. */
  vignettes: number;
  missing: GapMissing[];
}

export interface DataTables {
  /** ISO date-time the figures were computed at: "upcoming" means not ended by then. */
  buildDate: string;
  locale: string;
  kinds: Labelled<ItemKind>[];
  basins: Labelled<Basin>[];
  themesByKind: ThemeKindsRow[];
  offersByBasin: BasinOffersRow[];
  /** Every month from the first session to the last, months without a session included. */
  offersByMonth: MonthOffersRow[];
  /** Standing groups: offers with a recurrence and no dated session, which belong to no month. */
  standingOffers: number;
  concertationThemesByBasin: ConcertationThemeRow[];
  gaps: GapRow[];
}

/** The names of the published tables: `/passerelles/data/<name>.csv`. */
export const dataTableNames = ['themes-by-kind', 'offers-by-basin', 'offers-by-month', 'concertation-themes-by-basin', 'gaps'] as const;
export type DataTableName = (typeof dataTableNames)[number];

/** What the /donnees page receives: the tables and where their files are published. */
export interface DataPageProps {
  tables: DataTables;
  files: {json: string; csv: Record<DataTableName, string>};
}
