/**
 * How text becomes search terms, in Node and in the browser: folded like
 * labels, function words dropped, stemmed. A document is stemmed once, in its
 * own language; a query, whose language is unknown, in French, Dutch and
 * English at once, so that it meets a document in any of them.
 */
import {stemmer as stemDutch} from '@orama/stemmers/dutch';
import {stemmer as stemEnglish} from '@orama/stemmers/english';
import {stemmer as stemFrench} from '@orama/stemmers/french';
import {normalizeLabel} from '../normalize';

export type ContentLanguage = 'fr' | 'nl' | 'en';

const stemmers: Record<ContentLanguage, (word: string) => string> = {fr: stemFrench, nl: stemDutch, en: stemEnglish};

export function tokenize(text: string): string[] {
  return normalizeLabel(text).split(' ').filter((term) => term !== '');
}

export interface Analyzer {
  /** A document's text as its stems, in its language, function words dropped. */
  stemText(text: string, language: ContentLanguage): string;
  /** The stems of a query term in the three languages, or null for a function word. */
  queryStems(term: string): string[] | null;
  /** The term itself, or null for a function word: labels are matched without stemming. */
  keep(term: string): string | null;
}

export function createAnalyzer(stopwords: readonly string[]): Analyzer {
  const ignored = new Set(stopwords);
  return {
    stemText(text, language) {
      const stem = stemmers[language];
      return tokenize(text)
        .filter((term) => !ignored.has(term))
        .map(stem)
        .join(' ');
    },
    queryStems(term) {
      if (ignored.has(term)) return null;
      return [...new Set([stemFrench(term), stemDutch(term), stemEnglish(term)])];
    },
    keep(term) {
      return ignored.has(term) ? null : term;
    },
  };
}
