/** Which part of the map a reader asked for: by basin, by theme (with its narrower themes), or both. */
import type {BasinThemeFilters} from '../basin-theme-query';
import type {Basin} from '../kinds';
import {isThemeNode, themeNodeId, type MapData, type MapNode} from './graph';

/** The theme keeps that theme, its narrower themes (at any depth) and what links to them. */
export type MapFilters = BasinThemeFilters;

/** An offer of the whole region concerns every basin, so it stays under any basin filter. */
export function concernsBasin(node: MapNode, basin: Basin | undefined): boolean {
  return basin === undefined || node.basins.includes(basin) || node.basins.includes('region');
}

/** The theme and every theme under it, through the broader → narrower edges. */
function themeScope(data: MapData, themeId: string): Set<string> {
  const scope = new Set([themeNodeId(themeId)]);
  const pending = [themeNodeId(themeId)];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const edge of data.edges) {
      if (edge.relation === 'narrower' && edge.source === current && !scope.has(edge.target)) {
        scope.add(edge.target);
        pending.push(edge.target);
      }
    }
  }
  return scope;
}

/**
 * Items linked to themes (offers) are kept when they concern the basin and, with
 * a theme filter, carry a theme of its scope. Items linked to no theme (such as
 * the services offers belong to) are kept when they concern the basin and, with a
 * theme filter, a kept item links to them. Themes: the scope of the theme filter;
 * else, with a basin filter, the themes of the kept items; else all of them.
 */
export function filterMap(data: MapData, filters: MapFilters): MapData {
  const nodesById = new Map(data.nodes.map((node) => [node.id, node]));
  const isTheme = (id: string): boolean => {
    const node = nodesById.get(id);
    return node !== undefined && isThemeNode(node);
  };
  const themesOf = new Map<string, string[]>();
  for (const edge of data.edges) {
    if (!isTheme(edge.source) && isTheme(edge.target)) themesOf.set(edge.source, [...(themesOf.get(edge.source) ?? []), edge.target]);
  }
  const scope = filters.theme === undefined || !nodesById.has(themeNodeId(filters.theme)) ? undefined : themeScope(data, filters.theme);
  const items = data.nodes.filter((node) => !isThemeNode(node) && concernsBasin(node, filters.basin));

  const kept = new Set<string>();
  for (const item of items) {
    const themes = themesOf.get(item.id);
    if (themes !== undefined && (scope === undefined || themes.some((id) => scope.has(id)))) kept.add(item.id);
  }
  const linkedToKept = (id: string): boolean =>
    data.edges.some((edge) => (edge.source === id && kept.has(edge.target)) || (edge.target === id && kept.has(edge.source)));
  const attached = items.filter((item) => !themesOf.has(item.id) && (scope === undefined || linkedToKept(item.id)));
  for (const item of attached) kept.add(item.id);

  if (scope !== undefined) for (const id of scope) kept.add(id);
  else if (filters.basin !== undefined) {
    for (const id of [...kept]) for (const theme of themesOf.get(id) ?? []) kept.add(theme);
  } else for (const node of data.nodes) if (isThemeNode(node)) kept.add(node.id);

  return {
    nodes: data.nodes.filter((node) => kept.has(node.id)),
    edges: data.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)),
  };
}

/** The themes of a (filtered) map, each with the items linked to it: what the list alternative shows. */
export function themeEntries(data: MapData): {theme: MapNode; items: MapNode[]}[] {
  const nodesById = new Map(data.nodes.map((node) => [node.id, node]));
  return data.nodes.filter(isThemeNode).map((theme) => ({
    theme,
    items: data.edges
      .filter((edge) => edge.relation === 'theme' && edge.target === theme.id)
      .flatMap((edge) => {
        const item = nodesById.get(edge.source);
        return item === undefined ? [] : [item];
      }),
  }));
}
