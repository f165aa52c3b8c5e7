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
  /** Items by their exact set of themes, then by kind, each list in title order. */
  bySameThemes: Map<string, Map<string, number[]>>;
}

/** The key of a set of themes, the same whatever their order. */
const themeSetKey = (themes: readonly string[]): string => [...themes].sort().join('\n');

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
    const inTitleOrder = items.map((_, index) => index).sort((a, b) => titleOrder.compare(items[a]?.title ?? '', items[b]?.title ?? '') || a - b);
    inTitleOrder.forEach((index, rank) => (titleRanks[index] = rank));
    const bySameThemes = new Map<string, Map<string, number[]>>();
    for (const index of inTitleOrder) {
      const item = items[index];
      if (item === undefined || item.themes.length === 0) continue;
      const key = themeSetKey(item.themes);
      const byKind = bySameThemes.get(key) ?? new Map<string, number[]>();
      const list = byKind.get(item.kind);
      if (list === undefined) byKind.set(item.kind, [index]);
      else list.push(index);
      bySameThemes.set(key, byKind);
    }
    ranking = {
      bySameThemes,
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
      const {position, indexesByTheme, themeCounts, titleRanks, shared, bySameThemes} = seeAlsoRanking();
      const self = position.get(item);
      // The items with exactly this item's themes have the highest cosine there is (1): when they are enough,
      // they are the answer, taken in tie order without looking at anyone else. In a large base most items
      // are in that case, which keeps see-also from growing as items times the items of a theme.
      const sameThemes = item.themes.length === 0 ? undefined : bySameThemes.get(themeSetKey(item.themes));
      if (limit > 0 && sameThemes !== undefined && countOf(sameThemes) - 1 >= limit) {
        return inTieOrder(sameThemes, item.kind, self, limit, titleRanks).map((index) => items[index]).filter((other): other is Item => other !== undefined);
      }
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

function countOf(byKind: ReadonlyMap<string, readonly number[]>): number {
  let count = 0;
  for (const list of byKind.values()) count += list.length;
  return count;
}

/** The first `limit` of equally similar items, as see-also breaks ties: other kinds before `kind`, each by title. */
function inTieOrder(byKind: ReadonlyMap<string, readonly number[]>, kind: string, self: number | undefined, limit: number, titleRanks: Int32Array): number[] {
  const chosen: number[] = [];
  const otherKinds = [...byKind].filter(([listKind]) => listKind !== kind).map(([, list]) => list);
  const next = otherKinds.map(() => 0);
  while (chosen.length < limit) {
    let best = -1;
    otherKinds.forEach((list, at) => {
      const candidate = list[next[at] ?? 0];
      const current = best < 0 ? undefined : otherKinds[best]?.[next[best] ?? 0];
      if (candidate !== undefined && (current === undefined || (titleRanks[candidate] ?? 0) < (titleRanks[current] ?? 0))) best = at;
    });
    if (best < 0) break;
    chosen.push(otherKinds[best]?.[next[best] ?? 0] ?? 0);
    next[best] = (next[best] ?? 0) + 1;
  }
  for (const index of byKind.get(kind) ?? []) {
    if (chosen.length >= limit) break;
    if (index !== self) chosen.push(index);
  }
  return chosen;
}
