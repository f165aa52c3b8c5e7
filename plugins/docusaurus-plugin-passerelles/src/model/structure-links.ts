/**
 * Offers name the structure that organises them by its id (`structure:` in
 * their front matter). Once every document is read, each id is resolved to
 * the structure's title and page, or reported with the closest ids.
 */
import {distance} from 'fastest-levenshtein';
import {isOffer, isStructure, type Item} from './items';
import {message, type MessageLocale} from './messages';
import type {Problem} from './problems';
import type {StructureReference} from './read-item';

export interface PendingReference {
  /** The offer's id, as the pipeline keeps it. */
  itemId: string;
  file: string;
  reference: StructureReference;
}

/** The ids nearest to `id` by edit distance, nearest first. */
export function closestIds(id: string, ids: readonly string[], count = 3): string[] {
  return [...ids].sort((a, b) => distance(id, a) - distance(id, b) || a.localeCompare(b)).slice(0, count);
}

export function linkStructures(items: readonly Item[], references: readonly PendingReference[], locale: MessageLocale): {items: Item[]; problems: Problem[]} {
  const structures = new Map(items.filter(isStructure).map((structure) => [structure.id, structure]));
  const referenceOf = new Map(references.map((pending) => [pending.itemId, pending]));
  const problems: Problem[] = [];
  const linked = items.map((item): Item => {
    const pending = referenceOf.get(item.id);
    if (pending === undefined || !isOffer(item)) return item;
    const structure = structures.get(pending.reference.id);
    if (structure === undefined) {
      const line = pending.reference.line();
      problems.push({
        severity: 'error',
        file: pending.file,
        ...(line === undefined ? {} : {line}),
        field: 'structure',
        rule: 'structure-unknown',
        message: message(locale, 'structure-unknown', {found: pending.reference.id, suggestions: closestIds(pending.reference.id, [...structures.keys()])}),
      });
      return item;
    }
    // Not `{...item, structure}`: see readItem on spreads and hidden classes.
    return Object.assign({}, item, {structure: {id: structure.id, title: structure.title, permalink: structure.permalink}});
  });
  return {items: linked, problems};
}
