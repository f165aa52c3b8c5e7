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

/** A backend that answers now, and a promise settled when it has all it will ever have. */
interface LoadedBackend {
  backend: SearchBackend;
  complete: Promise<void>;
}

let loading: Promise<LoadedBackend> | undefined;

async function loadLocalBackend(): Promise<LoadedBackend> {
  const [engine, index, textLoaders] = await Promise.all([
    import('../../shared/search/searcher.js'),
    import('@generated/docusaurus-plugin-passerelles/default/search-index.json'),
    import('@generated/docusaurus-plugin-passerelles/default/search-text-loaders.js'),
  ]);
  const searcher = engine.createSearcher(index.default);
  const shards = new Map<number, Promise<void>>();
  const loadShard = (shard: number): Promise<void> => {
    let loaded = shards.get(shard);
    if (loaded === undefined) {
      // webpack makes one chunk per shard file of the locale's generated data.
      const load = textLoaders.default[shard];
      if (load === undefined) return Promise.reject(new Error(`No text shard ${shard} in this build`));
      loaded = load().then((module) => searcher.attachTextShard(module.default));
      loaded.catch(() => shards.delete(shard));
      shards.set(shard, loaded);
    }
    return loaded;
  };
  // A query waits only for the text shards of its own words. The other shards follow one at a time,
  // so that no long task holds the page, and later queries find them there.
  const complete = Array.from({length: searcher.textShardCount}, (_, shard) => shard).reduce<Promise<void>>(
    (previous, shard) => previous.then(() => loadShard(shard)),
    Promise.resolve(),
  );
  return {
    backend: {
      themes: searcher.themes,
      search: async (request) => {
        await Promise.all(searcher.missingShards(request.query).map(loadShard));
        return searcher.search(request);
      },
    },
    complete,
  };
}

async function loadAlgoliaBackend(config: NonNullable<PasserellesGlobalData['algolia']>): Promise<LoadedBackend> {
  const [{liteClient}, backend, themes] = await Promise.all([
    import('algoliasearch/lite'),
    import('../../shared/search/algolia-backend.js'),
    import('@generated/docusaurus-plugin-passerelles/default/search-themes.json'),
  ]);
  return {backend: backend.createAlgoliaBackend(liteClient(config.appId, config.searchApiKey), config, themes.default), complete: Promise.resolve()};
}

export function loadSearchBackend(data: PasserellesGlobalData): Promise<LoadedBackend> {
  loading ??= data.algolia === undefined ? loadLocalBackend() : loadAlgoliaBackend(data.algolia);
  // A failed load (offline, say) may be retried on the next focus.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** `complete` turns true when the backend has all its data: responses are then asked again. */
export type SearcherState = {status: 'idle' | 'loading' | 'failed'} | {status: 'ready'; backend: SearchBackend; complete: boolean};

/** The backend, once `load()` has been called (on focus) or at once when `eager`. */
export function useSearcher(eager = false): {state: SearcherState; load: () => void} {
  const data = usePasserellesData();
  const [state, setState] = useState<SearcherState>({status: 'idle'});
  const load = useCallback(() => {
    setState((current) => (current.status === 'ready' ? current : {status: 'loading'}));
    loadSearchBackend(data).then(
      ({backend, complete}) => {
        setState((current) => (current.status === 'ready' ? current : {status: 'ready', backend, complete: false}));
        complete.then(
          () => setState({status: 'ready', backend, complete: true}),
          () => undefined,
        );
      },
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
