/**
 * A basin and a theme kept in the URL query (`?basin=nord&theme=double-diagnostic`), the filters of
 * the map and of the concertations timeline, so that a shared link opens the same view.
 */
import {basins, type Basin} from './kinds';
import {searchOf} from './url-query';

export interface BasinThemeFilters {
  basin?: Basin;
  /** A theme id. */
  theme?: string;
}

/** Values the page does not know (an old theme id, a typo) are ignored rather than emptying the view. */
export function parseBasinThemeQuery(search: string, themeIds: ReadonlySet<string>): BasinThemeFilters {
  const parameters = new URLSearchParams(search);
  const basin = parameters.get('basin');
  const theme = parameters.get('theme');
  return {
    ...(basin !== null && (basins as readonly string[]).includes(basin) ? {basin: basin as Basin} : {}),
    ...(theme !== null && themeIds.has(theme) ? {theme} : {}),
  };
}

/** `?basin=…&theme=…`, or the empty string without filters. */
export function basinThemeQuery(filters: BasinThemeFilters): string {
  const parameters = new URLSearchParams();
  if (filters.basin !== undefined) parameters.set('basin', filters.basin);
  if (filters.theme !== undefined) parameters.set('theme', filters.theme);
  return searchOf(parameters);
}
