/**
 * Reads `themes.yml`: checks its shape, its references, its `broader` tree and
 * that no label is claimed by two themes unless declared ambiguous.
 */
import {readFile} from 'node:fs/promises';
import {unreadableOf, unreadableProblem} from '../content/documents';
import {decodeText} from '../content/text';
import {z} from 'zod';
import {normalizeLabel} from '../shared/normalize';
import {taxonomyLanguages} from '../shared/locales';
import {labelsOf, type Taxonomy, type Theme} from '../shared/taxonomy';
import {problemsFromIssues} from '../model/issues';
import {message, type MessageLocale} from '../model/messages';
import type {Problem} from '../model/problems';
import {parseYaml} from '../model/yaml';

const themeIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const localizedText = z.object({fr: z.string().trim().min(1), nl: z.string().trim().min(1), en: z.string().trim().min(1)}).strict();
const labelList = z.array(z.string().trim().min(1)).default([]);

const themeSchema = z
  .object({
    prefLabel: localizedText,
    altLabel: z.object({fr: labelList, nl: labelList, en: labelList}).strict().default({fr: [], nl: [], en: []}),
    scopeNote: localizedText,
    broader: z.array(z.string()).default([]),
    related: z.array(z.string()).default([]),
  })
  .strict();

const taxonomySchema = z
  .object({
    themes: z.record(z.string(), themeSchema),
    ambiguousLabels: z.array(z.object({label: z.string().min(1), themes: z.array(z.string()).min(2)}).strict()).default([]),
  })
  .strict();

export interface LoadedTaxonomy {
  taxonomy: Taxonomy | undefined;
  problems: Problem[];
}

export async function loadTaxonomy(absolutePath: string, file: string, locale: MessageLocale): Promise<LoadedTaxonomy> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch {
    return {
      taxonomy: undefined,
      problems: [{severity: 'error', file, rule: 'taxonomy-missing', message: message(locale, 'taxonomy-missing', {path: absolutePath})}],
    };
  }
  const decoded = decodeText(bytes);
  if ('text' in decoded) return parseTaxonomy(decoded.text, file, locale);
  // An empty taxonomy is one without themes, which parseTaxonomy says as it says any missing field.
  if (decoded.failure.reason === 'empty') return parseTaxonomy('', file, locale);
  return {taxonomy: undefined, problems: [unreadableProblem(file, unreadableOf(decoded.failure), locale)]};
}

export function parseTaxonomy(text: string, file: string, locale: MessageLocale): LoadedTaxonomy {
  const yaml = parseYaml(text);
  if (yaml.syntaxError !== undefined) {
    const {line, ...error} = yaml.syntaxError;
    return {taxonomy: undefined, problems: [{severity: 'error', file, line, rule: 'yaml', message: message(locale, 'yaml', error)}]};
  }
  // No mapping at all (an empty file, a list): what is missing is the `themes` field.
  const value: unknown = Object.prototype.toString.call(yaml.value) === '[object Object]' ? yaml.value : {themes: undefined};
  const parsed = taxonomySchema.safeParse(value, {reportInput: true});
  if (!parsed.success) {
    return {
      taxonomy: undefined,
      problems: problemsFromIssues(parsed.error.issues, {
        file,
        locale,
        lineOf: yaml.lineOf,
        expectations: {themes: 'theme-map', prefLabel: 'object', scopeNote: 'object', altLabel: 'object', broader: 'theme-list', related: 'theme-list'},
        knownKeys: ['themes', 'ambiguousLabels', 'prefLabel', 'altLabel', 'scopeNote', 'broader', 'related', ...taxonomyLanguages],
      }),
    };
  }

  const problems: Problem[] = [];
  const report = (path: PropertyKey[], problem: Omit<Problem, 'file' | 'line'>): void => {
    const line = yaml.lineOf(path);
    problems.push(line === undefined ? {...problem, file} : {...problem, file, line});
  };

  const themes: Theme[] = Object.entries(parsed.data.themes).map(([id, theme]) => ({id, ...theme, narrower: []}));
  const byId = new Map(themes.map((theme) => [theme.id, theme]));

  for (const theme of themes) {
    if (!themeIdPattern.test(theme.id)) {
      report(['themes', theme.id], {
        severity: 'error',
        field: `themes.${theme.id}`,
        rule: 'taxonomy-id',
        message: message(locale, 'taxonomy-id', {found: theme.id}),
      });
    }
    for (const relation of ['broader', 'related'] as const) {
      theme[relation].forEach((target, index) => {
        if (!byId.has(target)) {
          report(['themes', theme.id, relation, index], {
            severity: 'error',
            field: `themes.${theme.id}.${relation}`,
            rule: 'taxonomy-reference',
            message: message(locale, 'taxonomy-reference', {found: target, relation: `${theme.id}.${relation}`}),
          });
        }
      });
    }
  }
  for (const theme of themes) {
    for (const parent of theme.broader) byId.get(parent)?.narrower.push(theme.id);
  }
  for (const cycle of findBroaderCycles(themes)) {
    const first = cycle[0] ?? '';
    report(['themes', first, 'broader'], {
      severity: 'error',
      field: `themes.${first}.broader`,
      rule: 'taxonomy-cycle',
      message: message(locale, 'taxonomy-cycle', {cycle}),
    });
  }

  const labels: Record<string, string[]> = {};
  for (const theme of themes) {
    for (const label of labelsOf(theme)) {
      const key = normalizeLabel(label);
      const ids = (labels[key] ??= []);
      if (!ids.includes(theme.id)) ids.push(theme.id);
    }
  }
  const declared = new Map(parsed.data.ambiguousLabels.map((entry, index) => [normalizeLabel(entry.label), {entry, index}]));
  for (const [label, ids] of Object.entries(labels)) {
    if (ids.length < 2) continue;
    const declaration = declared.get(label);
    if (declaration !== undefined && ids.every((id) => declaration.entry.themes.includes(id))) continue;
    const owner = ids[1] ?? ids[0] ?? '';
    report(['themes', owner, 'altLabel'], {
      severity: 'error',
      field: `themes.${owner}.altLabel`,
      rule: 'taxonomy-label',
      message: message(locale, 'taxonomy-label', {label, ids}),
    });
  }
  for (const [label, {index}] of declared) {
    if ((labels[label]?.length ?? 0) < 2) {
      report(['ambiguousLabels', index], {
        severity: 'warning',
        field: `ambiguousLabels[${index}]`,
        rule: 'taxonomy-ambiguity-unused',
        message: message(locale, 'taxonomy-ambiguity-unused', {label}),
      });
    }
  }

  const hasError = problems.some((problem) => problem.severity === 'error');
  return {taxonomy: hasError ? undefined : {themes, labels}, problems};
}

/** Each cycle of the `broader` relation once, as the ids along it, back to the first. */
function findBroaderCycles(themes: readonly Theme[]): string[][] {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(id)), id]);
      return;
    }
    state.set(id, 'visiting');
    for (const parent of byId.get(id)?.broader ?? []) visit(parent, [...trail, id]);
    state.set(id, 'done');
  };
  for (const theme of themes) visit(theme.id, []);
  return cycles;
}
