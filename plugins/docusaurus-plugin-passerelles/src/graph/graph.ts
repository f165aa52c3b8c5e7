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

/** Items by their index in the list, for see-also: where each is, its themes by index, its rank by title, and a counter per item. */
interface SeeAlsoRanking {
  position: Map<Item, number>;
  indexesByTheme: Map<string, number[]>;
  themeCounts: Int32Array;
  titleRanks: Int32Array;
  /** Themes shared with the item being ranked, reset after each. */
  shared: Int32Array;
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
    const list = offersByStructure.get(offer.structure.id) ?? [];
    list.push(offer);
    offersByStructure.set(offer.structure.id, list);
  }

  // See-also compares an item with every item sharing one of its themes, for every item: the work grows
  // as items times the items of a theme. It is kept to counting in an array and keeping the best few in
  // integer arithmetic, never sorting every candidate (which took 47 s for 10,000 items).
  // Built on the first see-also only: the figures of /donnees build a graph for itemsByTheme alone.
  let ranking: SeeAlsoRanking | undefined;
  const seeAlsoRanking = (): SeeAlsoRanking => {
    if (ranking !== undefined) return ranking;
    const position = new Map(items.map((item, index) => [item, index]));
    const titleOrder = new Intl.Collator('fr');
    const titleRanks = new Int32Array(items.length);
    items
      .map((_, index) => index)
      .sort((a, b) => titleOrder.compare(items[a]?.title ?? '', items[b]?.title ?? '') || a - b)
      .forEach((index, rank) => (titleRanks[index] = rank));
    ranking = {
      position,
      indexesByTheme: new Map([...itemsByTheme].map(([theme, list]) => [theme, list.map((item) => position.get(item) ?? 0)])),
      themeCounts: Int32Array.from(items, (item) => item.themes.length),
      titleRanks,
      shared: new Int32Array(items.length),
    };
    return ranking;
  };

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
      const {position, indexesByTheme, themeCounts, titleRanks, shared} = seeAlsoRanking();
      const self = position.get(item);
      const candidates: number[] = [];
      for (const theme of item.themes) {
        for (const other of indexesByTheme.get(theme) ?? []) {
          if (other === self) continue;
          if (shared[other] === 0) candidates.push(other);
          shared[other] = (shared[other] ?? 0) + 1;
        }
      }
      // The cosine of the theme sets, count / √(mine × theirs), compared as count² / theirs; on a tie,
      // other kinds before the same kind, then by title.
      const ahead = (a: number, b: number): boolean => {
        const sharedA = shared[a] ?? 0;
        const sharedB = shared[b] ?? 0;
        const difference = sharedA * sharedA * (themeCounts[b] ?? 1) - sharedB * sharedB * (themeCounts[a] ?? 1);
        if (difference !== 0) return difference > 0;
        const sameKindA = items[a]?.kind === item.kind;
        if (sameKindA !== (items[b]?.kind === item.kind)) return !sameKindA;
        return (titleRanks[a] ?? 0) < (titleRanks[b] ?? 0);
      };
      const best: number[] = [];
      for (const candidate of candidates) {
        const last = best.at(-1);
        if (best.length >= limit && (last === undefined || !ahead(candidate, last))) continue;
        let at = best.length;
        while (at > 0 && ahead(candidate, best[at - 1] ?? candidate)) at -= 1;
        best.splice(at, 0, candidate);
        if (best.length > limit) best.pop();
      }
      for (const candidate of candidates) shared[candidate] = 0;
      return best.map((index) => items[index]).filter((other): other is Item => other !== undefined);
    },
  };
}
