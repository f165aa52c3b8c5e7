/**
 * The MiniSearch configuration: one function, so that the index the build
 * writes and the index the browser or the CLI loads agree on every option.
 * Documents arrive already stemmed (see Analyzer.stemText): the engine only
 * splits them; queries are analysed at search time.
 */
import MiniSearch, {type Options} from 'minisearch';

/** What the engine indexes for each document; only `id` is returned, the rest is in SearchDocument. */
export interface EngineDocument {
  id: string;
  title: string;
  summary: string;
  body: string;
  /** Theme ids separated by spaces, matched whole. */
  themes: string;
}

export const searchableFields = ['title', 'summary', 'body', 'themes'] as const;

export const fieldBoosts: Record<(typeof searchableFields)[number], number> = {title: 3, themes: 3, summary: 2, body: 1};

const splitOnSpaces = (text: string): string[] => text.split(' ').filter((term) => term !== '');

export const engineOptions: Options<EngineDocument> = {
  idField: 'id',
  fields: [...searchableFields],
  storeFields: [],
  tokenize: splitOnSpaces,
  processTerm: (term) => term,
};

export function createEngine(): MiniSearch<EngineDocument> {
  return new MiniSearch(engineOptions);
}

export function loadEngine(serialised: unknown): MiniSearch<EngineDocument> {
  return MiniSearch.loadJS(serialised as Parameters<typeof MiniSearch.loadJS>[0], engineOptions);
}
