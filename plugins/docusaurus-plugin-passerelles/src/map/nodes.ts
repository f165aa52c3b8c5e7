/**
 * Builds the map from the knowledge base: one node per theme (edges broader →
 * narrower) and one per item a rule accepts (edges to the nodes it links to).
 * Pure: the taxonomy, the items and the page's locale in, plain data out.
 */
import {isOffer, isStructure, type Item} from '../model/items';
import type {Basin} from '../shared/kinds';
import {itemNodeId, themeNodeId, type MapData, type MapEdge, type MapNode, type MapRelation} from '../shared/map/graph';
import {themeLabel, type Taxonomy} from '../shared/taxonomy';

export interface MapLink {
  target: string;
  relation: MapRelation;
}

/** Where an accepted item sits on the map: the basins it concerns and the nodes it links to. */
export interface MapPlacement {
  basins: Basin[];
  links: MapLink[];
}

/** How one kind of item joins the map; undefined for the items it does not concern. */
export type MapItemRule = (item: Item) => MapPlacement | undefined;

export function mapItemRule<I extends Item>(accepts: (item: Item) => item is I, place: (item: I) => MapPlacement): MapItemRule {
  return (item) => (accepts(item) ? place(item) : undefined);
}

const themeLinks = (themes: readonly string[]): MapLink[] => themes.map((id) => ({target: themeNodeId(id), relation: 'theme'}));

/** An offer: in its basin, linked to each of its themes and to the structure that organises it. */
export const offerRule: MapItemRule = mapItemRule(isOffer, (offer) => ({
  basins: [offer.basin],
  links: [...themeLinks(offer.themes), ...(offer.structure === undefined ? [] : [{target: itemNodeId(offer.structure.id), relation: 'structure' as const}])],
}));

/** A structure: in each basin it serves, linked to its themes. */
export const structureRule: MapItemRule = mapItemRule(isStructure, (structure) => ({basins: structure.basins, links: themeLinks(structure.themes)}));

/**
 * What the map shows besides themes. Vignettes are left out: they belong to no
 * basin, and a reader reaches them from each theme's hub; concertations too,
 * they report on needs rather than offer anything.
 */
export const mapItemRules: readonly MapItemRule[] = [offerRule, structureRule];

export interface MapSource {
  taxonomy: Taxonomy;
  items: readonly Item[];
  locale: string;
  themePermalink(id: string): string;
}

export function buildMapData({taxonomy, items, locale, themePermalink}: MapSource, rules: readonly MapItemRule[] = mapItemRules): MapData {
  const themeNodes: MapNode[] = taxonomy.themes.map((theme) => ({
    id: themeNodeId(theme.id),
    type: 'theme',
    label: themeLabel(theme, locale),
    permalink: themePermalink(theme.id),
    basins: [],
  }));
  const edges: MapEdge[] = taxonomy.themes.flatMap((theme) =>
    theme.narrower.map((narrower) => edge(themeNodeId(theme.id), themeNodeId(narrower), 'narrower')),
  );

  const placed = items
    .flatMap((item) => {
      for (const rule of rules) {
        const placement = rule(item);
        if (placement !== undefined) return [{item, placement}];
      }
      return [];
    })
    .sort((a, b) => a.item.title.localeCompare(b.item.title, locale) || a.item.id.localeCompare(b.item.id));
  const itemNodes: MapNode[] = placed.map(({item, placement}) => ({
    id: itemNodeId(item.id),
    type: item.kind,
    label: item.title,
    permalink: item.permalink,
    basins: placement.basins,
  }));

  const nodeIds = new Set([...themeNodes, ...itemNodes].map((node) => node.id));
  for (const {item, placement} of placed) {
    for (const link of placement.links) {
      // A link to a node that is not on the map (a theme or service removed since) is left out rather than dangling.
      if (nodeIds.has(link.target)) edges.push(edge(itemNodeId(item.id), link.target, link.relation));
    }
  }
  return {nodes: [...themeNodes, ...itemNodes], edges};
}

function edge(source: string, target: string, relation: MapRelation): MapEdge {
  return {id: `${relation}:${source}->${target}`, source, target, relation};
}
