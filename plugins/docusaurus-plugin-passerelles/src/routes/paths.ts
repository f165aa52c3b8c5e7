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
  /** The /donnees page. */
  data: string;
  /** The list of the network's structures, with its facets. */
  structures: string;
  /** Applies the site's trailing-slash policy to any path of the site (a doc's permalink). */
  page(pathname: string): string;
  /** The calendar files written by postBuild: every offer, the offers of a theme (next to its hub), one offer. */
  offersCalendar: string;
  themeCalendar(id: string): string;
  offerCalendar(offerId: string): string;
}

export function createSitePaths(
  {baseUrl, trailingSlash}: {baseUrl: string; trailingSlash: boolean | undefined},
  options: Pick<
    PluginOptions,
    'routeBasePath' | 'searchRoutePath' | 'catalogueRoutePath' | 'mapRoutePath' | 'concertationsRoutePath' | 'dataRoutePath' | 'structuresRoutePath'
  > & {contribute: {path: string}},
): SitePaths {
  const {routeBasePath, searchRoutePath, catalogueRoutePath, mapRoutePath, concertationsRoutePath, dataRoutePath, structuresRoutePath, contribute} = options;
  const page = (pathname: string): string => applyTrailingSlash(pathname, {baseUrl, trailingSlash});
  return {
    themesIndex: page(normalizeUrl([baseUrl, routeBasePath])),
    themeHub: (id) => page(normalizeUrl([baseUrl, routeBasePath, id])),
    search: page(normalizeUrl([baseUrl, searchRoutePath])),
    contribute: page(normalizeUrl([baseUrl, contribute.path])),
    catalogue: page(normalizeUrl([baseUrl, catalogueRoutePath])),
    map: page(normalizeUrl([baseUrl, mapRoutePath])),
    concertations: page(normalizeUrl([baseUrl, concertationsRoutePath])),
    data: page(normalizeUrl([baseUrl, dataRoutePath])),
    structures: page(normalizeUrl([baseUrl, structuresRoutePath])),
    page,
    offersCalendar: normalizeUrl([baseUrl, `${catalogueRoutePath}.ics`]),
    themeCalendar: (id) => normalizeUrl([baseUrl, routeBasePath, `${id}.ics`]),
    // Next to the catalogue page; a doc id is "offres/<file>" on the demo site: the folder is not repeated.
    offerCalendar: (offerId) => normalizeUrl([baseUrl, catalogueRoutePath, `${offerId.replace(/^offres\//, '')}.ics`]),
  };
}
