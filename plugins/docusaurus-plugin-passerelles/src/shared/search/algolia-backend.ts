/**
 * The Algolia side of the search UI: the same request and response as the
 * local index. Themes are still matched locally (the taxonomy is the alias
 * table), and lift their items through optional filters; facets are counted
 * as if their own filter were off, with one extra query per active facet.
 */
import {createAnalyzer} from './analyze';
import type {AlgoliaSearchConfig, SearchBackend, SearchThemesData} from './backend';
import {createThemeMatcher} from './themes';
import {facetNames, type FacetName, type Filters, type ResultHit, type SearchResponse} from './types';
import type {ItemKind} from '../kinds';

/** The one method of the Algolia lite client the backend uses. */
export interface AlgoliaSearchClient {
  search(parameters: {requests: AlgoliaQuery[]}): Promise<{results: readonly unknown[]}>;
}

export interface AlgoliaQuery {
  indexName: string;
  query: string;
  filters?: string;
  facets?: string[];
  optionalFilters?: string[];
  hitsPerPage: number;
}

interface AlgoliaResult {
  hits?: {objectID: string; kind?: ItemKind; title?: string; permalink?: string; summary?: string; themes?: string[]}[];
  nbHits?: number;
  facets?: Record<string, Record<string, number>>;
}

/** The record attribute behind each facet of the UI. */
export const algoliaFacetAttributes: Record<Exclude<FacetName, 'upcoming'>, string> = {
  kind: 'kind',
  theme: 'themes',
  basin: 'basin',
  language: 'languages',
  format: 'format',
  cost: 'free',
};

const quote = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`;

function filterFor(facet: FacetName, value: string, now: number): string {
  if (facet === 'upcoming') return value === 'upcoming' ? `upcomingUntil >= ${now}` : `upcomingUntil < ${now}`;
  if (facet === 'cost') return `free:${value === 'free' ? 'true' : 'false'}`;
  return `${algoliaFacetAttributes[facet]}:${quote(value)}`;
}

/** The Algolia `filters` string for the active filters, leaving one facet out when counting it. */
export function algoliaFilters(filters: Filters, now: number, except?: FacetName): string {
  return facetNames
    .filter((facet) => facet !== except && filters[facet] !== undefined && filters[facet] !== '')
    .map((facet) => filterFor(facet, filters[facet] ?? '', now))
    .join(' AND ');
}

function withFilters(query: AlgoliaQuery, filters: string): AlgoliaQuery {
  return filters === '' ? query : {...query, filters};
}

function facetCounts(result: AlgoliaResult | undefined, facet: Exclude<FacetName, 'upcoming'>): Record<string, number> {
  const counts = result?.facets?.[algoliaFacetAttributes[facet]] ?? {};
  if (facet !== 'cost') return {...counts};
  const renamed: Record<string, number> = {};
  if (counts.true !== undefined) renamed.free = counts.true;
  if (counts.false !== undefined) renamed.paid = counts.false;
  return renamed;
}

export function createAlgoliaBackend(client: AlgoliaSearchClient, config: AlgoliaSearchConfig, data: SearchThemesData): SearchBackend {
  const themes = createThemeMatcher(data.themes, createAnalyzer(data.stopwords));
  const facetAttributes = Object.values(algoliaFacetAttributes);

  return {
    themes: data.themes,
    async search({query, filters = {}, limit = 20, now}) {
      const matchedThemes = themes.match(query);
      const base: AlgoliaQuery = {indexName: config.indexName, query, hitsPerPage: 0};
      const active = facetNames.filter((facet) => facet !== 'upcoming' && filters[facet] !== undefined && filters[facet] !== '') as Exclude<FacetName, 'upcoming'>[];
      const requests: AlgoliaQuery[] = [
        withFilters(
          {
            ...base,
            hitsPerPage: limit,
            facets: facetAttributes,
            ...(matchedThemes.length === 0 ? {} : {optionalFilters: matchedThemes.map((theme) => `themes:${quote(theme.id)}`)}),
          },
          algoliaFilters(filters, now),
        ),
        ...active.map((facet) => withFilters({...base, facets: [algoliaFacetAttributes[facet]]}, algoliaFilters(filters, now, facet))),
        ...(['upcoming', 'past'] as const).map((value) =>
          withFilters(base, [algoliaFilters(filters, now, 'upcoming'), filterFor('upcoming', value, now)].filter((part) => part !== '').join(' AND ')),
        ),
      ];
      const {results} = await client.search({requests});
      const [main, ...rest] = results as AlgoliaResult[];
      const facets = {} as SearchResponse['facets'];
      for (const facet of facetNames) {
        if (facet === 'upcoming') continue;
        const activeIndex = active.indexOf(facet);
        facets[facet] = facetCounts(activeIndex === -1 ? main : rest[activeIndex], facet);
      }
      const [upcoming, past] = rest.slice(active.length);
      facets.upcoming = {};
      if ((upcoming?.nbHits ?? 0) > 0) facets.upcoming.upcoming = upcoming?.nbHits ?? 0;
      if ((past?.nbHits ?? 0) > 0) facets.upcoming.past = past?.nbHits ?? 0;

      const hits = main?.hits ?? [];
      const resultsList: ResultHit[] = hits.map((hit, position) => ({
        id: hit.objectID,
        kind: hit.kind ?? 'vignette',
        title: hit.title ?? hit.objectID,
        permalink: hit.permalink ?? '',
        summary: hit.summary ?? '',
        themes: hit.themes ?? [],
        // Algolia ranks but gives no score: the rank stands for it.
        score: hits.length - position,
      }));
      return {themes: matchedThemes, results: resultsList, total: main?.nbHits ?? resultsList.length, facets};
    },
  };
}
