import type {Basin, Format, OfferKind, OfferLanguage, ReviewStatus, StructureType} from '../shared/kinds';
import type {StructureAccess, StructureContact, StructureRef} from '../shared/structures/types';
import type {Cost, Session} from './schemas';

/** A document of the site as the pipeline reads it: the same whether it comes from the docs plugin or from disk. */
export interface SourceDocument {
  /** Path relative to the site directory, with forward slashes: what problems name. */
  file: string;
  text: string;
  id: string;
  permalink: string;
  /** The title the docs plugin computed, when the document comes from it. */
  title?: string;
  /** Why the file gave no text (its `text` is then empty): said as a problem of the file, never parsed. */
  unreadable?: UnreadableFile;
}

export type UnreadableFile =
  | {rule: 'file-too-large'; size: number; limit: number}
  | {rule: 'file-binary'}
  | {rule: 'file-encoding'; line: number}
  | {rule: 'file-empty'}
  | {rule: 'file-unreadable'; detail: string};

interface ItemBase {
  id: string;
  file: string;
  permalink: string;
  title: string;
  summary?: string;
  /** Theme ids, resolved from ids or labels. */
  themes: string[];
  /** The markdown body, for the search index. */
  text: string;
  authors?: string[];
  organization?: string;
  /** Absent: published without a review step. */
  status?: ReviewStatus;
  reviewers?: string[];
}

export interface VignetteItem extends ItemBase {
  kind: 'vignette';
  summary: string;
  publics: string[];
}

export interface OfferItem extends ItemBase {
  kind: OfferKind;
  summary: string;
  organizer: string;
  audience: string[];
  languages: OfferLanguage[];
  basin: Basin;
  format: Format;
  cost: Cost;
  registration: string;
  /** Date-times as ISO strings with their offset. */
  sessions: Session[];
  recurrence?: string;
  /** The structure that organises it, resolved from the `structure` id of its front matter. */
  structure?: StructureRef;
}

export interface ConcertationItem extends ItemBase {
  kind: 'concertation';
  basin: Basin;
  /** "2025", "2025-05" or "2025-05-15". */
  date?: string;
  number?: number;
  participants?: number;
}

/** A service of the network: what it is, where, for whom, and how to reach it. */
export interface StructureItem extends ItemBase {
  kind: 'structure';
  type: StructureType;
  summary: string;
  basins: Basin[];
  publics: string[];
  access: StructureAccess;
  languages: OfferLanguage[];
  cost: Cost;
  contact: StructureContact;
}

export type Item = VignetteItem | OfferItem | ConcertationItem | StructureItem;

export function isOffer(item: Item): item is OfferItem {
  return item.kind !== 'vignette' && item.kind !== 'concertation' && item.kind !== 'structure';
}

export function isStructure(item: Item): item is StructureItem {
  return item.kind === 'structure';
}
