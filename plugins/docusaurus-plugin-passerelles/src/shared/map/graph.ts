/**
 * The map as plain data: nodes for themes and items, edges between them.
 * Built at build time (map/nodes.ts), filtered in the browser (filter.ts). No Node imports.
 */
import type {Basin, ItemKind} from '../kinds';

/** How two nodes are linked: a broader theme to a narrower one, an item to one of its themes, an offer to the service that runs it. */
export type MapRelation = 'narrower' | 'theme' | 'structure';

export interface MapNode {
  /** `theme:<theme id>` or `item:<doc id>`: the two namespaces cannot collide. */
  id: string;
  type: 'theme' | ItemKind;
  label: string;
  permalink: string;
  /** Empty for themes: they belong to no basin. */
  basins: Basin[];
}

export interface MapEdge {
  id: string;
  source: string;
  target: string;
  relation: MapRelation;
}

export interface MapData {
  /** Themes in the order of the taxonomy, then items by title. */
  nodes: MapNode[];
  edges: MapEdge[];
}

export function themeNodeId(themeId: string): string {
  return `theme:${themeId}`;
}

export function itemNodeId(itemId: string): string {
  return `item:${itemId}`;
}

export function isThemeNode(node: MapNode): boolean {
  return node.type === 'theme';
}

/** Props of the map page. */
export interface MapPageProps {
  map: MapData;
  /** Every theme, by label in the page's locale: the choices of the theme filter. */
  themes: {id: string; label: string}[];
}
