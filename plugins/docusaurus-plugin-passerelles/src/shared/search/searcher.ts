/**
 * One ranking for the browser and the CLI: themes named by the query first,
 * then items by relevance (BM25 on stemmed text, typo and prefix tolerant,
 * title and themes above summary above body), items tagged with those themes
 * lifted, and facet counts for what the results contain.
 */
import type {SearchResult} from 'minisearch';
import {createAnalyzer, tokenize, type Analyzer} from './analyze';
import {fieldBoosts, loadTextShard, loadThemesEngine, shardOfTerm, splitOnSpaces, type TextShardData} from './engine';
import {createThemeMatcher} from './themes';
import {facetNames, type FacetName, type Filters, type ResultHit, type SearchDocument, type SearchIndexData, type SearchRequest, type SearchResponse, type SearchTheme} from './types';

export interface Searcher {
  /** Answers with the text shards attached so far: ask `missingShards` first for a complete answer. */
  search(request: SearchRequest): SearchResponse;
  /** The text shards a query's words are in that are not attached yet: what to fetch before asking. */
  missingShards(query: string): number[];
  /** Adds a shard of the text index; a query then matches the words of that shard. */
  attachTextShard(shard: TextShardData): void;
  readonly textShardCount: number;
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
  const themesEngine = loadThemesEngine(data.themesEngine);
  const commonTerms = new Set(data.textLayout.commonTerms);
  const vocabulary = new Set<string>();
  const textShards = new Map<number, ReturnType<typeof loadTextShard>>();
  const attachTextShard = (shard: TextShardData): void => {
    if (textShards.has(shard.shard)) return;
    textShards.set(shard.shard, loadTextShard(data.textLayout, data.themesEngine, shard));
    for (const [term] of shard.index) vocabulary.add(term);
  };
  for (const shard of data.textShards ?? []) attachTextShard(shard);
  const shardsOf = (terms: readonly string[]): number[] => [...new Set(terms.flatMap((term) => shardOfTerm(data.textLayout, term) ?? []))];
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
    textShardCount: data.textLayout.shardCount,
    attachTextShard,
    missingShards(query) {
      return shardsOf(analyseQuery(query, analyzer, commonTerms).terms).filter((shard) => !textShards.has(shard));
    },
    search({query, filters = {}, limit = 20, now}) {
      const matchedThemes = themes.match(query);
      const themeIds = matchedThemes.map((theme) => theme.id);

      let scored: {document: SearchDocument; score: number}[];
      if (query.trim() === '') {
        scored = data.documents.map((document) => ({document, score: 0}));
      } else {
        const {terms, prefix, stemsOfWords} = analyseQuery(query, analyzer, commonTerms);
        // Typo tolerance (one edit, two on long words) is for words the index does not know: a word one of
        // whose stems is known is no typo, and fuzzy matching is the costliest part of a query.
        const unknownStems = new Set(stemsOfWords.filter((wordStems) => !wordStems.some((stem) => vocabulary.has(stem))).flat());
        // Each term is looked up in its own shard only, so that the answer does not depend on which
        // other shards happen to be loaded.
        const textHits = shardsOf(terms).flatMap((shard) => {
          const engine = textShards.get(shard);
          if (engine === undefined) return [];
          return [
            engine.search({
              queries: [terms.filter((term) => shardOfTerm(data.textLayout, term) === shard).join(' ')],
              boost: fieldBoosts,
              tokenize: splitOnSpaces,
              processTerm: (term: string) => term,
              prefix: (term: string) => term === prefix,
              fuzzy: (term: string) => (term.length >= 5 && unknownStems.has(term) ? 0.2 : false),
              maxFuzzy: 2,
            }),
          ];
        });
        const themeHits =
          themeIds.length === 0
            ? []
            : themesEngine.search(themeIds.join(' '), {
                boost: {themes: themeBoost * fieldBoosts.themes},
                tokenize: splitOnSpaces,
                processTerm: (term: string) => term,
                boostDocument: themeWeight,
              });
        scored = [];
        for (const hit of rankHits([themeHits, ...textHits])) {
          const document = documents.get(hit.id);
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

/**
 * A query's terms: the stems of its words in the three languages, function
 * words dropped, and the word being typed, which also matches as a prefix.
 */
function analyseQuery(query: string, analyzer: Analyzer, commonTerms: ReadonlySet<string>): {terms: string[]; prefix: string | undefined; stemsOfWords: string[][]} {
  const allWords = tokenize(query)
    .map((word) => ({word, stems: analyzer.queryStems(word) ?? []}))
    .filter(({stems}) => stems.length > 0);
  // A word found in most documents tells little and costs the most: beside rarer words it is left out,
  // as Lucene's common-terms query does. Alone, it is what the reader asks for.
  const rare = allWords.filter(({stems}) => !stems.some((stem) => commonTerms.has(stem)));
  const words = rare.length > 0 ? rare : allWords;
  const stemsOfWords = words.map(({stems}) => stems);
  // The last word may be unfinished: as typed, it also matches the terms it begins. A finished word
  // begins almost none of the (stemmed) terms, so this costs nothing when the reader is done typing.
  const last = allWords.at(-1);
  const prefix = last !== undefined && last.word.length >= 3 && words.includes(last) ? last.word : undefined;
  return {terms: [...new Set([...stemsOfWords.flat(), ...(prefix === undefined ? [] : [prefix])])], prefix, stemsOfWords};
}

/**
 * Adds up the scores a document gets from each engine, as one OR query would,
 * and keeps, best first, those scoring at least a small share of the best:
 * the long tail of an OR query (a document sharing one common word) is noise,
 * not a result.
 */
function rankHits(lists: readonly (readonly SearchResult[])[]): {id: string; score: number}[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length === 1) {
    // MiniSearch answers best first.
    const [list = []] = nonEmpty;
    const floor = (list[0]?.score ?? 0) * minimumRelativeScore;
    const end = list.findIndex((hit) => hit.score < floor);
    return (end === -1 ? list : list.slice(0, end)).map((hit) => ({id: String(hit.id), score: hit.score}));
  }
  const scores = new Map<string, number>();
  let best = 0;
  for (const list of nonEmpty) {
    for (const hit of list) {
      const id = String(hit.id);
      const score = (scores.get(id) ?? 0) + hit.score;
      scores.set(id, score);
      if (score > best) best = score;
    }
  }
  const floor = best * minimumRelativeScore;
  const kept: {id: string; score: number}[] = [];
  for (const [id, score] of scores) if (score >= floor) kept.push({id, score});
  return kept.sort((a, b) => b.score - a.score);
}

/** Drops empty values, so that `{kind: ''}` from a form means no filter. */
export function cleanFilters(filters: Filters): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as Filters;
}
