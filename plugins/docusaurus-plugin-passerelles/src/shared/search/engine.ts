/**
 * The MiniSearch configuration: one place, so that the index the build
 * writes and the index the browser or the CLI loads agree on every option.
 * Documents arrive already stemmed (see Analyzer.stemText): the engines only
 * split them; queries are analysed at search time.
 *
 * Two engines: the head (titles, summaries, themes) answers as soon as it is
 * loaded; the body, several times larger, joins when it arrives.
 */
import MiniSearch, {type Options} from 'minisearch';

export interface HeadDocument {
  id: string;
  title: string;
  summary: string;
  /** Theme ids separated by spaces, matched whole. */
  themes: string;
}

export interface BodyDocument {
  id: string;
  body: string;
}

export const fieldBoosts = {title: 3, themes: 3, summary: 2, body: 1} as const;

const splitOnSpaces = (text: string): string[] => text.split(' ').filter((term) => term !== '');

function options<T>(fields: string[]): Options<T> {
  return {idField: 'id', fields, storeFields: [], tokenize: splitOnSpaces, processTerm: (term) => term};
}

const headOptions = options<HeadDocument>(['title', 'summary', 'themes']);
const bodyOptions = options<BodyDocument>(['body']);

export function createHeadEngine(): MiniSearch<HeadDocument> {
  return new MiniSearch(headOptions);
}

export function createBodyEngine(): MiniSearch<BodyDocument> {
  return new MiniSearch(bodyOptions);
}

type Serialised = Parameters<typeof MiniSearch.loadJS>[0];

export function loadHeadEngine(serialised: unknown): MiniSearch<HeadDocument> {
  return MiniSearch.loadJS(serialised as Serialised, headOptions);
}

export function loadBodyEngine(serialised: unknown): MiniSearch<BodyDocument> {
  return MiniSearch.loadJS(serialised as Serialised, bodyOptions);
}

/** The terms of a serialised MiniSearch index (its `index` is a list of [term, postings]). */
export function vocabularyOf(serialised: unknown): string[] {
  const entries = (serialised as {index?: unknown}).index;
  return Array.isArray(entries) ? entries.map((entry: unknown) => (Array.isArray(entry) ? String(entry[0]) : '')) : [];
}
