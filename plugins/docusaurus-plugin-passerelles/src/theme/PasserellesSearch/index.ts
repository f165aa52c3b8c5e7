/**
 * Loads the search engine and the index of the page's locale on first use,
 * never before: neither is part of any page's bundle.
 */
import {useCallback, useEffect, useState} from 'react';
import type {Searcher} from '../../shared/search/searcher';
import {usePasserellesData} from '../PasserellesClock';

let loading: Promise<Searcher> | undefined;

export function loadSearcher(): Promise<Searcher> {
  loading ??= Promise.all([
    import('../../shared/search/searcher.js'),
    import('@generated/docusaurus-plugin-passerelles/default/search-index.json'),
  ]).then(([engine, index]) => engine.createSearcher(index.default));
  return loading;
}

export type SearcherState = {status: 'idle' | 'loading'} | {status: 'ready'; searcher: Searcher} | {status: 'failed'};

/** The searcher, once `load()` has been called (on focus) or at once when `eager`. */
export function useSearcher(eager = false): {state: SearcherState; load: () => void} {
  const [state, setState] = useState<SearcherState>({status: 'idle'});
  const load = useCallback(() => {
    setState((current) => (current.status === 'idle' ? {status: 'loading'} : current));
    loadSearcher().then(
      (searcher) => setState({status: 'ready', searcher}),
      () => setState({status: 'failed'}),
    );
  }, []);
  useEffect(() => {
    if (eager) load();
  }, [eager, load]);
  return {state, load};
}

export function useSearchPath(): string {
  return usePasserellesData().searchPath;
}

/** `/recherche?q=…&kind=…` for a query and its filters. */
export function searchPageUrl(searchPath: string, parameters: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) if (value !== undefined && value !== '') query.set(key, value);
  const text = query.toString();
  return text === '' ? searchPath : `${searchPath}?${text}`;
}
