import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import {loadSearchIndex} from '../../cli/search';
import type {Item, OfferItem} from '../../model/items';
import {DEFAULT_OPTIONS} from '../../options';
import {normalizeLabel} from '../../shared/normalize';
import type {SearchIndexData} from '../../shared/search/types';
import {findTheme, labelsOf, themeLabel} from '../../shared/taxonomy';
import {fixtureSiteDir, fixtureTaxonomy} from '../../__fixtures__/taxonomy';
import {buildSearchIndex} from '../build';
import {startFakeAlgolia, type FakeAlgolia, type RecordedRequest} from './__fixtures__/fake-server';
import {contentHashOf, type AlgoliaRecord, type AlgoliaRecordContent} from './records';
import {runAlgoliaSync, type SyncReport, type SyncRequest} from './sync';

const taxonomy = fixtureTaxonomy();
const indexName = 'passerelles_fr';

const base = {file: 'docs/x.md', summary: 'Résumé.', text: 'Texte.'};
const offer: Pick<OfferItem, 'organizer' | 'audience' | 'registration' | 'format' | 'sessions'> = {organizer: 'SSM', audience: ['tous'], registration: 'https://example.org', format: 'presentiel', sessions: []};
const items: Item[] = [
  {...base, id: 'v-nuit', kind: 'vignette', permalink: '/v/nuit', title: 'Une nuit aux urgences', themes: ['double-diagnostic', 'prevention-suicide'], publics: []},
  {...base, id: 'v-exil', kind: 'vignette', permalink: '/v/exil', title: 'Trois langues dans la pièce', themes: ['migration'], publics: []},
  {
    ...base, ...offer, id: 'o-intervision', kind: 'intervision', permalink: '/o/intervision', title: 'Intervision du jeudi', themes: ['double-diagnostic'],
    languages: ['fr', 'nl'], basin: 'nord', cost: {amount: 0}, sessions: [{start: '2026-09-10T12:30:00+02:00', end: '2026-09-10T14:00:00+02:00'}],
  },
  {...base, ...offer, id: 'o-groupe', kind: 'groupe-de-travail', permalink: '/o/groupe', title: 'Groupe assuétudes', themes: ['assuetudes'], languages: ['nl'], basin: 'sud', cost: {amount: 20}, recurrence: 'Chaque mois'},
  {...base, id: 'c-nord', kind: 'concertation', permalink: '/c/nord', title: 'Concertation nord', themes: ['deficience-intellectuelle', 'migration'], basin: 'nord'},
];

function searchIndexOf(contentItems: readonly Item[]): SearchIndexData {
  return buildSearchIndex({items: contentItems, taxonomy, locale: 'fr', themePermalink: (id) => `/thematiques/${id}`});
}

function frenchLabel(id: string): string {
  const theme = findTheme(taxonomy, id);
  if (theme === undefined) throw new Error(`no theme ${id} in the fixture taxonomy`);
  return themeLabel(theme, 'fr');
}

function retitled(id: string, title: string): Item[] {
  return items.map((item) => (item.id === id ? {...item, title} : item));
}

let fake: FakeAlgolia;

beforeEach(async () => {
  fake = await startFakeAlgolia();
});

afterEach(async () => {
  await fake.close();
});

function credentials(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {ALGOLIA_APP_ID: fake.appId, ALGOLIA_ADMIN_API_KEY: fake.apiKey, ALGOLIA_INDEX_NAME: indexName, ...overrides};
}

function sync(contentItems: readonly Item[], request: Partial<SyncRequest> = {}): ReturnType<typeof runAlgoliaSync> {
  return runAlgoliaSync({index: searchIndexOf(contentItems), environment: credentials(), connection: fake.connection, ...request});
}

async function synced(contentItems: readonly Item[], request: Partial<SyncRequest> = {}): Promise<SyncReport> {
  const outcome = await sync(contentItems, request);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.report;
}

/** A first sync, then a clean request log: the state every later sync starts from. */
async function liveIndexOf(contentItems: readonly Item[]): Promise<unknown[]> {
  await synced(contentItems);
  fake.reset();
  return structuredClone(fake.records(indexName));
}

function requestsTo(suffix: string, requests: readonly RecordedRequest[] = fake.requests): RecordedRequest[] {
  return requests.filter((request) => request.path === `/1/indexes/${indexName}${suffix}`);
}

interface BatchBody {
  requests: {action: string; body: {objectID: string}}[];
}

function batchOperations(): BatchBody['requests'] {
  return requestsTo('/batch').flatMap((request) => (request.body as BatchBody).requests);
}

/** `searchable(themes)` → `themes`. */
function attributeName(setting: string): string {
  return /^\w+\((.+)\)$/.exec(setting)?.[1] ?? setting;
}

function expectCleanFailure(outcome: Awaited<ReturnType<typeof runAlgoliaSync>>, cause: RegExp): void {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.message).toMatch(cause);
  expect(outcome.message).not.toContain('\n');
  expect(outcome.message).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('passerelles:algolia-sync against a fake Algolia', () => {
  jest.setTimeout(15_000);

  it('sends the settings: searchable attributes in order, the facets and the custom ranking', async () => {
    await synced(items);
    const [settings] = requestsTo('/settings').map((request) => request.body as Record<string, string[]>);
    expect(settings?.searchableAttributes).toEqual(['unordered(title)', 'unordered(themeLabels)', 'unordered(summary)']);
    expect(settings?.attributesForFaceting?.map(attributeName)).toEqual(expect.arrayContaining(['kind', 'themes', 'basin', 'languages', 'language', 'free']));
    expect(settings?.customRanking).toContain('desc(lastSessionEnd)');
    expect(fake.index(indexName)?.settings).toEqual(settings);
  });

  it('replaces the synonyms with one multi-way synonym per theme, leaving out the labels two themes share', async () => {
    await synced(items);
    const [request] = requestsTo('/synonyms/batch');
    expect(request?.query.replaceExistingSynonyms).toBe('true');
    const synonyms = request?.body as {objectID: string; type: string; synonyms: string[]}[];
    expect(synonyms.map((synonym) => synonym.objectID)).toEqual(taxonomy.themes.map((theme) => `theme-${theme.id}`));
    expect(synonyms.every((synonym) => synonym.type === 'synonym')).toBe(true);

    const shared = Object.entries(taxonomy.labels).filter(([, ids]) => ids.length > 1).map(([label]) => label);
    expect(shared).toContain(normalizeLabel('double diagnostic'));
    for (const theme of taxonomy.themes) {
      const synonym = synonyms.find((candidate) => candidate.objectID === `theme-${theme.id}`);
      const expected = new Set(labelsOf(theme).slice(1).map(normalizeLabel).filter((label) => !shared.includes(label)));
      expect(new Set(synonym?.synonyms.map(normalizeLabel))).toEqual(expected);
    }
  });

  it('writes every record on a first sync, with the labels of its themes and the hash of its content', async () => {
    const report = await synced(items);
    const index = searchIndexOf(items);
    const records = fake.records(indexName) as AlgoliaRecord[];
    expect(records.map((record) => record.objectID)).toEqual(index.documents.map((document) => document.id).sort());
    expect(report.added).toEqual(records.map((record) => record.objectID));
    for (const record of records) {
      const {contentHash, ...content} = record;
      expect(contentHash).toBe(contentHashOf(content as AlgoliaRecordContent));
      expect(record.language).toBe('fr');
      expect(record.themeLabels).toEqual(record.themes.map(frenchLabel));
    }
    const intervision = records.find((record) => record.objectID === 'o-intervision');
    expect(intervision).toMatchObject({kind: 'intervision', basin: 'nord', languages: ['fr', 'nl'], free: true, format: 'presentiel', recurrent: false});
    expect(intervision?.lastSessionEnd).toBe(Date.parse('2026-09-10T14:00:00+02:00'));
  });

  it('writes no record when nothing changed', async () => {
    const before = await liveIndexOf(items);
    const report = await synced(items);
    expect(requestsTo('/batch')).toEqual([]);
    expect(fake.requests.filter((request) => request.path.endsWith('/operation'))).toEqual([]);
    expect(report).toMatchObject({added: [], updated: [], deleted: [], unchanged: items.length});
    expect(fake.records(indexName)).toEqual(before);
  });

  it('writes exactly the one record whose document changed', async () => {
    await liveIndexOf(items);
    const report = await synced(retitled('v-exil', 'Quatre langues dans la pièce'));
    expect(batchOperations()).toEqual([{action: 'addObject', body: expect.objectContaining({objectID: 'v-exil', title: 'Quatre langues dans la pièce'})}]);
    expect(report).toMatchObject({added: [], updated: ['v-exil'], deleted: [], unchanged: items.length - 1});
  });

  it('deletes the one record whose document was removed', async () => {
    await liveIndexOf(items);
    const report = await synced(items.filter((item) => item.id !== 'c-nord'));
    expect(batchOperations()).toEqual([{action: 'deleteObject', body: {objectID: 'c-nord'}}]);
    expect(report.deleted).toEqual(['c-nord']);
    expect(fake.records(indexName).map((record) => record.objectID)).not.toContain('c-nord');
  });

  it('--full replaces every record through a temporary index moved over the live one', async () => {
    fake.seed(indexName, [{objectID: 'stale', title: 'Ancienne page'}]);
    const report = await synced(items, {full: true});
    const operations = fake.requests.filter((request) => request.path.endsWith('/operation'));
    const move = operations.find((request) => (request.body as {operation: string}).operation === 'move');
    expect(move?.path).toMatch(new RegExp(`^/1/indexes/${indexName}_tmp_\\d+/operation$`));
    expect(move?.body).toEqual({operation: 'move', destination: indexName});
    expect(fake.indexNames()).toEqual([indexName]);
    expect(fake.records(indexName).map((record) => record.objectID)).toEqual(searchIndexOf(items).documents.map((document) => document.id).sort());
    expect(report).toMatchObject({mode: 'full', deleted: ['stale']});
    expect(fake.index(indexName)?.synonyms.size).toBe(report.synonyms);
  });

  it('--dry-run reads the live index and sends no write', async () => {
    const before = await liveIndexOf(items);
    const report = await synced(retitled('v-nuit', 'Une autre nuit'), {dryRun: true});
    expect(fake.writeRequests()).toEqual([]);
    expect(requestsTo('/browse')).toHaveLength(1);
    expect(report).toMatchObject({dryRun: true, updated: ['v-nuit'], added: [], deleted: []});
    expect(fake.records(indexName)).toEqual(before);
  });

  it('--dry-run without credentials compares with an empty index and reaches no server', async () => {
    const report = await synced(items, {dryRun: true, environment: {}});
    expect(fake.requests).toEqual([]);
    expect(report.indexName).toBeUndefined();
    expect(report.missingVariables).toEqual(['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME']);
    expect(report.added).toEqual(items.map((item) => item.id).sort());
  });

  it('names every missing variable, fails and sends nothing', async () => {
    const outcome = await sync(items, {environment: {ALGOLIA_APP_ID: fake.appId}});
    expectCleanFailure(outcome, /ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME/);
    expect(outcome.ok === false && outcome.message).not.toContain('ALGOLIA_APP_ID');
    expect(fake.requests).toEqual([]);
  });

  it('a 5xx on the batch endpoint ends with one clear line and leaves the live records as they were', async () => {
    const before = await liveIndexOf(items);
    fake.inject({path: new RegExp(`^/1/indexes/${indexName}/batch$`), status: 503});
    const outcome = await sync(retitled('v-exil', 'Autre titre'));
    expectCleanFailure(outcome, /while writing the records: HTTP 503 from POST http:\/\/127\.0\.0\.1:\d+\/1\/indexes\/passerelles_fr\/batch.*records of the live index were not changed/);
    expect(requestsTo('/batch')).toHaveLength(1);
    expect(fake.records(indexName)).toEqual(before);
  });

  it('a time-out ends with one clear line, before any write', async () => {
    const before = await liveIndexOf(items);
    fake.inject({path: /\/browse$/, hang: true});
    const outcome = await sync(retitled('v-exil', 'Autre titre'));
    expectCleanFailure(outcome, /while reading the current records: time-out: no answer to POST .*\/browse within \d+ ms/);
    expect(fake.writeRequests()).toEqual([]);
    expect(fake.records(indexName)).toEqual(before);
  });

  it('a time-out on a record write ends with one clear line that does not claim the records unchanged', async () => {
    const before = await liveIndexOf(items);
    fake.inject({path: new RegExp(`^/1/indexes/${indexName}/batch$`), hang: true});
    const outcome = await sync(retitled('v-exil', 'Autre titre'));
    expectCleanFailure(outcome, /while writing the records: time-out: no answer to POST .*\/batch within \d+ ms\.$/);
    expect(fake.records(indexName)).toEqual(before);
  });

  it('a wrong API key (403) ends with one clear line naming the credentials, before any write', async () => {
    const before = await liveIndexOf(items);
    const outcome = await sync(retitled('v-exil', 'Autre titre'), {environment: credentials({ALGOLIA_ADMIN_API_KEY: 'wrong'})});
    expectCleanFailure(outcome, /HTTP 403, credentials refused \(Invalid Application-ID or API key\): check ALGOLIA_APP_ID and .*ALGOLIA_ADMIN_API_KEY/);
    expect(fake.writeRequests()).toEqual([]);
    expect(fake.records(indexName)).toEqual(before);
  });

  it('--full: a 5xx on the final move leaves the live records as they were and drops the temporary index', async () => {
    const before = await liveIndexOf(items);
    fake.inject({path: /_tmp_\d+\/operation$/, status: 500});
    const outcome = await sync(retitled('v-exil', 'Autre titre'), {full: true});
    expectCleanFailure(outcome, /while replacing all the records: HTTP 500 .*_tmp_\d+\/operation/);
    expect(fake.records(indexName)).toEqual(before);
    expect(fake.indexNames()).toEqual([indexName]);
  });
});

describe('docusaurus passerelles:algolia-sync', () => {
  jest.setTimeout(60_000);

  const run = promisify(execFile);
  const repositoryRoot = path.resolve(__dirname, '../../../../..');
  const docusaurusBin = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
  const withoutAlgolia = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ALGOLIA_')));

  async function command(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
    try {
      const {stdout, stderr} = await run(process.execPath, [docusaurusBin, 'passerelles:algolia-sync', fixtureSiteDir, ...args], {cwd: repositoryRoot, env: withoutAlgolia});
      return {code: 0, stdout, stderr};
    } catch (error) {
      const failed = error as {code: number; stdout: string; stderr: string};
      return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
    }
  }

  it('exits 1 naming the missing variables, without a stack trace', async () => {
    const outcome = await command();
    expect(outcome.code).toBe(1);
    expect(outcome.stdout + outcome.stderr).toContain('ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME');
    expect(outcome.stdout + outcome.stderr).not.toMatch(/\n\s+at /);
  });

  it('--dry-run --json prints the plan against an empty index when no credentials are set', async () => {
    const site = {siteDir: fixtureSiteDir, options: {id: 'default', ...DEFAULT_OPTIONS}, baseUrl: '/', trailingSlash: undefined, defaultLocale: 'fr'};
    const {index} = await loadSearchIndex(site, 'fr');
    const outcome = await command('--dry-run', '--json');
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout)).toEqual({
      mode: 'incremental',
      dryRun: true,
      added: index.documents.map((document) => document.id).sort(),
      updated: [],
      deleted: [],
      unchanged: 0,
    });
    expect(outcome.stderr).toContain('compared with an empty index');
  });
});
