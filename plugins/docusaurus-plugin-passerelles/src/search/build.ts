/** Builds the search index of one locale from the knowledge base (Node side). */
import {eng, fra, nld} from 'stopword';
import {isOffer, isStructure, type Item} from '../model/items';
import {pickLocalized} from '../shared/locales';
import {normalizeLabel} from '../shared/normalize';
import {createAnalyzer, type ContentLanguage} from '../shared/search/analyze';
import {createTextEngine, createThemesEngine, splitTextEngine, type TextDocument} from '../shared/search/engine';
import type {SearchDocument, SearchIndexData, SearchTheme} from '../shared/search/types';
import {labelsOf, type Taxonomy} from '../shared/taxonomy';

/** Function words of the three languages, folded like every term. */
export const searchStopwords: string[] = [...new Set([...fra, ...nld, ...eng].map(normalizeLabel).filter((word) => word !== '' && !word.includes(' ')))].sort();

/**
 * Markdown to indexable text: link targets, images, HTML tags and the markup
 * of directives (`:::situation`, `::offres{theme=…}`, the `{id=…}` of
 * `:theme[…]`) carry no words worth finding; a directive's label does.
 */
export function searchableText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^[ \t]*:{2,}(?:[A-Za-z][\w-]*)?(?:\[([^\]\n]*)\])?(?:\{[^}\n]*\})?[ \t]*$/gm, ' $1 ')
    .replace(/(^|[^\w:]):[A-Za-z][\w-]*\[([^\]\n]*)\](?:\{[^}\n]*\})?/g, '$1$2');
}

export interface SearchIndexInput {
  items: readonly Item[];
  taxonomy: Taxonomy;
  locale: string;
  themePermalink: (id: string) => string;
  /** The language of the site's texts; an offer is read in its first language. */
  contentLanguage?: ContentLanguage;
}

function languageOf(item: Item, contentLanguage: ContentLanguage): ContentLanguage {
  if ((!isOffer(item) && !isStructure(item)) || item.languages.includes(contentLanguage)) return contentLanguage;
  return item.languages[0] ?? contentLanguage;
}

/**
 * The body is indexed for the words that tell documents apart. A body word
 * found in more than one document out of ten matches in titles, summaries and
 * themes only: in the body it would rank nothing and cost the most at query
 * time (bench/RESULTS.md). Below `corpusStatisticsFrom` documents the shares
 * say nothing and every word is kept.
 */
const maxBodyDocumentShare = 0.1;
const corpusStatisticsFrom = 200;

function withoutCorpusStopwords(bodies: string[][]): string[][] {
  if (bodies.length < corpusStatisticsFrom) return bodies;
  const documentFrequency = new Map<string, number>();
  for (const terms of bodies) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const limit = bodies.length * maxBodyDocumentShare;
  return bodies.map((terms) => terms.filter((term) => (documentFrequency.get(term) ?? 0) <= limit));
}

export function buildSearchIndex({items, taxonomy, locale, themePermalink, contentLanguage = 'fr'}: SearchIndexInput): SearchIndexData {
  const analyzer = createAnalyzer(searchStopwords);
  const languages = items.map((item) => languageOf(item, contentLanguage));
  const bodies = withoutCorpusStopwords(items.map((item, index) => analyzer.stemText(searchableText(item.text), languages[index] ?? contentLanguage).split(' ')));
  const themesEngine = createThemesEngine();
  themesEngine.addAll(items.map((item) => ({id: item.id, themes: item.themes.join(' ')})));
  const text = createTextEngine();
  text.addAll(
    items.map((item, index): TextDocument => {
      const language = languages[index] ?? contentLanguage;
      return {
        id: item.id,
        title: analyzer.stemText(item.title, language),
        summary: analyzer.stemText(item.summary ?? '', language),
        body: (bodies[index] ?? []).join(' '),
      };
    }),
  );
  const themes: SearchTheme[] = taxonomy.themes.map((theme) => ({
    id: theme.id,
    label: pickLocalized(theme.prefLabel, locale),
    scopeNote: pickLocalized(theme.scopeNote, locale),
    permalink: themePermalink(theme.id),
    labels: [...new Set(labelsOf(theme).slice(1))],
  }));
  const documents = items.map((item): SearchDocument => {
    const document: SearchDocument = {
      id: item.id,
      kind: item.kind,
      title: item.title,
      permalink: item.permalink,
      summary: item.summary ?? '',
      themes: item.themes,
    };
    if (item.kind === 'concertation') document.basin = item.basin;
    if (isStructure(item)) {
      // The search facets take one basin: a structure of several basins is found under none of them there (the /structures page has them all).
      if (item.basins.length === 1) document.basin = item.basins[0];
      Object.assign(document, {languages: item.languages, free: item.cost.amount === 0});
    }
    if (isOffer(item)) {
      Object.assign(document, {
        basin: item.basin,
        languages: item.languages,
        format: item.format,
        free: item.cost.amount === 0,
        recurrent: item.recurrence !== undefined,
      });
      if (item.sessions.length > 0) document.lastSessionEnd = Math.max(...item.sessions.map((session) => Date.parse(session.end)));
    }
    return document;
  });
  const {layout, shards} = splitTextEngine(text.toJSON());
  return {version: 1, locale, stopwords: searchStopwords, themes, documents, themesEngine: themesEngine.toJSON(), textLayout: layout, textShards: shards};
}
