/**
 * The MiniSearch configuration: one place, so that the index the build
 * writes and the index the browser or the CLI loads agree on every option.
 * Documents arrive already stemmed (see Analyzer.stemText): the engines only
 * split them; queries are analysed at search time.
 *
 * Two engines: a small one of the items' theme ids, loaded with the
 * documents; and the text (titles, summaries, bodies), cut into shards by the
 * first two letters of its terms, so that a query waits only for the shards
 * of its own words and never for the whole index.
 */
import MiniSearch, {type AsPlainObject, type Options} from 'minisearch';

export interface ThemesDocument {
  id: string;
  /** Theme ids separated by spaces, matched whole. */
  themes: string;
}

export interface TextDocument {
  id: string;
  title: string;
  summary: string;
  body: string;
}

export const fieldBoosts = {title: 3, themes: 3, summary: 2, body: 1} as const;

export const splitOnSpaces = (text: string): string[] => text.split(' ').filter((term) => term !== '');

function options<T>(fields: string[]): Options<T> {
  return {idField: 'id', fields, storeFields: [], tokenize: splitOnSpaces, processTerm: (term) => term};
}

const themesOptions = options<ThemesDocument>(['themes']);
const textOptions = options<TextDocument>(['title', 'summary', 'body']);

export function createThemesEngine(): MiniSearch<ThemesDocument> {
  return new MiniSearch(themesOptions);
}

export function createTextEngine(): MiniSearch<TextDocument> {
  return new MiniSearch(textOptions);
}

export function loadThemesEngine(serialised: unknown): MiniSearch<ThemesDocument> {
  return MiniSearch.loadJS(serialised as AsPlainObject, themesOptions);
}

/** How the text index is cut: which shard holds the terms of each key, and what the shards share. */
export interface TextLayout {
  shardCount: number;
  /** A term whose key is absent here is in no shard: no document contains it. */
  shardOfKey: Record<string, number>;
  /** The serialised text engine without its terms and document ids: field lengths and counts, shared by every shard. */
  base: Omit<AsPlainObject, 'index' | 'documentIds'>;
  /** Terms found in at least half of the documents, in a corpus large enough for the share to mean something. */
  commonTerms: string[];
}

/** One shard of the text index: the terms of some keys, with their postings. */
export interface TextShardData {
  shard: number;
  index: AsPlainObject['index'];
}

/**
 * Some fifty thousand postings load in about 30 ms on a modest machine
 * (bench/RESULTS.md): a query of a few words waits for a few of them.
 */
const postingsPerShard = 50_000;
const maxShards = 48;

const commonTermShare = 0.2;
const corpusStatisticsFrom = 200;

/** A term's shard key: its first two letters. The word being typed has them as soon as it is long enough to be a prefix. */
function keyOf(term: string): string {
  return term.slice(0, 2);
}

export function shardOfTerm(layout: TextLayout, term: string): number | undefined {
  return layout.shardOfKey[keyOf(term)];
}

/** Cuts a serialised text engine into shards of about the same number of postings, whole keys each. */
export function splitTextEngine(serialised: AsPlainObject): {layout: TextLayout; shards: TextShardData[]} {
  const {index, documentIds: _sharedWithThemes, ...base} = serialised;
  const postingsOfKey = new Map<string, number>();
  const commonTerms: string[] = [];
  for (const [term, fields] of index) {
    const documentsOfFields = Object.values(fields).map((documents) => Object.keys(documents));
    postingsOfKey.set(keyOf(term), (postingsOfKey.get(keyOf(term)) ?? 0) + documentsOfFields.reduce((sum, documents) => sum + documents.length, 0));
    if (base.documentCount >= corpusStatisticsFrom && new Set(documentsOfFields.flat()).size >= base.documentCount * commonTermShare) commonTerms.push(term);
  }
  const total = [...postingsOfKey.values()].reduce((sum, postings) => sum + postings, 0);
  const shardCount = Math.max(1, Math.min(maxShards, Math.ceil(total / postingsPerShard)));
  // Largest keys first, each to the lightest shard so far.
  const load = new Array<number>(shardCount).fill(0);
  const shardOfKey: Record<string, number> = {};
  for (const [key, postings] of [...postingsOfKey].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const lightest = load.indexOf(Math.min(...load));
    shardOfKey[key] = lightest;
    load[lightest] = (load[lightest] ?? 0) + postings;
  }
  const shards = load.map((_, shard): TextShardData => ({shard, index: []}));
  for (const entry of index) shards[shardOfKey[keyOf(entry[0])] ?? 0]?.index.push(entry);
  return {layout: {shardCount, shardOfKey, base, commonTerms}, shards};
}

/**
 * One shard as an engine of its own. Both engines index the same documents
 * in the same order, so the text takes the themes engine's document ids.
 */
export function loadTextShard(layout: TextLayout, themesSerialised: unknown, shard: TextShardData): MiniSearch<TextDocument> {
  const {documentIds} = themesSerialised as AsPlainObject;
  return MiniSearch.loadJS({...layout.base, documentIds, index: shard.index}, textOptions);
}
