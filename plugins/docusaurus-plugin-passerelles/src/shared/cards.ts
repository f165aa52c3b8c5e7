/**
 * What the pages receive: plain, serialisable, already in the page's locale.
 * Shared by the route builders (Node) and the theme components (browser).
 */
import type {Basin, Format, ItemKind, OfferKind, OfferLanguage, ReviewStatus, StructureType} from './kinds';
import type {StructureAccess, StructureContact, StructureRef} from './structures/types';

export interface ThemeRef {
  id: string;
  label: string;
  permalink: string;
}

export interface ItemCardBase {
  id: string;
  title: string;
  permalink: string;
  summary?: string;
  themes: ThemeRef[];
}

export interface VignetteCard extends ItemCardBase {
  kind: 'vignette';
  publics: string[];
}

export interface OfferCard extends ItemCardBase {
  kind: OfferKind;
  organizer: string;
  audience: string[];
  languages: OfferLanguage[];
  basin: Basin;
  format: Format;
  cost: {amount: number; note?: string};
  registration: string;
  sessions: {start: string; end: string; location?: string}[];
  recurrence?: string;
  structure?: StructureRef;
}

export interface ConcertationCard extends ItemCardBase {
  kind: 'concertation';
  basin: Basin;
  date?: string;
  number?: number;
  participants?: number;
}

export interface StructureCard extends ItemCardBase {
  kind: 'structure';
  summary: string;
  type: StructureType;
  basins: Basin[];
  publics: string[];
  access: StructureAccess;
  languages: OfferLanguage[];
  cost: {amount: number; note?: string};
  contact: StructureContact;
}

export type ItemCard = VignetteCard | OfferCard | ConcertationCard | StructureCard;

/**
 * A card in a list that does not show its items' themes: a theme's hub, whose
 * items all carry its theme. Leaving them out of the page's data is a fifth of a busy hub.
 */
export type CardWithoutThemes<Card extends ItemCard = ItemCard> = Card extends unknown ? Omit<Card, 'themes'> : never;

export type KindCounts = Partial<Record<ItemKind, number>>;

export interface ThemeSummary extends ThemeRef {
  scopeNote: string;
  counts: KindCounts;
}

/** Where a calendar application subscribes to a .ics file: its https URL, and the same as webcal://. */
export interface CalendarLinks {
  url: string;
  webcal: string;
}

/** Props of the themes index page. */
export interface ThemesIndexProps {
  groups: {theme: ThemeSummary; children: ThemeSummary[]}[];
  /** The calendar of every offer. */
  calendar: CalendarLinks;
}

/** Props of a theme hub page. */
export interface ThemeHubProps {
  theme: ThemeSummary & {altLabels: string[]};
  themesIndexPermalink: string;
  broader: ThemeRef[];
  narrower: ThemeRef[];
  related: ThemeRef[];
  coOccurring: (ThemeRef & {count: number})[];
  vignettes: CardWithoutThemes<VignetteCard>[];
  offers: CardWithoutThemes<OfferCard>[];
  /** Oldest first, as on the timeline. */
  concertations: CardWithoutThemes<ConcertationCard>[];
  /** The concertations timeline filtered on this theme. */
  concertationsTimelinePermalink: string;
  /** The calendar of the offers of this theme and of its narrower themes. */
  calendar: CalendarLinks;
  structures: CardWithoutThemes<StructureCard>[];
  /** ISO date the build split upcoming from past offers with; the browser re-splits with its own clock. */
  buildDate: string;
}

/** Who wrote an item and who reviewed it, as its front matter says. */
export interface Authorship {
  authors: string[];
  organization?: string;
  status?: ReviewStatus;
  reviewers: string[];
}

/** What the page of an item adds to its document: the item itself, its themes, and what to read next. */
export interface ItemContext {
  item: ItemCard;
  authorship: Authorship;
  seeAlso: ItemCard[];
  /** The .ics file of an offer's dated sessions (site path); absent for other kinds and for an offer with only a recurrence. */
  calendar?: string;
  /** On a structure's page: the offers it organises. */
  offers?: OfferCard[];
  buildDate: string;
}
