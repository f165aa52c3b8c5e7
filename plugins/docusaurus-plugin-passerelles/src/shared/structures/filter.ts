/**
 * The facets of the structures' list: which structures a set of filters keeps,
 * how many each value would keep, and the filters as a URL query so that a
 * shared link opens the same view. Pure and browser-safe.
 */
import type {StructureCard} from '../cards';
import {basins, offerLanguages, structureTypes} from '../kinds';
import {searchOf} from '../url-query';

export const structureFacets = ['type', 'basin', 'language', 'cost', 'theme'] as const;
export type StructureFacet = (typeof structureFacets)[number];

export const costValues = ['free', 'paid'] as const;

/** The chosen values of each facet: a structure matches one of them in every facet that has any. */
export type StructureFilters = Record<StructureFacet, string[]>;

export type FacetCounts = Record<StructureFacet, Record<string, number>>;

/** A structure as the list shows it. */
export interface StructureListEntry extends StructureCard {
  /** How many offers of the site it organises. */
  offerCount: number;
}

export interface StructuresPageProps {
  /** Sorted by title. */
  structures: StructureListEntry[];
}

/** The values of the closed facets; themes are whatever the structures carry. */
const closedValues: Partial<Record<StructureFacet, readonly string[]>> = {
  type: structureTypes,
  basin: basins,
  language: offerLanguages,
  cost: costValues,
};

export function emptyFilters(): StructureFilters {
  return {type: [], basin: [], language: [], cost: [], theme: []};
}

export function hasFilters(filters: StructureFilters): boolean {
  return structureFacets.some((facet) => filters[facet].length > 0);
}

/** What a structure is, facet by facet. */
export function facetValues(structure: StructureCard, facet: StructureFacet): readonly string[] {
  switch (facet) {
    case 'type':
      return [structure.type];
    case 'basin':
      return structure.basins;
    case 'language':
      return structure.languages;
    case 'cost':
      return [structure.cost.amount === 0 ? 'free' : 'paid'];
    case 'theme':
      return structure.themes.map((theme) => theme.id);
  }
}

function matches(structure: StructureCard, filters: StructureFilters, ignored?: StructureFacet): boolean {
  return structureFacets.every((facet) => {
    const chosen = filters[facet];
    if (facet === ignored || chosen.length === 0) return true;
    const values = facetValues(structure, facet);
    return chosen.some((value) => values.includes(value));
  });
}

export function filterStructures<S extends StructureCard>(structures: readonly S[], filters: StructureFilters): S[] {
  return structures.filter((structure) => matches(structure, filters));
}

/**
 * How many structures each value would keep, every facet counted as if its own
 * filter were off, so that a reader can widen a facet (one basin, then two).
 */
export function facetCounts(structures: readonly StructureCard[], filters: StructureFilters): FacetCounts {
  const counts: FacetCounts = {type: {}, basin: {}, language: {}, cost: {}, theme: {}};
  for (const facet of structureFacets) {
    for (const structure of structures) {
      if (!matches(structure, filters, facet)) continue;
      for (const value of new Set(facetValues(structure, facet))) counts[facet][value] = (counts[facet][value] ?? 0) + 1;
    }
  }
  return counts;
}

export function toggleFilter(filters: StructureFilters, facet: StructureFacet, value: string): StructureFilters {
  const chosen = filters[facet];
  return {...filters, [facet]: chosen.includes(value) ? chosen.filter((entry) => entry !== value) : [...chosen, value]};
}

/** The filters a URL query names (`?basin=nord&basin=sud&type=ssm`); values no facet knows are left out. */
export function filtersFromQuery(search: string): StructureFilters {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const facet of structureFacets) {
    const known = closedValues[facet];
    const values = params.getAll(facet).filter((value) => value !== '' && (known === undefined || known.includes(value)));
    filters[facet] = [...new Set(values)];
  }
  return filters;
}

/** The query of a set of filters, in a stable order (facets as listed, values sorted): "" when there is none. */
export function queryOf(filters: StructureFilters): string {
  const params = new URLSearchParams();
  for (const facet of structureFacets) for (const value of [...filters[facet]].sort()) params.append(facet, value);
  return searchOf(params);
}
