import {liteClient} from 'algoliasearch/lite';
import type {Item, OfferItem} from '../../model/items';
import {startFakeAlgolia, type FakeAlgolia} from '../../search/algolia/__fixtures__/fake-server';
import {algoliaRecords} from '../../search/algolia/records';
import {buildSearchIndex} from '../../search/build';
import {fixtureTaxonomy} from '../../__fixtures__/taxonomy';
import {algoliaFilters, createAlgoliaBackend} from './algolia-backend';
import type {SearchBackend} from './backend';
import {createSearcher} from './searcher';
import type {Filters} from './types';

const offer = (id: string, overrides: Partial<OfferItem>): OfferItem => ({
  id, kind: 'intervision', file: `docs/${id}.md`, permalink: `/o/${id}/`, title: `Intervision ${id}`, summary: 'Un temps entre collègues.', text: '',
  themes: ['migration'], organizer: 'SSM', audience: ['tous'], languages: ['fr'], basin: 'nord', format: 'presentiel', cost: {amount: 0},
  registration: 'https://example.org', sessions: [{start: '2026-09-10T12:30:00+02:00', end: '2026-09-10T14:00:00+02:00'}],
  ...overrides,
});
const items: Item[] = [
  {id: 'v-nuit', kind: 'vignette', file: 'docs/v.md', permalink: '/v/nuit/', title: 'Une nuit aux urgences', summary: 'Alcool et calmants.', text: '', themes: ['double-diagnostic'], publics: []},
  offer('dd-nord', {themes: ['double-diagnostic'], languages: ['fr', 'nl']}),
  offer('dd-sud', {themes: ['double-diagnostic'], basin: 'sud', cost: {amount: 40}}),
  offer('exil', {themes: ['migration'], sessions: [{start: '2026-01-10T12:30:00+01:00', end: '2026-01-10T14:00:00+01:00'}]}),
  offer('groupe', {kind: 'groupe-de-travail', themes: ['assuetudes'], basin: 'sud', sessions: [], recurrence: 'Chaque mois'}),
];

const index = buildSearchIndex({items, taxonomy: fixtureTaxonomy(), locale: 'fr', themePermalink: (id) => `/thematiques/${id}/`});
const config = {appId: 'FAKEAPP', indexName: 'passerelles_fr', searchApiKey: 'fake-search-key'};
const now = Date.parse('2026-06-01T00:00:00Z');

let fake: FakeAlgolia;
let backend: SearchBackend;

beforeAll(async () => {
  fake = await startFakeAlgolia({appId: config.appId, apiKey: config.searchApiKey});
  fake.seed(config.indexName, algoliaRecords(index));
  const client = liteClient(config.appId, config.searchApiKey, {hosts: fake.connection.hosts});
  backend = createAlgoliaBackend(client, config, {stopwords: index.stopwords, themes: index.themes});
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
});

describe('the Algolia search backend', () => {
  it('matches themes locally and sends them as optional filters, with one query for hits and facets', async () => {
    const response = await backend.search({query: 'psy + addictions', now});
    expect(response.themes.map((theme) => theme.id)).toEqual(['double-diagnostic']);
    const [request] = fake.requests;
    expect(request?.path).toBe('/1/indexes/*/queries');
    const [main] = (request?.body as {requests: Record<string, unknown>[]}).requests;
    expect(main).toMatchObject({indexName: 'passerelles_fr', query: 'psy + addictions', optionalFilters: ['themes:"double-diagnostic"']});
    expect(main?.facets).toEqual(['kind', 'themes', 'basin', 'languages', 'format', 'free']);
  });

  it('gives the same facet counts as the local index for the same filters', async () => {
    const local = createSearcher(JSON.parse(JSON.stringify(index)));
    for (const filters of [{}, {basin: 'nord'}, {basin: 'sud', cost: 'paid'}, {upcoming: 'upcoming'}, {theme: 'double-diagnostic', language: 'nl'}] as Filters[]) {
      const remote = await backend.search({query: '', filters, now});
      const expected = local.search({query: '', filters, now});
      expect({filters, facets: remote.facets, total: remote.total}).toEqual({filters, facets: expected.facets, total: expected.total});
      expect(remote.results.map((result) => result.id).sort()).toEqual(expected.results.map((result) => result.id).sort());
    }
  });

  it('counts each active facet with its own filter off, through one extra query each', async () => {
    await backend.search({query: '', filters: {basin: 'sud', cost: 'paid'}, now});
    const {requests} = fake.requests[0]?.body as {requests: {filters?: string; facets?: string[]; hitsPerPage: number}[]};
    expect(requests.map((request) => [request.filters ?? '', request.facets ?? [], request.hitsPerPage])).toEqual([
      ['basin:"sud" AND free:false', ['kind', 'themes', 'basin', 'languages', 'format', 'free'], 20],
      ['free:false', ['basin'], 0],
      ['basin:"sud"', ['free'], 0],
      [`basin:"sud" AND free:false AND upcomingUntil >= ${now}`, [], 0],
      [`basin:"sud" AND free:false AND upcomingUntil < ${now}`, [], 0],
    ]);
  });

  it('returns hits as results with their permalinks and themes', async () => {
    const response = await backend.search({query: 'urgences', now});
    expect(response.results).toEqual([
      {id: 'v-nuit', kind: 'vignette', title: 'Une nuit aux urgences', permalink: '/v/nuit/', summary: 'Alcool et calmants.', themes: ['double-diagnostic'], score: 1},
    ]);
  });

  it('quotes values so that a value cannot break the filter', () => {
    expect(algoliaFilters({theme: 'a" OR kind:"x'}, now)).toBe('themes:"a\\" OR kind:\\"x"');
  });
});
