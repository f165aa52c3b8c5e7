import type {AlgoliaSearchConfig} from './search/backend';

/** What every page can read with usePluginData(): small, never the content. */
export interface PasserellesGlobalData {
  searchPath: string;
  timeZone: string;
  /** Present when the site searches with Algolia. */
  algolia?: AlgoliaSearchConfig;
}
