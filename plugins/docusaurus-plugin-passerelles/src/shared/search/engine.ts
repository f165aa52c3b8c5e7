/**
 * The MiniSearch configuration: one function, so that the index the build
 * writes and the index the browser or the CLI loads agree on every option.
 */
import MiniSearch, {type Options} from 'minisearch';
import type {Analyzer} from './analyze';
import {tokenize} from './analyze';

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

export function engineOptions(analyzer: Analyzer): Options<EngineDocument> {
  return {
    idField: 'id',
    fields: [...searchableFields],
    storeFields: [],
    tokenize: (text, fieldName) => (fieldName === 'themes' ? text.split(' ') : tokenize(text)),
    processTerm: (term, fieldName) => (fieldName === 'themes' ? term : analyzer.stems(term)),
  };
}

export function createEngine(analyzer: Analyzer): MiniSearch<EngineDocument> {
  return new MiniSearch(engineOptions(analyzer));
}

export function loadEngine(serialised: unknown, analyzer: Analyzer): MiniSearch<EngineDocument> {
  return MiniSearch.loadJS(serialised as Parameters<typeof MiniSearch.loadJS>[0], engineOptions(analyzer));
}
