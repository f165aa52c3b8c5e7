/** What the search box and page talk to: the local index, or Algolia. Both answer the same request with the same response. */
import type {SearchRequest, SearchResponse, SearchTheme} from './types';

export interface SearchBackend {
  search(request: SearchRequest): Promise<SearchResponse>;
  /** The taxonomy's themes in the page's locale, to name theme facet values. */
  readonly themes: readonly SearchTheme[];
}

/** The configuration a site gives for Algolia: public values only, the search-only key. */
export interface AlgoliaSearchConfig {
  appId: string;
  indexName: string;
  searchApiKey: string;
}

/** The themes and function words, without the local index: what theme matching needs in Algolia mode. */
export interface SearchThemesData {
  stopwords: string[];
  themes: SearchTheme[];
}
