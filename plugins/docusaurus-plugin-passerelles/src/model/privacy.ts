/**
 * The identifying-data guard applied to an item's file: the body and the
 * free-text fields of vignettes and concertations are scanned, findings the
 * front matter allows (`privacy-allow`, with a reason) are dropped, and the
 * rest become errors naming line, column, rule and a masked excerpt.
 */
import {normalizeLabel} from '../shared/normalize';
import {findIdentifyingData, type Finding} from '../shared/privacy/rules';
import {message, type MessageLocale} from './messages';
import type {Problem} from './problems';
import {privacyAllowances, type PrivacyAllowance} from './schemas';
import type {ParsedYaml} from './yaml';

/** The kinds that tell about people: offers name services and trainers, on purpose. */
export const guardedKinds: readonly string[] = ['vignette', 'concertation'];

/** Front matter fields whose text is published as written. */
export const scannedFields = ['title', 'summary', 'publics'] as const;

interface ScannedText {
  text: string;
  /** The text's place in the front matter; the body when undefined. */
  path?: readonly PropertyKey[];
}

export interface PrivacyInput {
  file: string;
  fields: Record<string, unknown>;
  frontMatter: ParsedYaml;
  /** The raw text of the file, to place a front matter value on its line. */
  sourceText: string;
  body: string;
  bodyFirstLine: number;
  locale: MessageLocale;
}

function textsOf(input: PrivacyInput): ScannedText[] {
  const texts: ScannedText[] = [{text: input.body}];
  for (const field of scannedFields) {
    const value = input.fields[field];
    const values = typeof value === 'string' ? [{value, path: [field]}] : Array.isArray(value) ? value.map((entry, index) => ({value: entry, path: [field, index]})) : [];
    for (const {value: entry, path} of values) {
      if (typeof entry === 'string') texts.push({text: entry, path});
    }
  }
  return texts;
}

/** File line and column of a scanned text's first character: asked for a finding only, as a line reads the front matter again. */
function startOf(input: PrivacyInput, scanned: ScannedText): {line: number; column: number} {
  if (scanned.path === undefined) return {line: input.bodyFirstLine, column: 1};
  const line = input.frontMatter.lineOf(scanned.path) ?? 1;
  const firstLine = scanned.text.split('\n')[0] ?? '';
  return {line, column: Math.max(0, (input.sourceText.split('\n')[line - 1] ?? '').indexOf(firstLine)) + 1};
}

function matchedText(text: string, finding: Finding): string {
  const lines = text.split('\n');
  const line = lines[finding.line - 1] ?? '';
  return line.slice(finding.column - 1, finding.column - 1 + finding.length);
}

function allows(allowance: PrivacyAllowance, finding: Finding, found: string): boolean {
  return allowance.rule === finding.rule && (allowance.match === undefined || normalizeLabel(found).includes(normalizeLabel(allowance.match)));
}

export function privacyProblems(input: PrivacyInput): Problem[] {
  // A malformed allowance list is reported by the schema; the guard then allows nothing.
  const parsedAllowances = privacyAllowances.safeParse(input.fields['privacy-allow']);
  const allowances = parsedAllowances.success ? parsedAllowances.data : [];
  const used = new Set<PrivacyAllowance>();
  const problems: Problem[] = [];
  for (const scanned of textsOf(input)) {
    for (const finding of findIdentifyingData(scanned.text)) {
      const allowance = allowances.find((candidate) => allows(candidate, finding, matchedText(scanned.text, finding)));
      if (allowance !== undefined) {
        used.add(allowance);
        continue;
      }
      const start = startOf(input, scanned);
      problems.push({
        severity: 'error',
        file: input.file,
        line: start.line + finding.line - 1,
        column: finding.line === 1 ? start.column + finding.column - 1 : finding.column,
        rule: `privacy-${finding.rule}`,
        message: message(input.locale, 'privacy', {rule: finding.rule, excerpt: finding.excerpt}),
      });
    }
  }
  allowances.forEach((allowance, index) => {
    if (used.has(allowance)) return;
    const line = input.frontMatter.lineOf(['privacy-allow', index]);
    problems.push({
      severity: 'warning',
      file: input.file,
      ...(line === undefined ? {} : {line}),
      field: `privacy-allow[${index}]`,
      rule: 'privacy-allow-unused',
      message: message(input.locale, 'privacy-allow-unused', {rule: allowance.rule, match: allowance.match}),
    });
  });
  return problems;
}
