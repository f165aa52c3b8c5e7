/** The URLs of the plugin's pages, with the site's baseUrl and trailing-slash policy applied once. */
import {applyTrailingSlash} from '@docusaurus/utils-common';
import {normalizeUrl} from '@docusaurus/utils';
import type {PluginOptions} from '../options';

export interface SitePaths {
  themesIndex: string;
  themeHub(id: string): string;
  search: string;
  contribute: string;
  /** The offers catalogue. */
  catalogue: string;
  /** The map of themes, structures and offers. */
  map: string;
  /** The timeline of the basins' concertations. */
  concertations: string;
  /** Applies the site's trailing-slash policy to any path of the site (a doc's permalink). */
  page(pathname: string): string;
}

export function createSitePaths(
  {baseUrl, trailingSlash}: {baseUrl: string; trailingSlash: boolean | undefined},
  options: Pick<PluginOptions, 'routeBasePath' | 'searchRoutePath' | 'catalogueRoutePath' | 'mapRoutePath' | 'concertationsRoutePath'> & {contribute: {path: string}},
): SitePaths {
  const {routeBasePath, searchRoutePath, catalogueRoutePath, mapRoutePath, concertationsRoutePath, contribute} = options;
  const page = (pathname: string): string => applyTrailingSlash(pathname, {baseUrl, trailingSlash});
  return {
    themesIndex: page(normalizeUrl([baseUrl, routeBasePath])),
    themeHub: (id) => page(normalizeUrl([baseUrl, routeBasePath, id])),
    search: page(normalizeUrl([baseUrl, searchRoutePath])),
    contribute: page(normalizeUrl([baseUrl, contribute.path])),
    catalogue: page(normalizeUrl([baseUrl, catalogueRoutePath])),
    map: page(normalizeUrl([baseUrl, mapRoutePath])),
    concertations: page(normalizeUrl([baseUrl, concertationsRoutePath])),
    page,
  };
}
