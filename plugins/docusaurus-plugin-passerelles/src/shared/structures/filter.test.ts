import type {StructureCard} from '../cards';
import {emptyFilters, facetCounts, filterStructures, filtersFromQuery, hasFilters, queryOf, toggleFilter} from './filter';

const structure = (id: string, overrides: Partial<StructureCard>): StructureCard => ({
  id,
  title: id,
  permalink: `/docs/structures/${id}/`,
  summary: 'Résumé.',
  themes: [],
  kind: 'structure',
  type: 'ssm',
  basins: ['nord'],
  publics: ['adultes'],
  access: {criteria: 'Tous', referral: ['personne'], channels: ['telephone']},
  languages: ['fr'],
  cost: {amount: 0},
  contact: {},
  ...overrides,
});

const theme = (id: string) => ({id, label: id, permalink: `/thematiques/${id}/`});
const structures = [
  structure('ssm-nord', {type: 'ssm', basins: ['nord'], languages: ['fr', 'nl'], themes: [theme('double-diagnostic')]}),
  structure('spad-sud', {type: 'spad', basins: ['sud', 'sud-est'], cost: {amount: 12}}),
  structure('mobile-nord-sud', {type: 'equipe-mobile', basins: ['nord', 'sud'], languages: ['en'], themes: [theme('double-diagnostic'), theme('logement')]}),
];
const ids = (list: readonly StructureCard[]): string[] => list.map((entry) => entry.id);

describe('the facets of the structures list', () => {
  it('keeps a structure that has one of the chosen values of every facet that has some', () => {
    expect(ids(filterStructures(structures, emptyFilters()))).toEqual(['ssm-nord', 'spad-sud', 'mobile-nord-sud']);
    const nord = toggleFilter(emptyFilters(), 'basin', 'nord');
    expect(ids(filterStructures(structures, nord))).toEqual(['ssm-nord', 'mobile-nord-sud']);
    expect(ids(filterStructures(structures, toggleFilter(nord, 'basin', 'sud-est')))).toEqual(['ssm-nord', 'spad-sud', 'mobile-nord-sud']);
    expect(ids(filterStructures(structures, toggleFilter(nord, 'type', 'equipe-mobile')))).toEqual(['mobile-nord-sud']);
    expect(ids(filterStructures(structures, toggleFilter(nord, 'cost', 'paid')))).toEqual([]);
    expect(ids(filterStructures(structures, toggleFilter(emptyFilters(), 'theme', 'logement')))).toEqual(['mobile-nord-sud']);
    expect(ids(filterStructures(structures, toggleFilter(emptyFilters(), 'language', 'nl')))).toEqual(['ssm-nord']);
  });

  it('counts each facet as if its own filter were off, so that a reader can widen it', () => {
    const counts = facetCounts(structures, toggleFilter(toggleFilter(emptyFilters(), 'basin', 'nord'), 'type', 'ssm'));
    // Basins are counted among the SSMs; types among the structures of the north.
    expect(counts.basin).toEqual({nord: 1});
    expect(counts.type).toEqual({ssm: 1, 'equipe-mobile': 1});
    expect(counts.cost).toEqual({free: 1});
    expect(facetCounts(structures, emptyFilters()).basin).toEqual({nord: 2, sud: 2, 'sud-est': 1});
  });

  it('unchooses a chosen value', () => {
    const chosen = toggleFilter(emptyFilters(), 'type', 'ssm');
    expect(hasFilters(chosen)).toBe(true);
    expect(toggleFilter(chosen, 'type', 'ssm')).toEqual(emptyFilters());
    expect(hasFilters(emptyFilters())).toBe(false);
  });

  it('writes the filters as a URL query and reads them back, leaving out values no facet knows', () => {
    const filters = toggleFilter(toggleFilter(toggleFilter(emptyFilters(), 'type', 'spad'), 'basin', 'sud'), 'basin', 'nord');
    expect(queryOf(filters)).toBe('?type=spad&basin=nord&basin=sud');
    expect(filtersFromQuery(queryOf(filters))).toEqual({...emptyFilters(), type: ['spad'], basin: ['nord', 'sud']});
    expect(queryOf(emptyFilters())).toBe('');
    expect(filtersFromQuery('?basin=ouest&type=ssm&type=ssm&cost=free&theme=logement&q=x')).toEqual({...emptyFilters(), type: ['ssm'], cost: ['free'], theme: ['logement']});
  });
});
