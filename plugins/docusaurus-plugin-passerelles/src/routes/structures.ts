/** The props of the structures' pages: a structure's offers, and the list of all structures. */
import type {KnowledgeGraph} from '../graph/graph';
import {isStructure, type Item, type StructureItem} from '../model/items';
import type {ItemCard, OfferCard, StructureCard} from '../shared/cards';
import {splitByDate} from '../shared/schedule';
import type {StructuresPageProps} from '../shared/structures/filter';

/** The offers a structure organises: upcoming soonest first, then past, as the build date splits them. */
export function structureOffers(graph: KnowledgeGraph, structure: StructureItem, buildDate: Date, card: (item: Item) => ItemCard): OfferCard[] {
  const offers = (graph.offersByStructure.get(structure.id) ?? []).map(card) as OfferCard[];
  const {upcoming, past} = splitByDate(offers, buildDate.getTime());
  return [...upcoming, ...past];
}

/** Every published structure, by title, with how many offers each organises. */
export function structuresPageProps(items: readonly Item[], graph: KnowledgeGraph, card: (item: Item) => ItemCard): StructuresPageProps {
  const structures = items
    .filter(isStructure)
    .map((structure) => ({...(card(structure) as StructureCard), offerCount: graph.offersByStructure.get(structure.id)?.length ?? 0}))
    .sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  return {structures};
}
