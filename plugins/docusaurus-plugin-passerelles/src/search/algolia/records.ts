/**
 * What the knowledge base becomes in Algolia: one record per search document,
 * the index settings, and the synonyms the taxonomy implies. Pure: a
 * SearchIndexData in, plain values out.
 */
import {createHash} from 'node:crypto';
import type {IndexSettings, SupportedLanguage, SynonymHit} from 'algoliasearch';
import type {Basin, Format, ItemKind, OfferLanguage} from '../../shared/kinds';
import {isTaxonomyLanguage} from '../../shared/locales';
import {normalizeLabel} from '../../shared/normalize';
import type {SearchDocument, SearchIndexData, SearchTheme} from '../../shared/search/types';

/** A type, not an interface: the client's write methods take records as `Record<string, unknown>`. */
export type AlgoliaRecordContent = {
  objectID: string;
  kind: ItemKind;
  title: string;
  permalink: string;
  summary: string;
  /** Theme ids, for filtering; their labels go to `themeLabels`, for searching. */
  themes: string[];
  themeLabels: string[];
  basin?: Basin;
  languages?: OfferLanguage[];
  /** The locale of the index the record belongs to. */
  language: string;
  format?: Format;
  free?: boolean;
  lastSessionEnd?: number;
  recurrent?: boolean;
  /** Offers: until when they count as upcoming (a standing group: always), for one numeric filter. */
  upcomingUntil?: number;
};

export type AlgoliaRecord = AlgoliaRecordContent & {
  /** sha256 of the rest of the record: what the incremental sync compares. */
  contentHash: string;
};

/** Keys in a fixed order, absent fields left out: the same content always hashes the same. */
function canonicalJson(content: AlgoliaRecordContent): string {
  return JSON.stringify(content, Object.keys(content).sort());
}

export function contentHashOf(content: AlgoliaRecordContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

function recordContent(document: SearchDocument, themeLabels: ReadonlyMap<string, string>, language: string): AlgoliaRecordContent {
  const content: AlgoliaRecordContent = {
    objectID: document.id,
    kind: document.kind,
    title: document.title,
    permalink: document.permalink,
    summary: document.summary,
    themes: document.themes,
    themeLabels: document.themes.flatMap((id) => themeLabels.get(id) ?? []),
    language,
  };
  if (document.basin !== undefined) content.basin = document.basin;
  if (document.languages !== undefined) content.languages = document.languages;
  if (document.format !== undefined) content.format = document.format;
  if (document.free !== undefined) content.free = document.free;
  if (document.lastSessionEnd !== undefined) content.lastSessionEnd = document.lastSessionEnd;
  if (document.recurrent !== undefined) content.recurrent = document.recurrent;
  if (document.recurrent === true) content.upcomingUntil = standingGroupHorizon;
  else if (document.lastSessionEnd !== undefined) content.upcomingUntil = document.lastSessionEnd;
  return content;
}

/** A date far enough ahead (9999-12-31) for a standing group: Algolia filters need a number. */
const standingGroupHorizon = Date.UTC(9999, 11, 31);

export function algoliaRecords(index: SearchIndexData): AlgoliaRecord[] {
  const themeLabels = new Map(index.themes.map((theme) => [theme.id, theme.label]));
  return index.documents.map((document) => {
    const content = recordContent(document, themeLabels, index.locale);
    return {...content, contentHash: contentHashOf(content)};
  });
}

export function algoliaIndexSettings(locale: string): IndexSettings {
  const settings: IndexSettings = {
    searchableAttributes: ['unordered(title)', 'unordered(themeLabels)', 'unordered(summary)'],
    // Facets the site's own search counts keep their counts; the rest only filter.
    attributesForFaceting: [
      'kind',
      'searchable(themes)',
      'basin',
      'languages',
      'filterOnly(language)',
      'format',
      'free',
      'filterOnly(recurrent)',
    ],
    customRanking: ['desc(lastSessionEnd)'],
  };
  const language = locale.split('-')[0] ?? '';
  if (isTaxonomyLanguage(language)) {
    // fr, nl and en are all Algolia languages: plurals and stop words follow the index's locale.
    const languages: SupportedLanguage[] = [language];
    settings.indexLanguages = languages;
    settings.queryLanguages = languages;
  }
  return settings;
}

function themeLabelsOf(theme: SearchTheme): string[] {
  return [theme.label, ...theme.labels];
}

/** Normalised labels that name more than one theme ("double diagnostic"): they must join no synonym. */
export function sharedLabels(themes: readonly SearchTheme[]): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const theme of themes) {
    for (const label of themeLabelsOf(theme)) {
      const normalized = normalizeLabel(label);
      owners.set(normalized, (owners.get(normalized) ?? new Set()).add(theme.id));
    }
  }
  return new Set([...owners].filter(([, ids]) => ids.size > 1).map(([label]) => label));
}

/** A theme's labels in every language, once each, without those another theme claims too. */
function synonymLabels(theme: SearchTheme, excluded: ReadonlySet<string>): string[] {
  const kept = new Map<string, string>();
  for (const label of themeLabelsOf(theme)) {
    const normalized = normalizeLabel(label);
    if (!excluded.has(normalized) && !kept.has(normalized)) kept.set(normalized, label);
  }
  return [...kept.values()];
}

/** One multi-way synonym per theme; a theme left with a single label needs none. */
export function themeSynonyms(themes: readonly SearchTheme[]): SynonymHit[] {
  const excluded = sharedLabels(themes);
  return themes.flatMap((theme): SynonymHit[] => {
    const synonyms = synonymLabels(theme, excluded);
    return synonyms.length < 2 ? [] : [{objectID: `theme-${theme.id}`, type: 'synonym', synonyms}];
  });
}
