import type {Item} from '../../model/items';
import {buildSearchIndex} from '../../search/build';
import {fixtureTaxonomy} from '../../__fixtures__/taxonomy';
import {createSearcher, facetValues} from './searcher';
import type {SearchDocument} from './types';

const base = {file: 'docs/x.md', summary: 'Résumé.'};
const items: Item[] = [
  {...base, id: 'v-nuit', kind: 'vignette', permalink: '/v/nuit', title: 'Une nuit aux urgences', themes: ['double-diagnostic', 'prevention-suicide'], publics: [], text: 'Un homme arrive après avoir bu et pris des calmants. Les urgentistes hésitent.'},
  {...base, id: 'v-exil', kind: 'vignette', permalink: '/v/exil', title: 'Trois langues dans la pièce', themes: ['migration'], publics: [], text: "Une consultation avec un interprète pour une femme arrivée l'an dernier."},
  {...base, id: 'v-di', kind: 'vignette', permalink: '/v/di', title: 'Entre deux services', themes: ['deficience-intellectuelle'], publics: [], text: 'Un jeune homme avec une déficience et des troubles du comportement.'},
  {
    ...base, id: 'o-intervision', kind: 'intervision', permalink: '/o/intervision', title: 'Intervision du jeudi', themes: ['double-diagnostic'],
    text: 'Un temps de midi entre collègues.', organizer: 'SSM', audience: ['tous'], languages: ['fr', 'nl'], basin: 'nord', format: 'presentiel',
    cost: {amount: 0}, registration: 'https://example.org', sessions: [{start: '2026-09-10T12:30:00+02:00', end: '2026-09-10T14:00:00+02:00'}],
  },
  {
    ...base, id: 'o-formation', kind: 'formation', permalink: '/o/formation', title: 'Formation prévention du suicide', themes: ['prevention-suicide'],
    text: 'Deux journées sur le risque suicidaire.', organizer: 'Asbl', audience: ['tous'], languages: ['fr'], basin: 'sud', format: 'en-ligne',
    cost: {amount: 90}, registration: 'https://example.org', sessions: [{start: '2026-03-10T09:00:00+01:00', end: '2026-03-10T17:00:00+01:00'}],
  },
  {
    ...base, id: 'o-groupe', kind: 'groupe-de-travail', permalink: '/o/groupe', title: 'Groupe assuétudes', themes: ['assuetudes'],
    text: 'Un groupe permanent.', organizer: 'Réseau', audience: ['tous'], languages: ['nl'], basin: 'nord', format: 'hybride',
    cost: {amount: 0}, registration: 'https://example.org', sessions: [], recurrence: 'Chaque mois',
  },
];

const index = buildSearchIndex({items, taxonomy: fixtureTaxonomy(), locale: 'fr', themePermalink: (id) => `/thematiques/${id}`});
// What the browser and the CLI load: the index after a trip through JSON.
const searcher = createSearcher(JSON.parse(JSON.stringify(index)));
const now = Date.parse('2026-06-01T00:00:00Z');
const ids = (query: string, filters = {}): string[] => searcher.search({query, filters, now}).results.map((result) => result.id);

describe('the searcher', () => {
  it('returns the theme a label names first, in any language, and lifts the items tagged with it', () => {
    const response = searcher.search({query: 'psy + addictions', now});
    expect(response.themes).toEqual([expect.objectContaining({id: 'double-diagnostic', ambiguous: false, permalink: '/thematiques/double-diagnostic'})]);
    expect(response.results.map((result) => result.id).slice(0, 2).sort()).toEqual(['o-intervision', 'v-nuit']);
    expect(searcher.search({query: 'nieuwkomers', now}).results[0]?.id).toBe('v-exil');
  });

  it('returns every candidate of an ambiguous label, with its scope note', () => {
    const response = searcher.search({query: 'Dubbele diagnose', now});
    expect(response.themes.map((theme) => [theme.id, theme.ambiguous]).sort()).toEqual([
      ['deficience-intellectuelle', true],
      ['double-diagnostic', true],
    ]);
    expect(response.themes.every((theme) => theme.scopeNote.length > 0)).toBe(true);
    expect(ids('double diagnostic')).toEqual(expect.arrayContaining(['v-di', 'v-nuit', 'o-intervision']));
  });

  it('matches a theme from part of a label, with a typo, or inside a longer query', () => {
    expect(searcher.search({query: 'prevention suicide', now}).themes[0]?.id).toBe('prevention-suicide');
    expect(searcher.search({query: 'assuetude', now}).themes[0]?.id).toBe('assuetudes');
    expect(searcher.search({query: 'formation psy + addictions bruxelles', now}).themes[0]?.id).toBe('double-diagnostic');
    expect(searcher.search({query: 'calmants', now}).themes).toEqual([]);
  });

  it('folds accents and case, stems, tolerates typos and completes prefixes', () => {
    expect(ids('INTERPRETE')).toEqual(['v-exil']);
    expect(ids('interprètes')).toEqual(['v-exil']);
    expect(ids('intervison')).toEqual(['o-intervision']);
    expect(ids('urgen')).toEqual(['v-nuit']);
  });

  it('ranks a title match above a body match', () => {
    expect(ids('suicide').slice(0, 1)).toEqual(['o-formation']);
  });

  it('filters by facets and counts each facet as if its own filter were off', () => {
    const response = searcher.search({query: '', filters: {basin: 'nord'}, now});
    expect(response.results.map((result) => result.id).sort()).toEqual(['o-groupe', 'o-intervision']);
    expect(response.facets.basin).toEqual({nord: 2, sud: 1});
    expect(response.facets.kind).toEqual({intervision: 1, 'groupe-de-travail': 1});
    expect(response.facets.cost).toEqual({free: 2});
    expect(ids('', {language: 'nl', cost: 'free'}).sort()).toEqual(['o-groupe', 'o-intervision']);
    expect(ids('', {theme: 'migration'})).toEqual(['v-exil']);
  });

  it('decides "upcoming" with the clock it is given', () => {
    expect(ids('', {upcoming: 'upcoming'}).sort()).toEqual(['o-groupe', 'o-intervision']);
    const later = Date.parse('2026-12-01T00:00:00Z');
    expect(searcher.search({query: '', filters: {upcoming: 'upcoming'}, now: later}).results.map((result) => result.id)).toEqual(['o-groupe']);
  });

  it('answers by theme at once, and matches words once the shard of those words is attached', () => {
    const {textShards = [], ...head} = JSON.parse(JSON.stringify(index)) as typeof index;
    const partial = createSearcher(head);
    expect(partial.missingShards('interprète')).toEqual([0]);
    expect(partial.search({query: 'interprète', now}).results).toEqual([]);
    expect(partial.search({query: 'migration', now}).results.map((result) => result.id)).toEqual(['v-exil']);
    for (const shard of textShards) partial.attachTextShard(shard);
    expect(partial.missingShards('interprète')).toEqual([]);
    expect(partial.search({query: 'interprète', now}).results.map((result) => result.id)).toEqual(['v-exil']);
  });

  it('limits the results but reports the total', () => {
    const response = searcher.search({query: '', limit: 2, now});
    expect(response.results).toHaveLength(2);
    expect(response.total).toBe(6);
  });

  it('gives vignettes and concertations no offer facet values', () => {
    const vignette = index.documents.find((document) => document.id === 'v-nuit') as SearchDocument;
    expect(facetValues(vignette, 'upcoming', now)).toEqual([]);
    expect(facetValues(vignette, 'cost', now)).toEqual([]);
  });
});
