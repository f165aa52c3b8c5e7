/** Links items and themes: who carries which theme, which themes travel together, what to read next. */
import {isOffer, type Item, type OfferItem} from '../model/items';

export interface KnowledgeGraph {
  itemsByTheme: ReadonlyMap<string, readonly Item[]>;
  /** The offers of each structure, by the structure's id. */
  offersByStructure: ReadonlyMap<string, readonly OfferItem[]>;
  /** Themes carried together with `themeId` by at least one item, most shared first. */
  coOccurring(themeId: string): {id: string; count: number}[];
  /**
   * Other items sharing themes with `item`, by cosine similarity of their theme
   * sets (so a report tagged with twenty themes does not crowd out a close
   * vignette), other kinds before the same kind on a tie.
   */
  seeAlso(item: Item, limit: number): Item[];
}

export function buildGraph(items: readonly Item[]): KnowledgeGraph {
  const itemsByTheme = new Map<string, Item[]>();
  for (const item of items) {
    for (const theme of item.themes) {
      const list = itemsByTheme.get(theme) ?? [];
      list.push(item);
      itemsByTheme.set(theme, list);
    }
  }

  const offersByStructure = new Map<string, OfferItem[]>();
  for (const offer of items.filter(isOffer)) {
    if (offer.structure === undefined) continue;
    offersByStructure.set(offer.structure.id, [...(offersByStructure.get(offer.structure.id) ?? []), offer]);
  }

  return {
    itemsByTheme,
    offersByStructure,
    coOccurring(themeId) {
      const counts = new Map<string, number>();
      for (const item of itemsByTheme.get(themeId) ?? []) {
        for (const other of item.themes) {
          if (other !== themeId) counts.set(other, (counts.get(other) ?? 0) + 1);
        }
      }
      return [...counts.entries()]
        .map(([id, count]) => ({id, count}))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    },
    seeAlso(item, limit) {
      const shared = new Map<Item, number>();
      for (const theme of item.themes) {
        for (const other of itemsByTheme.get(theme) ?? []) {
          if (other !== item) shared.set(other, (shared.get(other) ?? 0) + 1);
        }
      }
      const sameKind = (other: Item): number => (other.kind === item.kind ? 1 : 0);
      const similarity = (other: Item, count: number): number => count / Math.sqrt(item.themes.length * other.themes.length);
      return [...shared.entries()]
        .map(([other, count]) => [other, similarity(other, count)] as const)
        .sort(
          ([a, scoreA], [b, scoreB]) =>
            scoreB - scoreA || sameKind(a) - sameKind(b) || a.title.localeCompare(b.title, 'fr'),
        )
        .slice(0, limit)
        .map(([other]) => other);
    },
  };
}
