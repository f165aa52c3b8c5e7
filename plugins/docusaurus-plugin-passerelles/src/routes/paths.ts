/** The URLs of the plugin's pages, with the site's baseUrl and trailing-slash policy applied once. */
import {applyTrailingSlash} from '@docusaurus/utils-common';
import {normalizeUrl} from '@docusaurus/utils';

export interface SitePaths {
  themesIndex: string;
  themeHub(id: string): string;
  search: string;
  contribute: string;
  /** Applies the site's trailing-slash policy to any path of the site (a doc's permalink). */
  page(pathname: string): string;
  /** The calendar files written by postBuild: every offer, the offers of a theme (next to its hub), one offer. */
  offersCalendar: string;
  themeCalendar(id: string): string;
  offerCalendar(offerId: string): string;
}

export function createSitePaths(
  {baseUrl, trailingSlash}: {baseUrl: string; trailingSlash: boolean | undefined},
  {routeBasePath, searchRoutePath, contribute}: {routeBasePath: string; searchRoutePath: string; contribute: {path: string}},
): SitePaths {
  const page = (pathname: string): string => applyTrailingSlash(pathname, {baseUrl, trailingSlash});
  return {
    themesIndex: page(normalizeUrl([baseUrl, routeBasePath])),
    themeHub: (id) => page(normalizeUrl([baseUrl, routeBasePath, id])),
    search: page(normalizeUrl([baseUrl, searchRoutePath])),
    contribute: page(normalizeUrl([baseUrl, contribute.path])),
    page,
    offersCalendar: normalizeUrl([baseUrl, 'offres.ics']),
    themeCalendar: (id) => normalizeUrl([baseUrl, routeBasePath, `${id}.ics`]),
    // A doc id is "offres/<file>" on the demo site: the folder is not repeated in /offres/<file>.ics.
    offerCalendar: (offerId) => normalizeUrl([baseUrl, 'offres', `${offerId.replace(/^offres\//, '')}.ics`]),
  };
}
