/** Builds the search index of one locale from the knowledge base (Node side). */
import {eng, fra, nld} from 'stopword';
import {isOffer, type Item} from '../model/items';
import {pickLocalized} from '../shared/locales';
import {normalizeLabel} from '../shared/normalize';
import {createAnalyzer} from '../shared/search/analyze';
import {createEngine, type EngineDocument} from '../shared/search/engine';
import type {SearchDocument, SearchIndexData, SearchTheme} from '../shared/search/types';
import {labelsOf, type Taxonomy} from '../shared/taxonomy';

/** Function words of the three languages, folded like every term. */
export const searchStopwords: string[] = [...new Set([...fra, ...nld, ...eng].map(normalizeLabel).filter((word) => word !== '' && !word.includes(' ')))].sort();

/** Markdown to indexable text: link targets, images and HTML tags carry no words worth finding. */
export function searchableText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ');
}

export interface SearchIndexInput {
  items: readonly Item[];
  taxonomy: Taxonomy;
  locale: string;
  themePermalink: (id: string) => string;
}

export function buildSearchIndex({items, taxonomy, locale, themePermalink}: SearchIndexInput): SearchIndexData {
  const analyzer = createAnalyzer(searchStopwords);
  const engine = createEngine(analyzer);
  engine.addAll(
    items.map(
      (item): EngineDocument => ({
        id: item.id,
        title: item.title,
        summary: item.summary ?? '',
        body: searchableText(item.text),
        themes: item.themes.join(' '),
      }),
    ),
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
  return {version: 1, locale, stopwords: searchStopwords, themes, documents, engine: engine.toJSON()};
}
