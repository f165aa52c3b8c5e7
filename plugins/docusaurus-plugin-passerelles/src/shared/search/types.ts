/** The search index as it travels from the build to the browser and the CLI. */
import type {Basin, Format, ItemKind, OfferLanguage} from '../kinds';
import type {TextLayout, TextShardData} from './engine';

export interface SearchTheme {
  id: string;
  label: string;
  scopeNote: string;
  permalink: string;
  /** Every label and synonym, all languages: what a query is matched against. */
  labels: string[];
}

/** What a result shows and what facets count; the text itself stays in the engine's index. */
export interface SearchDocument {
  id: string;
  kind: ItemKind;
  title: string;
  permalink: string;
  summary: string;
  themes: string[];
  basin?: Basin;
  languages?: OfferLanguage[];
  format?: Format;
  free?: boolean;
  /** Offers: end of the last session (epoch ms), and whether a standing group meets. */
  lastSessionEnd?: number;
  recurrent?: boolean;
}

export interface SearchIndexData {
  version: 1;
  locale: string;
  stopwords: string[];
  themes: SearchTheme[];
  documents: SearchDocument[];
  /** The serialised engine of the documents' theme ids (MiniSearch JSON). */
  themesEngine: unknown;
  textLayout: TextLayout;
  /** Every shard of the text index: in the complete file the CLI reads; the browser fetches them as queries need them. */
  textShards?: TextShardData[];
}

export const facetNames = ['kind', 'theme', 'basin', 'language', 'format', 'cost', 'upcoming'] as const;
export type FacetName = (typeof facetNames)[number];

export type Filters = Partial<Record<FacetName, string>>;

export interface SearchRequest {
  query: string;
  filters?: Filters;
  limit?: number;
  /** Epoch ms deciding "upcoming"; the browser passes the reader's clock. */
  now: number;
}

export interface ThemeHit {
  id: string;
  label: string;
  scopeNote: string;
  permalink: string;
  score: number;
  /** True when the query is a label that several themes share: the reader must choose. */
  ambiguous: boolean;
}

/** A result: what it shows of its document, and its score. */
export type ResultHit = Pick<SearchDocument, 'id' | 'kind' | 'title' | 'permalink' | 'summary' | 'themes'> & {score: number};

export interface SearchResponse {
  themes: ThemeHit[];
  results: ResultHit[];
  total: number;
  facets: Record<FacetName, Record<string, number>>;
}
