/**
 * Which themes a query names. Labels are the alias table no search engine
 * has: "psy + addictions", "dubbele diagnose" and "SPAD" are labels of the taxonomy.
 */
import MiniSearch from 'minisearch';
import {normalizeLabel} from '../normalize';
import type {Analyzer} from './analyze';
import {tokenize} from './analyze';
import type {SearchTheme, ThemeHit} from './types';

interface LabelDocument {
  id: number;
  theme: string;
  label: string;
}

export interface ThemeMatcher {
  match(query: string): ThemeHit[];
}

export function createThemeMatcher(themes: readonly SearchTheme[], analyzer: Analyzer): ThemeMatcher {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const exact = new Map<string, string[]>();
  const labelDocuments: LabelDocument[] = [];
  for (const theme of themes) {
    for (const label of [theme.id, ...theme.labels]) {
      const key = normalizeLabel(label);
      const ids = exact.get(key) ?? [];
      if (!ids.includes(theme.id)) ids.push(theme.id);
      exact.set(key, ids);
      labelDocuments.push({id: labelDocuments.length, theme: theme.id, label});
    }
  }
  const labelIndex = new MiniSearch<LabelDocument>({
    fields: ['label'],
    storeFields: ['theme'],
    tokenize,
    processTerm: (term) => analyzer.keep(term),
  });
  labelIndex.addAll(labelDocuments);
  const labelTerms = labelDocuments.map((document) => ({
    theme: document.theme,
    label: document.label,
    terms: tokenize(document.label).filter((term) => analyzer.keep(term) !== null),
  }));

  const hit = (id: string, score: number, ambiguous: boolean): ThemeHit[] => {
    const theme = byId.get(id);
    return theme === undefined
      ? []
      : [{id, label: theme.label, scopeNote: theme.scopeNote, permalink: theme.permalink, score: Math.round(score * 1000) / 1000, ambiguous}];
  };

  return {
    match(query) {
      const key = normalizeLabel(query);
      if (key === '') return [];
      const exactIds = exact.get(key);
      if (exactIds !== undefined) return exactIds.flatMap((id) => hit(id, 1, exactIds.length > 1));

      const scores = new Map<string, number>();
      const ambiguous = new Set<string>();
      const raise = (theme: string, score: number, label?: string): void => {
        if (score <= (scores.get(theme) ?? 0)) return;
        scores.set(theme, score);
        if (label !== undefined && (exact.get(normalizeLabel(label))?.length ?? 0) > 1) ambiguous.add(theme);
        else ambiguous.delete(theme);
      };
      // The query is (the beginning of) a label, with typos: "prevention suicide", "assuetude", "mise en observ".
      const partial = labelIndex.search(query, {
        combineWith: 'AND',
        prefix: (_term, index, terms) => index === terms.length - 1,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : 0),
      });
      const best = partial[0]?.score ?? 0;
      for (const result of partial) raise(String(result.theme), 0.9 * (result.score / best), labelDocuments[Number(result.id)]?.label);
      // The query contains a whole label among other words: "formation double diagnostic bruxelles".
      const queryTerms = new Set(tokenize(query));
      for (const {theme, label, terms} of labelTerms) {
        if (terms.length > 0 && terms.every((term) => queryTerms.has(term))) raise(theme, 0.5 + 0.4 * (terms.length / queryTerms.size), label);
      }
      const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const top = ranked[0]?.[1] ?? 0;
      return ranked
        .filter(([, score]) => score >= top * 0.6)
        .slice(0, 3)
        .flatMap(([id, score]) => hit(id, score, ambiguous.has(id)));
    },
  };
}
