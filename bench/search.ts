/**
 * npm run bench:search — the search index of Passerelles (MiniSearch, per
 * locale, with documents and taxonomy) against the candidates, on the same
 * deterministic corpus, in one run: lunr with positions (what the popular
 * Docusaurus local-search plugins ship), Orama and FlexSearch.
 * Writes the table into bench/RESULTS.md between the search markers.
 */
import os from 'node:os';
import {create, insertMultiple, load as loadOrama, save as saveOrama, search as searchOrama} from '@orama/orama';
import {stemmer as frenchStemmer} from '@orama/stemmers/french';
import {Document as FlexDocument} from 'flexsearch';
import lunr from 'lunr';
import {buildSearchIndex, searchableText} from '../plugins/docusaurus-plugin-passerelles/src/search/build';
import {createSearcher} from '../plugins/docusaurus-plugin-passerelles/src/shared/search/searcher';
import {relevanceCases} from '../tests/relevance/queries';
import {generateCorpus, realTaxonomy} from './corpus';
import {kb, median, ms, percentile, sizes, time, timeMedian, writeResultsSection} from './stats';

// lunr-languages registers itself on the lunr object it is given.
/* eslint-disable @typescript-eslint/no-require-imports */
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.fr')(lunr);
/* eslint-enable @typescript-eslint/no-require-imports */

type LunrWithFrench = typeof lunr & {fr: lunr.Builder.Plugin};

interface Row {
  engine: string;
  items: number;
  buildMs: number;
  raw: number;
  gzip: number;
  /** Until the first query can be answered. */
  loadMs: number;
  /** Until the whole index is loaded (the same as loadMs for engines loaded in one piece). */
  completeMs: number;
  p50: number;
  p95: number;
  hitRate: number;
}

const queries = [
  ...relevanceCases.map((entry) => entry.query),
  'accompagnement',
  'urgence psychiatrique',
  'intervison',
  'logement social',
  'premiere ligne',
  'famille',
  'réseau saturé liste attente',
  'psychiatre',
];
const repetitions = 5;
/** Each engine's index is loaded this many times and the median kept. */
const loadRepetitions = 3;

/** Collects garbage when node runs with --expose-gc, so that one engine's leftovers do not pause the next. */
function collectGarbage(): void {
  (globalThis as {gc?: () => void}).gc?.();
}

function measureQueries(run: (query: string) => number): {p50: number; p95: number; hitRate: number} {
  const timings: number[] = [];
  let hits = 0;
  // One round unmeasured for every engine alike: the JIT warms up, as it does after a reader's first keystrokes.
  for (const query of queries) run(query);
  collectGarbage();
  for (let round = 0; round < repetitions; round += 1) {
    for (const query of queries) {
      const {value, ms: elapsed} = time(() => run(query));
      timings.push(elapsed);
      if (round === 0 && value > 0) hits += 1;
    }
  }
  return {p50: percentile(timings, 0.5), p95: percentile(timings, 0.95), hitRate: hits / queries.length};
}

async function benchmark(count: number): Promise<Row[]> {
  const taxonomy = realTaxonomy();
  const items = generateCorpus(taxonomy, {count, seed: 20261123, around: new Date('2026-11-20T00:00:00Z')});
  const rows: Row[] = [];

  // Passerelles: documents + taxonomy + MiniSearch index, one JSON file per locale.
  {
    // What the browser loads: the head (documents, themes, titles and summaries) first, then the body
    // shards a query's words are in.
    const built = time(() => {
      const {textShards = [], ...head} = buildSearchIndex({items, taxonomy, locale: 'fr', themePermalink: (id) => `/thematiques/${id}/`});
      return {head: JSON.stringify(head), shards: textShards.map((shard) => JSON.stringify(shard))};
    });
    collectGarbage();
    // Per load: the head, then every shard, each timed, so that "first answers" can add the shards of the
    // most demanding query.
    const loads = Array.from({length: loadRepetitions}, () => {
      collectGarbage();
      const head = time(() => createSearcher(JSON.parse(built.value.head)));
      const needed = queries.map((query) => head.value.missingShards(query));
      const shardMs = built.value.shards.map((shard) => time(() => head.value.attachTextShard(JSON.parse(shard))).ms);
      const worstQueryShardsMs = Math.max(0, ...needed.map((shards) => shards.reduce((sum, shard) => sum + (shardMs[shard] ?? 0), 0)));
      return {searcher: head.value, firstAnswersMs: head.ms + worstQueryShardsMs, allMs: head.ms + shardMs.reduce((sum, value) => sum + value, 0)};
    });
    const loaded = {value: loads.at(-1)?.searcher ?? createSearcher(JSON.parse(built.value.head))};
    const now = Date.parse('2026-11-20');
    const queried = measureQueries((query) => loaded.value.search({query, now, limit: 10}).results.length);
    const files = [built.value.head, ...built.value.shards];
    rows.push({
      engine: `Passerelles (MiniSearch, head + ${built.value.shards.length} text shards)`,
      items: count,
      buildMs: built.ms,
      raw: files.reduce((sum, file) => sum + sizes(file).raw, 0),
      gzip: files.reduce((sum, file) => sum + sizes(file).gzip, 0),
      loadMs: median(loads.map((load) => load.firstAnswersMs)),
      completeMs: median(loads.map((load) => load.allMs)),
      ...queried,
    });
  }

  const documents = items.map((item) => ({id: item.id, title: item.title, summary: item.summary ?? '', body: searchableText(item.text), themes: item.themes.join(' ')}));

  // lunr with positions and the French stemmer, as docusaurus-search-local and docusaurus-lunr-search ship it.
  {
    const built = time(() => {
      const index = lunr(function build() {
        this.use((lunr as LunrWithFrench).fr);
        this.metadataWhitelist = ['position'];
        this.ref('id');
        this.field('title', {boost: 3});
        this.field('themes', {boost: 3});
        this.field('summary', {boost: 2});
        this.field('body');
        for (const document of documents) this.add(document);
      });
      return JSON.stringify({index, documents: documents.map(({id, title, summary}) => ({id, title, summary}))});
    });
    collectGarbage();
    const loaded = timeMedian(() => lunr.Index.load((JSON.parse(built.value) as {index: object}).index), loadRepetitions, collectGarbage);
    const queried = measureQueries((query) => {
      const terms = query.normalize('NFD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      return terms === '' ? 0 : loaded.value.search(terms).length;
    });
    rows.push({engine: 'lunr + lunr-languages (positions)', items: count, buildMs: built.ms, ...sizesOf(built.value), loadMs: loaded.ms, completeMs: loaded.ms, ...queried});
  }

  // Orama with its French stemmer, typo tolerance 1.
  {
    const start = process.hrtime.bigint();
    const database = create({
      schema: {id: 'string', title: 'string', summary: 'string', body: 'string', themes: 'string'} as const,
      components: {tokenizer: {stemming: true, stemmer: frenchStemmer, language: 'french'}},
    });
    await insertMultiple(database, documents);
    const serialised = JSON.stringify(saveOrama(database));
    const buildMs = Number(process.hrtime.bigint() - start) / 1e6;
    collectGarbage();
    const loaded = timeMedian(() => {
      const copy = create({
        schema: {id: 'string', title: 'string', summary: 'string', body: 'string', themes: 'string'} as const,
        components: {tokenizer: {stemming: true, stemmer: frenchStemmer, language: 'french'}},
      });
      loadOrama(copy, JSON.parse(serialised));
      return copy;
    }, loadRepetitions, collectGarbage);
    const queried = measureQueries((query) => {
      const result = searchOrama(loaded.value, {term: query, tolerance: 1, limit: 10});
      return 'count' in result ? result.count : 0;
    });
    rows.push({engine: 'Orama (stemming, tolerance 1)', items: count, buildMs, ...sizesOf(serialised), loadMs: loaded.ms, completeMs: loaded.ms, ...queried});
  }

  // FlexSearch document index, forward tokenizer (prefixes).
  {
    const built = time(() => {
      const index = new FlexDocument({document: {id: 'id', index: ['title', 'summary', 'body', 'themes']}, tokenize: 'forward'});
      for (const document of documents) index.add(document);
      const parts: Record<string, string> = {};
      index.export((key: string | number, data: string) => {
        parts[String(key)] = data;
      });
      return {index, serialised: JSON.stringify(parts)};
    });
    collectGarbage();
    const loaded = timeMedian(() => {
      const copy = new FlexDocument({document: {id: 'id', index: ['title', 'summary', 'body', 'themes']}, tokenize: 'forward'});
      for (const [key, data] of Object.entries(JSON.parse(built.value.serialised) as Record<string, string>)) copy.import(key, data);
      return copy;
    }, loadRepetitions, collectGarbage);
    const queried = measureQueries((query) => loaded.value.search(query, {limit: 10}).reduce((sum, field) => sum + field.result.length, 0));
    rows.push({engine: 'FlexSearch (forward)', items: count, buildMs: built.ms, ...sizesOf(built.value.serialised), loadMs: loaded.ms, completeMs: loaded.ms, ...queried});
  }
  return rows;
}

function sizesOf(serialised: string): {raw: number; gzip: number} {
  return sizes(serialised);
}

function table(rows: Row[]): string {
  const header =
    '| items | engine | build | index raw | index gzip | load to first answers | load of all | query p50 | query p95 | queries with a hit |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map(
    (row) =>
      `| ${row.items} | ${row.engine} | ${ms(row.buildMs)} | ${kb(row.raw)} | ${kb(row.gzip)} | ${ms(row.loadMs)} | ${ms(row.completeMs)} | ${ms(row.p50)} | ${ms(row.p95)} | ${(row.hitRate * 100).toFixed(0)} % |`,
  );
  return [header, ...lines].join('\n');
}

function verdict(rows: Row[]): string {
  const at = (engine: string): Row | undefined => rows.find((row) => row.items === 10000 && row.engine.startsWith(engine));
  const ours = at('Passerelles');
  const lunrRow = at('lunr');
  if (ours === undefined || lunrRow === undefined) return '';
  const ratio = ours.gzip / lunrRow.gzip;
  return [
    `At 10,000 items: the Passerelles index is ${(ratio * 100).toFixed(0)} % of the lunr-with-positions index gzipped (target ≤ 40 %: ${ratio <= 0.4 ? 'met' : 'NOT met'}),`,
    `query p95 ${ms(ours.p95)} (target ≤ 10 ms: ${ours.p95 <= 10 ? 'met' : 'NOT met'}), load to first answers ${ms(ours.loadMs)} (target ≤ 500 ms: ${ours.loadMs <= 500 ? 'met' : 'NOT met'}),`,
    `load of the whole index ${ms(ours.completeMs)} (the shards a query does not need load after it has its answer; lunr loads in ${ms(lunrRow.completeMs)}).`,
  ].join(' ');
}

async function main(): Promise<void> {
  const rows = [...(await benchmark(1000)), ...(await benchmark(10000))];
  const section = writeResultsSection(
    'search',
    [
      `Run of ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
      `Corpus: \`bench/corpus.ts\`, seed 20261123, ~300 words per item (a third from the item's themes, the rest following Zipf's law over 20,000 words), real taxonomy. ${queries.length} queries × ${repetitions} measured rounds after one warm-up round (the committed relevance set plus generic words); garbage collected between engines. Load times are the median of ${loadRepetitions} loads of each index.`,
      'Sizes include all a browser downloads: documents (title, summary, facets) and, for Passerelles, the taxonomy labels and every part of the index. Passerelles loads in parts: the head (documents, themes, titles, summaries), then the text shards that hold the words of the query (the body is cut by the initial of its terms). "Load to first answers" is the head plus the shards of the most demanding query of the set, parsed and loaded; "load of all" is the head and every shard. Query times are measured with everything loaded.',
      '',
      table(rows),
      '',
      verdict(rows),
    ].join('\n'),
  );
  process.stdout.write(`${section}\n`);
}

void main();
