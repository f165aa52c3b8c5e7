/** The URLs of the plugin's pages, with the site's baseUrl and trailing-slash policy applied once. */
import {applyTrailingSlash} from '@docusaurus/utils-common';
import {normalizeUrl} from '@docusaurus/utils';

export interface SitePaths {
  themesIndex: string;
  themeHub(id: string): string;
  search: string;
  contribute: string;
  /** The list of the network's structures, with its facets. */
  structures: string;
  /** Applies the site's trailing-slash policy to any path of the site (a doc's permalink). */
  page(pathname: string): string;
}

export function createSitePaths(
  {baseUrl, trailingSlash}: {baseUrl: string; trailingSlash: boolean | undefined},
  {routeBasePath, searchRoutePath, contribute, structuresRoutePath}: {routeBasePath: string; searchRoutePath: string; contribute: {path: string}; structuresRoutePath: string},
): SitePaths {
  const page = (pathname: string): string => applyTrailingSlash(pathname, {baseUrl, trailingSlash});
  return {
    themesIndex: page(normalizeUrl([baseUrl, routeBasePath])),
    themeHub: (id) => page(normalizeUrl([baseUrl, routeBasePath, id])),
    search: page(normalizeUrl([baseUrl, searchRoutePath])),
    contribute: page(normalizeUrl([baseUrl, contribute.path])),
    structures: page(normalizeUrl([baseUrl, structuresRoutePath])),
    page,
  };
}
