/**
 * How text becomes search terms, the same at indexing and at query time, in
 * Node and in the browser: folded like labels, function words dropped,
 * stemmed in French, Dutch and English at once (content and queries mix the
 * three, and a document has no reliable language of its own).
 */
import {stemmer as stemDutch} from '@orama/stemmers/dutch';
import {stemmer as stemEnglish} from '@orama/stemmers/english';
import {stemmer as stemFrench} from '@orama/stemmers/french';
import {normalizeLabel} from '../normalize';

export function tokenize(text: string): string[] {
  return normalizeLabel(text).split(' ').filter((term) => term !== '');
}

export interface Analyzer {
  /** Stems of a term in the three languages, or null for a function word. */
  stems(term: string): string[] | null;
  /** The term itself, or null for a function word: for labels, matched without stemming. */
  keep(term: string): string | null;
}

export function createAnalyzer(stopwords: readonly string[]): Analyzer {
  const ignored = new Set(stopwords);
  return {
    stems(term) {
      if (ignored.has(term)) return null;
      return [...new Set([stemFrench(term), stemDutch(term), stemEnglish(term)])];
    },
    keep(term) {
      return ignored.has(term) ? null : term;
    },
  };
}
