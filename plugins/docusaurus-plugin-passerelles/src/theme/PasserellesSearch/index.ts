/**
 * Loads the search backend of the page's locale on first use, never before:
 * the local engine and index, or the Algolia client and the themes. None of
 * them is part of any page's bundle.
 */
import {useCallback, useEffect, useState} from 'react';
import type {SearchBackend} from '../../shared/search/backend';
import type {PasserellesGlobalData} from '../../shared/global-data';
import type {SearchRequest, SearchResponse} from '../../shared/search/types';
import {usePasserellesData} from '../PasserellesClock';

let loading: Promise<SearchBackend> | undefined;

async function loadLocalBackend(): Promise<SearchBackend> {
  const [engine, index] = await Promise.all([
    import('../../shared/search/searcher.js'),
    import('@generated/docusaurus-plugin-passerelles/default/search-index.json'),
  ]);
  const searcher = engine.createSearcher(index.default);
  return {themes: searcher.themes, search: (request) => Promise.resolve(searcher.search(request))};
}

async function loadAlgoliaBackend(config: NonNullable<PasserellesGlobalData['algolia']>): Promise<SearchBackend> {
  const [{liteClient}, backend, themes] = await Promise.all([
    import('algoliasearch/lite'),
    import('../../shared/search/algolia-backend.js'),
    import('@generated/docusaurus-plugin-passerelles/default/search-themes.json'),
  ]);
  return backend.createAlgoliaBackend(liteClient(config.appId, config.searchApiKey), config, themes.default);
}

export function loadSearchBackend(data: PasserellesGlobalData): Promise<SearchBackend> {
  loading ??= data.algolia === undefined ? loadLocalBackend() : loadAlgoliaBackend(data.algolia);
  // A failed load (offline, say) may be retried on the next focus.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export type SearcherState = {status: 'idle' | 'loading' | 'failed'} | {status: 'ready'; backend: SearchBackend};

/** The backend, once `load()` has been called (on focus) or at once when `eager`. */
export function useSearcher(eager = false): {state: SearcherState; load: () => void} {
  const data = usePasserellesData();
  const [state, setState] = useState<SearcherState>({status: 'idle'});
  const load = useCallback(() => {
    setState((current) => (current.status === 'ready' ? current : {status: 'loading'}));
    loadSearchBackend(data).then(
      (backend) => setState({status: 'ready', backend}),
      () => setState({status: 'failed'}),
    );
  }, [data]);
  useEffect(() => {
    if (eager) load();
  }, [eager, load]);
  return {state, load};
}

/** The response to a request, kept in step with it: an answer to an older request is dropped. */
export function useSearchResponse(state: SearcherState, request: SearchRequest | undefined): SearchResponse | undefined {
  const [response, setResponse] = useState<SearchResponse | undefined>(undefined);
  const key = JSON.stringify(request);
  useEffect(() => {
    if (state.status !== 'ready' || request === undefined) {
      setResponse(undefined);
      return undefined;
    }
    let current = true;
    state.backend.search(request).then(
      (answer) => {
        if (current) setResponse(answer);
      },
      () => {
        if (current) setResponse(undefined);
      },
    );
    return () => {
      current = false;
    };
    // The request is compared by value: a new object with the same content is the same request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, key]);
  return response;
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
