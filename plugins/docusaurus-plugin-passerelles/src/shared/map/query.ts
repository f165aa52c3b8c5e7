/** The map's filters in the URL query (`?basin=nord&theme=double-diagnostic`), so that a shared link opens the same view. */
import {basins, type Basin} from '../kinds';
import type {MapFilters} from './filter';

export const mapQueryKeys = {basin: 'basin', theme: 'theme'} as const;

/** Values the map does not know (an old theme id, a typo) are ignored rather than emptying the view. */
export function parseMapFilters(search: string, themeIds: ReadonlySet<string>): MapFilters {
  const parameters = new URLSearchParams(search);
  const basin = parameters.get(mapQueryKeys.basin);
  const theme = parameters.get(mapQueryKeys.theme);
  return {
    ...(basin !== null && (basins as readonly string[]).includes(basin) ? {basin: basin as Basin} : {}),
    ...(theme !== null && themeIds.has(theme) ? {theme} : {}),
  };
}

/** `?basin=…&theme=…`, or the empty string without filters. */
export function mapFiltersSearch(filters: MapFilters): string {
  const parameters = new URLSearchParams();
  if (filters.basin !== undefined) parameters.set(mapQueryKeys.basin, filters.basin);
  if (filters.theme !== undefined) parameters.set(mapQueryKeys.theme, filters.theme);
  const search = parameters.toString();
  return search === '' ? '' : `?${search}`;
}
