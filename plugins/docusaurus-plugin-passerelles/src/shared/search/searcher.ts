/**
 * One ranking for the browser and the CLI: themes named by the query first,
 * then items by relevance (BM25 on stemmed text, typo and prefix tolerant,
 * title and themes above summary above body), items tagged with those themes
 * lifted, and facet counts for what the results contain.
 */
import type {SearchResult} from 'minisearch';
import {createAnalyzer, tokenize} from './analyze';
import {fieldBoosts, loadBodyEngine, loadHeadEngine, vocabularyOf} from './engine';
import {createThemeMatcher} from './themes';
import {facetNames, type FacetName, type Filters, type ResultHit, type SearchDocument, type SearchIndexData, type SearchRequest, type SearchResponse, type SearchTheme} from './types';

export interface Searcher {
  search(request: SearchRequest): SearchResponse;
  /** Adds the body index to a searcher created from the head alone; searches then match body words too. */
  attachBody(body: unknown): void;
  readonly hasBody: boolean;
  readonly documentCount: number;
  /** The taxonomy's themes in the index's locale, to name theme facet values. */
  readonly themes: readonly SearchTheme[];
}

/** How much a tagged item gains when the query names its theme, against the text match. */
const themeBoost = 6;

/** Results scoring under this share of the best one are dropped. */
const minimumRelativeScore = 0.05;

/** The values a document has for a facet: what the facet counts and a filter selects. */
export function facetValues(document: SearchDocument, facet: FacetName, now: number): string[] {
  switch (facet) {
    case 'kind':
      return [document.kind];
    case 'theme':
      return document.themes;
    case 'basin':
      return document.basin === undefined ? [] : [document.basin];
    case 'language':
      return document.languages ?? [];
    case 'format':
      return document.format === undefined ? [] : [document.format];
    case 'cost':
      return document.free === undefined ? [] : [document.free ? 'free' : 'paid'];
    case 'upcoming':
      if (document.lastSessionEnd === undefined && document.recurrent === undefined) return [];
      return document.recurrent === true || (document.lastSessionEnd ?? 0) >= now ? ['upcoming'] : ['past'];
  }
}

export function createSearcher(data: SearchIndexData): Searcher {
  const analyzer = createAnalyzer(data.stopwords);
  const head = loadHeadEngine(data.engine);
  const vocabulary = new Set(vocabularyOf(data.engine));
  let body: ReturnType<typeof loadBodyEngine> | undefined;
  const attachBody = (serialised: unknown): void => {
    body = loadBodyEngine(serialised);
    for (const term of vocabularyOf(serialised)) vocabulary.add(term);
  };
  if (data.body !== undefined) attachBody(data.body);
  const themes = createThemeMatcher(data.themes, analyzer);
  const documents = new Map(data.documents.map((document) => [document.id, document]));
  // Facet values never change but "upcoming", which depends on the clock. Each (facet, value) pair
  // gets a number, and each document the numbers of its pairs, when a query first meets it: counting
  // is then one array increment per pair, and loading stays proportional to the index alone.
  const staticFacets = facetNames.filter((facet) => facet !== 'upcoming');
  const pairs: (readonly [FacetName, string])[] = [];
  const pairNumbers = new Map<string, number>();
  const codesByDocument = new Map<SearchDocument, number[]>();
  const codesOf = (document: SearchDocument): number[] => {
    let codes = codesByDocument.get(document);
    if (codes === undefined) {
      codes = staticFacets.flatMap((facet) =>
        facetValues(document, facet, 0).map((value) => {
          const key = `${facet}\u0000${value}`;
          let code = pairNumbers.get(key);
          if (code === undefined) {
            code = pairs.length;
            pairs.push([facet, value]);
            pairNumbers.set(key, code);
          }
          return code;
        }),
      );
      codesByDocument.set(document, codes);
    }
    return codes;
  };
  const valuesOf = (document: SearchDocument, facet: FacetName, now: number): string[] =>
    facet === 'upcoming'
      ? facetValues(document, facet, now)
      : codesOf(document).flatMap((code) => (pairs[code]?.[0] === facet ? [pairs[code]?.[1] ?? ''] : []));
  // A report tagged with twenty themes says less about each than a vignette tagged with three.
  const themeWeight = (id: unknown): number => 1 / Math.sqrt(Math.max(1, (documents.get(String(id))?.themes.length ?? 1) / 3));

  return {
    documentCount: data.documents.length,
    themes: data.themes,
    attachBody,
    get hasBody() {
      return body !== undefined;
    },
    search({query, filters = {}, limit = 20, now}) {
      const matchedThemes = themes.match(query);
      const themeIds = matchedThemes.map((theme) => theme.id);

      let scored: {document: SearchDocument; score: number}[];
      if (query.trim() === '') {
        scored = data.documents.map((document) => ({document, score: 0}));
      } else {
        const textQuery = (fields: string[]) => ({
          queries: [query],
          fields,
          boost: fieldBoosts,
          tokenize,
          processTerm: (term: string) => analyzer.queryStems(term),
          // Only the word being typed is a prefix. Typo tolerance (one edit, two on long words) is for
          // words the index does not know: a known word is no typo, and fuzzy matching is the costliest part.
          prefix: (_term: string, index: number, terms: string[]) => index === terms.length - 1 && (terms[index]?.length ?? 0) >= 3,
          fuzzy: (term: string) => (term.length >= 5 && !vocabulary.has(term) ? 0.2 : false),
          maxFuzzy: 2,
        });
        const headHits: SearchResult[] = head.search({
          combineWith: 'OR',
          queries: [
            textQuery(['title', 'summary']),
            ...(themeIds.length === 0
              ? []
              : [
                  {
                    queries: [themeIds.join(' ')],
                    fields: ['themes'],
                    boost: {themes: themeBoost * fieldBoosts.themes},
                    tokenize: (text: string) => text.split(' '),
                    processTerm: (term: string) => term,
                    boostDocument: themeWeight,
                  },
                ]),
          ],
        });
        const hits = body === undefined ? headHits : mergeHits(headHits, body.search(textQuery(['body'])));
        // The long tail of an OR query (a document sharing one common word) is noise, not a result.
        const floor = (hits[0]?.score ?? 0) * minimumRelativeScore;
        scored = [];
        for (const hit of hits) {
          const document = hit.score >= floor ? documents.get(String(hit.id)) : undefined;
          if (document !== undefined) scored.push({document, score: hit.score});
        }
      }

      // One pass: a result failing no filter is kept and counted in every facet; a result failing
      // exactly one filter is counted in that facet only, as if its own filter were off.
      const active = facetNames.filter((facet) => filters[facet] !== undefined && filters[facet] !== '');
      const counts: number[] = [];
      const upcomingCounts = new Map<string, number>();
      const countUpcoming = (document: SearchDocument): void => {
        for (const value of facetValues(document, 'upcoming', now)) upcomingCounts.set(value, (upcomingCounts.get(value) ?? 0) + 1);
      };
      const kept: typeof scored = [];
      for (const entry of scored) {
        const failed = active.length === 0 ? active : active.filter((facet) => !valuesOf(entry.document, facet, now).includes(filters[facet] ?? ''));
        if (failed.length === 0) {
          kept.push(entry);
          for (const code of codesOf(entry.document)) counts[code] = (counts[code] ?? 0) + 1;
          countUpcoming(entry.document);
        } else if (failed.length === 1 && failed[0] === 'upcoming') {
          countUpcoming(entry.document);
        } else if (failed.length === 1) {
          for (const code of codesOf(entry.document)) if (pairs[code]?.[0] === failed[0]) counts[code] = (counts[code] ?? 0) + 1;
        }
      }
      const facets = Object.fromEntries(facetNames.map((facet) => [facet, {} as Record<string, number>])) as SearchResponse['facets'];
      counts.forEach((total, code) => {
        const pair = pairs[code];
        if (pair !== undefined) facets[pair[0]][pair[1]] = total;
      });
      facets.upcoming = Object.fromEntries(upcomingCounts);

      if (query.trim() === '') kept.sort((a, b) => a.document.title.localeCompare(b.document.title, data.locale));
      const results: ResultHit[] = kept.slice(0, limit).map(({document, score}) => ({
        id: document.id,
        kind: document.kind,
        title: document.title,
        permalink: document.permalink,
        summary: document.summary,
        themes: document.themes,
        score: Math.round(score * 1000) / 1000,
      }));
      return {themes: matchedThemes, results, total: kept.length, facets};
    },
  };
}

/** Adds up the scores a document gets from the head and the body, as one OR query would, best first. */
function mergeHits(head: readonly SearchResult[], body: readonly SearchResult[]): readonly {id: unknown; score: number}[] {
  if (body.length === 0) return head;
  const scores = new Map<unknown, number>();
  for (const hit of head) scores.set(hit.id, hit.score);
  for (const hit of body) scores.set(hit.id, (scores.get(hit.id) ?? 0) + hit.score);
  const merged: {id: unknown; score: number}[] = [];
  for (const [id, score] of scores) merged.push({id, score});
  return merged.sort((a, b) => b.score - a.score);
}

/** Drops empty values, so that `{kind: ''}` from a form means no filter. */
export function cleanFilters(filters: Filters): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as Filters;
}
