/**
 * Brings an Algolia index in line with the search index of one locale.
 *
 * Order of operations: read the live records first, compute every change,
 * and only then write settings, synonyms and records (records last). A
 * failure before the record writes leaves the live records as they were; in
 * `full` mode the records go through replaceAllObjects, which fills a
 * temporary index and moves it over the live one only at its last step.
 */
import type {algoliasearch as createClient, IndexSettings, SearchClient, SynonymHit} from 'algoliasearch';
import type {SearchIndexData} from '../../shared/search/types';
import {algoliaIndexSettings, algoliaRecords, themeSynonyms, type AlgoliaRecord} from './records';

/** The part of the client the sync uses: tests hand it the real client pointed at a fake server. */
export type AlgoliaSyncClient = Pick<SearchClient, 'browseObjects' | 'setSettings' | 'saveSynonyms' | 'batch' | 'replaceAllObjects' | 'waitForTask'>;

type AlgoliaClientOptions = NonNullable<Parameters<typeof createClient>[2]>;
/** Where and how patiently to reach Algolia; the client's defaults when absent. */
export type AlgoliaConnection = Pick<AlgoliaClientOptions, 'hosts' | 'timeouts'>;

export const algoliaEnvironmentVariables = ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;

export interface AlgoliaCredentials {
  appId: string;
  apiKey: string;
  indexName: string;
}

export type CredentialsLookup = {credentials: AlgoliaCredentials; missing?: undefined} | {credentials?: undefined; missing: string[]};

export function readAlgoliaCredentials(environment: NodeJS.ProcessEnv): CredentialsLookup {
  const missing = algoliaEnvironmentVariables.filter((name) => (environment[name] ?? '').trim() === '');
  const [appId = '', apiKey = '', indexName = ''] = algoliaEnvironmentVariables.map((name) => (environment[name] ?? '').trim());
  return missing.length > 0 ? {missing} : {credentials: {appId, apiKey, indexName}};
}

export interface SyncPlan {
  added: AlgoliaRecord[];
  updated: AlgoliaRecord[];
  deleted: string[];
  unchanged: number;
}

/** Live objectID → its contentHash (undefined for a record written by something else). */
export type LiveHashes = ReadonlyMap<string, string | undefined>;

export function planSync(records: readonly AlgoliaRecord[], live: LiveHashes): SyncPlan {
  const byId = (a: {objectID: string}, b: {objectID: string}): number => a.objectID.localeCompare(b.objectID);
  const wanted = new Set(records.map((record) => record.objectID));
  const added = records.filter((record) => !live.has(record.objectID)).sort(byId);
  const updated = records.filter((record) => live.has(record.objectID) && live.get(record.objectID) !== record.contentHash).sort(byId);
  const deleted = [...live.keys()].filter((objectID) => !wanted.has(objectID)).sort();
  return {added, updated, deleted, unchanged: records.length - added.length - updated.length};
}

export type SyncMode = 'incremental' | 'full';

export interface SyncReport {
  mode: SyncMode;
  dryRun: boolean;
  locale: string;
  /** Undefined in a dry run without credentials, which compares with an empty index. */
  indexName: string | undefined;
  /** The variables a dry run went without. */
  missingVariables: string[];
  added: string[];
  updated: string[];
  deleted: string[];
  unchanged: number;
  synonyms: number;
}

export type SyncOutcome = {ok: true; report: SyncReport} | {ok: false; message: string};

export interface SyncRequest {
  index: SearchIndexData;
  full?: boolean;
  dryRun?: boolean;
  environment?: NodeJS.ProcessEnv;
  connection?: AlgoliaConnection;
}

/**
 * Where a step stands with respect to the live records: before any record
 * write, writing the first records (untouched only if Algolia clearly
 * refused: a write that timed out may still have been applied), or after
 * some records were written.
 */
type RecordsStage = 'before' | 'writing' | 'after';

class SyncStepFailure extends Error {
  constructor(
    readonly step: string,
    readonly stage: RecordsStage,
    override readonly cause: unknown,
  ) {
    super(step);
  }
}

async function step<T>(name: string, stage: RecordsStage, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw new SyncStepFailure(name, stage, error);
  }
}

function hasStatus(error: unknown, status: number): boolean {
  return isRecord(error) && error.status === status;
}

type HashHit = {objectID: string; contentHash?: unknown};

/** The live records' ids and hashes; an index that does not exist yet has none. */
async function readLiveHashes(client: AlgoliaSyncClient, indexName: string): Promise<Map<string, string | undefined>> {
  const live = new Map<string, string | undefined>();
  try {
    await client.browseObjects<HashHit>({
      indexName,
      browseParams: {attributesToRetrieve: ['objectID', 'contentHash']},
      aggregator: (response) => {
        for (const hit of response.hits) live.set(hit.objectID, typeof hit.contentHash === 'string' ? hit.contentHash : undefined);
      },
    });
  } catch (error) {
    if (hasStatus(error, 404)) return new Map();
    throw error;
  }
  return live;
}

async function writeSettingsAndSynonyms(client: AlgoliaSyncClient, indexName: string, settings: IndexSettings, synonyms: SynonymHit[]): Promise<void> {
  await step('writing the index settings', 'before', async () => {
    const {taskID} = await client.setSettings({indexName, indexSettings: settings});
    await client.waitForTask({indexName, taskID});
  });
  await step('writing the synonyms', 'before', async () => {
    const {taskID} = await client.saveSynonyms({indexName, synonymHit: synonyms, replaceExistingSynonyms: true});
    await client.waitForTask({indexName, taskID});
  });
}

/** Algolia's limit of operations per batch request. */
const batchSize = 1000;

type BatchRequest = Parameters<AlgoliaSyncClient['batch']>[0]['batchWriteParams']['requests'][number];

function batchRequests(plan: SyncPlan): BatchRequest[] {
  return [
    ...[...plan.added, ...plan.updated].map((record): BatchRequest => ({action: 'addObject', body: record})),
    ...plan.deleted.map((objectID): BatchRequest => ({action: 'deleteObject', body: {objectID}})),
  ];
}

/** Writes and deletes together, so that a small sync is one atomic batch. */
async function writeChangedRecords(client: AlgoliaSyncClient, indexName: string, plan: SyncPlan): Promise<void> {
  const requests = batchRequests(plan);
  const chunks = Math.ceil(requests.length / batchSize);
  for (let chunk = 0; chunk < chunks; chunk += 1) {
    const what = chunks === 1 ? 'the records' : `the records (batch ${chunk + 1} of ${chunks})`;
    const {taskID} = await step(`writing ${what}`, chunk === 0 ? 'writing' : 'after', () =>
      client.batch({indexName, batchWriteParams: {requests: requests.slice(chunk * batchSize, (chunk + 1) * batchSize)}}),
    );
    await step(`waiting for Algolia to apply ${what}`, 'after', () => client.waitForTask({indexName, taskID}));
  }
}

async function replaceAllRecords(client: AlgoliaSyncClient, indexName: string, records: AlgoliaRecord[]): Promise<void> {
  // replaceAllObjects copies the live settings and synonyms into its temporary index: they must be written before.
  // It touches the live index only with its final move.
  await step('replacing all the records', 'writing', () => client.replaceAllObjects({indexName, objects: records, batchSize}));
}

function reportOf(request: SyncRequest, indexName: string | undefined, plan: SyncPlan, synonyms: number, missingVariables: string[] = []): SyncReport {
  return {
    mode: modeOf(request),
    dryRun: request.dryRun === true,
    locale: request.index.locale,
    indexName,
    missingVariables,
    added: plan.added.map((record) => record.objectID),
    updated: plan.updated.map((record) => record.objectID),
    deleted: plan.deleted,
    unchanged: plan.unchanged,
    synonyms,
  };
}

function modeOf(request: SyncRequest): SyncMode {
  return request.full === true ? 'full' : 'incremental';
}

export async function syncWithClient(client: AlgoliaSyncClient, indexName: string, request: SyncRequest): Promise<SyncReport> {
  const records = algoliaRecords(request.index);
  const synonyms = themeSynonyms(request.index.themes);
  const live = await step('reading the current records', 'before', () => readLiveHashes(client, indexName));
  const plan = planSync(records, live);
  if (request.dryRun !== true) {
    await writeSettingsAndSynonyms(client, indexName, algoliaIndexSettings(request.index.locale), synonyms);
    if (modeOf(request) === 'full') await replaceAllRecords(client, indexName, records);
    else if (batchRequests(plan).length > 0) await writeChangedRecords(client, indexName, plan);
  }
  return reportOf(request, indexName, plan, synonyms.length);
}

export function createAlgoliaClient(credentials: AlgoliaCredentials, connection: AlgoliaConnection = {}): AlgoliaSyncClient {
  // Loaded on use: the CLI module is imported by every build, which has no need of the client.
  const {algoliasearch} = require('algoliasearch') as typeof import('algoliasearch');
  return algoliasearch(credentials.appId, credentials.apiKey, connection);
}

export async function runAlgoliaSync(request: SyncRequest): Promise<SyncOutcome> {
  const {credentials, missing} = readAlgoliaCredentials(request.environment ?? process.env);
  if (missing !== undefined) {
    if (request.dryRun !== true) {
      return {ok: false, message: `Missing environment variable(s) ${missing.join(', ')}: set the Algolia application id, an admin API key and the index name.`};
    }
    const plan = planSync(algoliaRecords(request.index), new Map());
    return {ok: true, report: reportOf(request, undefined, plan, themeSynonyms(request.index.themes).length, missing)};
  }
  try {
    const client = createAlgoliaClient(credentials, request.connection);
    return {ok: true, report: await syncWithClient(client, credentials.indexName, request)};
  } catch (error) {
    return {ok: false, message: failureMessage(error, credentials.indexName)};
  }
}

// ---------------------------------------------------------------------------
// Failures as one readable line. The client's errors are not exported as
// classes from `algoliasearch`, so they are recognised by their shape.

interface FailedAttempt {
  request: {method: string; url: string; connectTimeout?: number; responseTimeout?: number};
  response: {status: number; content: string; isTimedOut: boolean};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFailedAttempt(value: unknown): value is FailedAttempt {
  return isRecord(value) && isRecord(value.request) && isRecord(value.response) && typeof value.request.url === 'string' && typeof value.response.status === 'number';
}

/** The client's RetryError: every host failed (5xx, time-out or no connection); its stack trace lists the attempts. */
function lastRetriedAttempt(error: unknown): FailedAttempt | undefined {
  if (!isRecord(error) || error.name !== 'RetryError' || !Array.isArray(error.stackTrace)) return undefined;
  const last: unknown = error.stackTrace.at(-1);
  return isFailedAttempt(last) ? last : undefined;
}

function serverMessage(content: string): string {
  try {
    const parsed: unknown = JSON.parse(content);
    if (isRecord(parsed) && typeof parsed.message === 'string') return parsed.message;
  } catch {
    // Not JSON: the body itself is the message.
  }
  return content.trim().split('\n')[0] ?? '';
}

/** The node requester's "Connection timeout" runs until the response headers arrive; "Socket timeout" after them. */
function timeoutOf(attempt: FailedAttempt): number | undefined {
  return attempt.response.content === 'Connection timeout' ? attempt.request.connectTimeout : attempt.request.responseTimeout;
}

function describeAttempt(attempt: FailedAttempt, attempts: number): string {
  const url = new URL(attempt.request.url);
  const where = `${attempt.request.method} ${url.origin}${url.pathname}`;
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  if (attempt.response.isTimedOut) return `time-out: no answer to ${where} within ${timeoutOf(attempt)} ms${tries}`;
  if (attempt.response.status === 0) return `Algolia unreachable: ${where} failed (${serverMessage(attempt.response.content) || 'no connection'})${tries}`;
  const message = serverMessage(attempt.response.content);
  return `HTTP ${attempt.response.status} from ${where}${message === '' ? '' : `: ${message}`}${tries}`;
}

function describeCause(cause: unknown): string {
  const attempt = lastRetriedAttempt(cause);
  if (attempt !== undefined && isRecord(cause) && Array.isArray(cause.stackTrace)) return describeAttempt(attempt, cause.stackTrace.length);
  const message = cause instanceof Error ? cause.message.split('\n')[0] ?? '' : String(cause);
  if (hasStatus(cause, 403)) {
    return `HTTP 403, credentials refused (${message}): check ALGOLIA_APP_ID and that ALGOLIA_ADMIN_API_KEY is an admin key of that application`;
  }
  if (isRecord(cause) && typeof cause.status === 'number') return `HTTP ${cause.status}: ${message}`;
  return message;
}

/** A time-out or a lost connection leaves unknown whether Algolia applied the write. */
function isUnanswered(cause: unknown): boolean {
  const attempt = lastRetriedAttempt(cause);
  return attempt !== undefined && (attempt.response.isTimedOut || attempt.response.status === 0);
}

function recordsUntouched(failure: SyncStepFailure): boolean {
  return failure.stage === 'before' || (failure.stage === 'writing' && !isUnanswered(failure.cause));
}

function failureMessage(error: unknown, indexName: string): string {
  if (!(error instanceof SyncStepFailure)) return `Algolia sync of "${indexName}" failed: ${describeCause(error)}.`;
  const outcome = recordsUntouched(error) ? ' The records of the live index were not changed.' : '';
  return `Algolia sync of "${indexName}" failed while ${error.step}: ${describeCause(error.cause)}.${outcome}`;
}
