/**
 * The taxonomy as plain data, and how a label someone typed resolves to a
 * theme. Shared by the build, the CLI and the browser: no Node imports.
 */
import {distance} from 'fastest-levenshtein';
import {normalizeLabel} from './normalize';
import {pickLocalized, taxonomyLanguages, type LocalizedText, type TaxonomyLanguage} from './locales';

export interface Theme {
  id: string;
  prefLabel: LocalizedText;
  altLabel: Record<TaxonomyLanguage, string[]>;
  scopeNote: LocalizedText;
  broader: string[];
  related: string[];
  /** Inverse of `broader`, computed when the taxonomy loads. */
  narrower: string[];
}

export interface Taxonomy {
  /** In the order of the file. */
  themes: Theme[];
  /** Normalised label → the ids that claim it (two or more only when declared ambiguous). */
  labels: Record<string, string[]>;
}

export type ThemeResolution =
  | {status: 'theme'; id: string}
  | {status: 'ambiguous'; candidates: string[]}
  | {status: 'unknown'; suggestions: string[]};

/** Every label a theme answers to, its id included (hyphens folded like any label). */
export function labelsOf(theme: Theme): string[] {
  const labels = [theme.id];
  for (const language of taxonomyLanguages) {
    labels.push(theme.prefLabel[language], ...theme.altLabel[language]);
  }
  return labels;
}

export function findTheme(taxonomy: Taxonomy, id: string): Theme | undefined {
  return taxonomy.themes.find((theme) => theme.id === id);
}

export function themeLabel(theme: Theme, locale: string): string {
  return pickLocalized(theme.prefLabel, locale);
}

/**
 * An exact id wins; then a label or altLabel of any language, compared
 * normalised. A label shared by several themes never picks one silently.
 */
export function resolveTheme(taxonomy: Taxonomy, value: string): ThemeResolution {
  if (taxonomy.themes.some((theme) => theme.id === value)) {
    return {status: 'theme', id: value};
  }
  const ids = taxonomy.labels[normalizeLabel(value)];
  if (ids !== undefined && ids.length === 1 && ids[0] !== undefined) {
    return {status: 'theme', id: ids[0]};
  }
  if (ids !== undefined && ids.length > 1) {
    return {status: 'ambiguous', candidates: [...ids]};
  }
  return {status: 'unknown', suggestions: closestThemeIds(taxonomy, value, 3)};
}

/** The ids whose labels are nearest to `value` by edit distance, nearest first. */
export function closestThemeIds(taxonomy: Taxonomy, value: string, count: number): string[] {
  const query = normalizeLabel(value);
  const best = new Map<string, number>();
  for (const [label, ids] of Object.entries(taxonomy.labels)) {
    // Relative distance, so that a long label is not penalised for its length.
    const score = distance(query, label) / Math.max(query.length, label.length, 1);
    for (const id of ids) {
      const previous = best.get(id);
      if (previous === undefined || score < previous) best.set(id, score);
    }
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([id]) => id);
}

/** The theme and every theme under it, through `narrower` at any depth. */
export function themeAndNarrower(taxonomy: Taxonomy, id: string): Set<string> {
  const byId = new Map(taxonomy.themes.map((theme) => [theme.id, theme]));
  const found = new Set<string>();
  const pending = [id];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (found.has(next)) continue;
    found.add(next);
    pending.push(...(byId.get(next)?.narrower ?? []));
  }
  return found;
}
