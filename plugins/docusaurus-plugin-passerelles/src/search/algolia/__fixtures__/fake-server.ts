/**
 * A loopback stand-in for the Algolia REST API, for the tests: the endpoints
 * the `algoliasearch` v5 client calls for settings, synonyms, browse, batch
 * writes, copy/move and tasks, over an in-memory store. It records every
 * request and can answer a 5xx, never answer, or refuse a wrong API key.
 */
import {once} from 'node:events';
import http, {type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {gunzipSync} from 'node:zlib';
import type {AlgoliaConnection} from '../sync';

type JsonObject = Record<string, unknown>;

export interface RecordedRequest {
  method: string;
  /** Decoded path, without the query string. */
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export interface FakeIndex {
  records: Map<string, JsonObject>;
  settings: JsonObject;
  synonyms: Map<string, JsonObject>;
}

export interface Fault {
  method?: string;
  path: RegExp;
  /** Answer this status (a 5xx) instead of handling the request… */
  status?: number;
  /** …or never answer at all. */
  hang?: boolean;
}

export interface FakeAlgolia {
  appId: string;
  apiKey: string;
  /** The client options that point the real client at this server, with short time-outs. */
  connection: AlgoliaConnection;
  requests: RecordedRequest[];
  /** The requests that change something (everything but browse, task status and GET). */
  writeRequests(): RecordedRequest[];
  index(name: string): FakeIndex | undefined;
  indexNames(): string[];
  /** The records of an index, sorted by objectID (empty when the index does not exist). */
  records(name: string): JsonObject[];
  seed(name: string, records: JsonObject[]): void;
  inject(fault: Fault): void;
  reset(): void;
  close(): Promise<void>;
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const readEndpoints = [/\/browse$/, /\/task\/[^/]+$/, /\/query$/];

function emptyIndex(): FakeIndex {
  return {records: new Map(), settings: {}, synonyms: new Map()};
}

function cloneIndex(index: FakeIndex): FakeIndex {
  return structuredClone(index);
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const text = (request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

function asObject(value: unknown): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpFailure(400, 'Expected a JSON object');
  return value as JsonObject;
}

function asObjects(value: unknown): JsonObject[] {
  if (!Array.isArray(value)) throw new HttpFailure(400, 'Expected a JSON array');
  return value.map(asObject);
}

function pick(record: JsonObject, attributes: unknown): JsonObject {
  if (!Array.isArray(attributes) || attributes.includes('*')) return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => key === 'objectID' || attributes.includes(key)));
}

export async function startFakeAlgolia({appId = 'FAKEAPP', apiKey = 'fake-admin-key'} = {}): Promise<FakeAlgolia> {
  const indexes = new Map<string, FakeIndex>();
  const requests: RecordedRequest[] = [];
  let faults: Fault[] = [];
  let nextTaskId = 1;

  const task = (): {taskID: number; updatedAt: string} => ({taskID: nextTaskId++, updatedAt: new Date().toISOString()});
  const existing = (name: string): FakeIndex => {
    const index = indexes.get(name);
    if (index === undefined) throw new HttpFailure(404, 'Index does not exist');
    return index;
  };
  const created = (name: string): FakeIndex => {
    const index = indexes.get(name) ?? emptyIndex();
    indexes.set(name, index);
    return index;
  };

  function browse(name: string, body: unknown): JsonObject {
    const params = body === undefined ? {} : asObject(body);
    const all = [...existing(name).records.values()].sort((a, b) => String(a.objectID).localeCompare(String(b.objectID)));
    const hitsPerPage = typeof params.hitsPerPage === 'number' ? params.hitsPerPage : 1000;
    const start = typeof params.cursor === 'string' ? Number.parseInt(params.cursor, 10) : 0;
    const hits = all.slice(start, start + hitsPerPage).map((record) => pick(record, params.attributesToRetrieve));
    const response: JsonObject = {hits, nbHits: all.length, page: 0, nbPages: 1, hitsPerPage, processingTimeMS: 1, query: '', params: ''};
    if (start + hitsPerPage < all.length) response.cursor = String(start + hitsPerPage);
    return response;
  }

  function applyBatch(name: string, body: unknown): JsonObject {
    const operations = asObjects(asObject(body).requests);
    const index = cloneIndex(indexes.get(name) ?? emptyIndex());
    const objectIDs: string[] = [];
    for (const operation of operations) {
      const record = asObject(operation.body);
      const objectID = typeof record.objectID === 'string' ? record.objectID : `generated-${nextTaskId}-${objectIDs.length}`;
      objectIDs.push(objectID);
      switch (operation.action) {
        case 'addObject':
        case 'updateObject':
          index.records.set(objectID, {...record, objectID});
          break;
        case 'partialUpdateObject':
        case 'partialUpdateObjectNoCreate': {
          const current = index.records.get(objectID);
          if (current !== undefined || operation.action === 'partialUpdateObject') index.records.set(objectID, {...current, ...record, objectID});
          break;
        }
        case 'deleteObject':
          index.records.delete(objectID);
          break;
        default:
          throw new HttpFailure(400, `Unsupported batch action ${String(operation.action)}`);
      }
    }
    // All or nothing, as one task.
    indexes.set(name, index);
    return {...task(), objectIDs};
  }

  function operation(name: string, body: unknown): JsonObject {
    const params = asObject(body);
    const destination = String(params.destination);
    const source = existing(name);
    if (params.operation === 'move') {
      indexes.set(destination, source);
      indexes.delete(name);
    } else if (params.operation === 'copy') {
      const scopes = Array.isArray(params.scope) ? params.scope : undefined;
      const copy = cloneIndex(source);
      if (scopes === undefined) {
        indexes.set(destination, copy);
      } else {
        const target = created(destination);
        if (scopes.includes('settings')) target.settings = copy.settings;
        if (scopes.includes('synonyms')) target.synonyms = copy.synonyms;
      }
    } else {
      throw new HttpFailure(400, `Unsupported operation ${String(params.operation)}`);
    }
    return task();
  }

  function saveSynonyms(name: string, body: unknown, query: Record<string, string>): JsonObject {
    const index = created(name);
    if (query.replaceExistingSynonyms === 'true') index.synonyms.clear();
    for (const synonym of asObjects(body)) index.synonyms.set(String(synonym.objectID), synonym);
    return task();
  }

  /** The filters the search UI sends: `attr:"value"`, `attr:true`, `attr >= n`, `attr < n`, joined by AND. */
  function matchesFilters(record: JsonObject, filters: unknown): boolean {
    if (typeof filters !== 'string' || filters.trim() === '') return true;
    return filters.split(' AND ').every((clause) => {
      const numeric = /^(\w+) (>=|<) (\d+)$/.exec(clause.trim());
      if (numeric !== null) {
        const value = record[numeric[1] ?? ''];
        if (typeof value !== 'number') return false;
        return numeric[2] === '>=' ? value >= Number(numeric[3]) : value < Number(numeric[3]);
      }
      const facet = /^(\w+):(?:"((?:[^"\\]|\\.)*)"|(\w+))$/.exec(clause.trim());
      if (facet === null) throw new HttpFailure(400, `Unsupported filter ${clause}`);
      const wanted = facet[2]?.replace(/\\(.)/g, '$1') ?? facet[3] ?? '';
      const value = record[facet[1] ?? ''];
      return (Array.isArray(value) ? value : [value]).some((candidate) => String(candidate) === wanted);
    });
  }

  const fold = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

  /** A naive multi-query search: every query word in title, summary or theme labels; optional filters first. */
  function multiQuery(body: unknown): JsonObject {
    const results = asObjects(asObject(body).requests).map((request) => {
      const words = fold(String(request.query ?? '')).split(/\W+/u).filter((word) => word !== '');
      const optional = Array.isArray(request.optionalFilters) ? request.optionalFilters.map(String) : [];
      const matching = [...(indexes.get(String(request.indexName))?.records.values() ?? [])].filter((record) => {
        const text = fold([record.title, record.summary, ...(Array.isArray(record.themeLabels) ? record.themeLabels : [])].join(' '));
        return matchesFilters(record, request.filters) && words.every((word) => text.includes(word));
      });
      const boosted = (record: JsonObject): number => optional.filter((filter) => matchesFilters(record, filter)).length;
      matching.sort((a, b) => boosted(b) - boosted(a) || String(a.objectID).localeCompare(String(b.objectID)));
      const facets: Record<string, Record<string, number>> = {};
      for (const attribute of Array.isArray(request.facets) ? request.facets.map(String) : []) {
        const counts: Record<string, number> = {};
        for (const record of matching) {
          const value = record[attribute];
          for (const entry of Array.isArray(value) ? value : value === undefined ? [] : [value]) counts[String(entry)] = (counts[String(entry)] ?? 0) + 1;
        }
        facets[attribute] = counts;
      }
      const hitsPerPage = typeof request.hitsPerPage === 'number' ? request.hitsPerPage : 20;
      return {hits: matching.slice(0, hitsPerPage), nbHits: matching.length, facets, page: 0, hitsPerPage, processingTimeMS: 1, query: request.query ?? '', params: ''};
    });
    return {results};
  }

  function route(method: string, path: string, query: Record<string, string>, body: unknown): JsonObject {
    if (method === 'POST' && path === '/1/indexes/*/queries') return multiQuery(body);
    const match = /^\/1\/indexes\/([^/]+)(\/.*)?$/.exec(path);
    if (match === null) throw new HttpFailure(404, `No fake for ${method} ${path}`);
    const name = match[1] ?? '';
    const rest = match[2] ?? '';
    if (method === 'PUT' && rest === '/settings') {
      const index = created(name);
      index.settings = {...index.settings, ...asObject(body)};
      return task();
    }
    if (method === 'GET' && rest === '/settings') return existing(name).settings;
    if (method === 'POST' && rest === '/synonyms/batch') return saveSynonyms(name, body, query);
    if (method === 'POST' && rest === '/browse') return browse(name, body);
    if (method === 'POST' && rest === '/batch') return applyBatch(name, body);
    if (method === 'POST' && rest === '/operation') return operation(name, body);
    if (method === 'GET' && /^\/task\/\d+$/.test(rest)) return {status: 'published'};
    if (method === 'DELETE' && rest === '') {
      indexes.delete(name);
      return {taskID: nextTaskId++, deletedAt: new Date().toISOString()};
    }
    throw new HttpFailure(404, `No fake for ${method} ${path}`);
  }

  function answer(response: ServerResponse, status: number, payload: JsonObject): void {
    response.writeHead(status, {'content-type': 'application/json; charset=utf-8'});
    response.end(JSON.stringify(payload));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const path = decodeURIComponent(url.pathname);
    const query = Object.fromEntries(url.searchParams);
    const body = await readBody(request);
    requests.push({method, path, query, body});

    const fault = faults.find((candidate) => (candidate.method ?? method) === method && candidate.path.test(path));
    if (fault?.hang === true) return;
    if (fault?.status !== undefined) return answer(response, fault.status, {message: 'Injected failure', status: fault.status});
    if (request.headers['x-algolia-application-id'] !== appId || request.headers['x-algolia-api-key'] !== apiKey) {
      return answer(response, 403, {message: 'Invalid Application-ID or API key', status: 403});
    }
    try {
      answer(response, 200, route(method, path, query, body));
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
      answer(response, error.status, {message: error.message, status: error.status});
    }
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => answer(response, 500, {message: String(error), status: 500}));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address() as AddressInfo;

  return {
    appId,
    apiKey,
    connection: {
      hosts: [{url: '127.0.0.1', port, protocol: 'http', accept: 'readWrite'}],
      timeouts: {connect: 500, read: 500, write: 500},
    },
    requests,
    writeRequests: () => requests.filter((request) => request.method !== 'GET' && !readEndpoints.some((endpoint) => endpoint.test(request.path))),
    index: (name) => indexes.get(name),
    indexNames: () => [...indexes.keys()].sort(),
    records: (name) => [...(indexes.get(name)?.records.values() ?? [])].sort((a, b) => String(a.objectID).localeCompare(String(b.objectID))),
    seed(name, records) {
      const index = created(name);
      for (const record of records) index.records.set(String(record.objectID), structuredClone(record));
    },
    inject(fault) {
      faults.push(fault);
    },
    reset() {
      requests.length = 0;
      faults = [];
    },
    async close() {
      // Hung requests keep their sockets open: close them, or close() never returns.
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
