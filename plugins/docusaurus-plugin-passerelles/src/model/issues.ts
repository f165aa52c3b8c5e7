/**
 * Turns the issues a zod schema reports into Problems: the field, what was
 * found, what was expected, and the line when the YAML locator knows it.
 */
import {closest, distance} from 'fastest-levenshtein';
import type {z} from 'zod';
import {expectation, message, type Expectation, type MessageLocale, type MessageParams, type Rule} from './messages';
import {fieldPath, type Problem, type Severity} from './problems';

/** What a custom check attaches to its zod issue so that it becomes a Problem with its own rule. */
export interface RuleIssueParams<R extends Rule = Rule> {
  rule: R;
  params: MessageParams[R];
  severity?: Severity;
}

export function ruleIssue<R extends Rule>(rule: R, params: MessageParams[R]): {code: 'custom'; message: string; params: RuleIssueParams<R>} {
  return {code: 'custom', message: rule, params: {rule, params}};
}

export interface IssueContext {
  file: string;
  locale: MessageLocale;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** What each field expects, by its last path segment (e.g. `themes` → theme-list). */
  expectations: Readonly<Record<string, Expectation>>;
  /** The keys a strict object accepts, to suggest one for an unknown key. */
  knownKeys?: readonly string[];
  /** The keys of each object field, by its name (`access` → criteria, referral…): an unknown one is compared with these only. */
  subFields?: Readonly<Record<string, readonly string[]>>;
}

export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], context: IssueContext): Problem[] {
  return issues.flatMap((issue) => problemsFromIssue(issue, context));
}

function problemsFromIssue(issue: z.core.$ZodIssue, context: IssueContext): Problem[] {
  const at = (path: readonly PropertyKey[], severity: Severity, rule: Rule, text: string): Problem => {
    const problem: Problem = {severity, file: context.file, rule, message: text};
    const line = context.lineOf(path);
    const field = fieldPath(path);
    if (line !== undefined) problem.line = line;
    if (field !== undefined) problem.field = field;
    return problem;
  };
  const say = <R extends Rule>(rule: R, params: MessageParams[R]): Problem =>
    at(issue.path, 'error', rule, message(context.locale, rule, params));
  const expected = (): string => {
    const lastKey = [...issue.path].reverse().find((key): key is string => typeof key === 'string');
    const known = lastKey === undefined ? undefined : context.expectations[lastKey];
    return known === undefined ? expectation(context.locale, 'text') : expectation(context.locale, known);
  };

  // A missing field is said to be missing, whichever check meets it first: a list of values, or a union of forms.
  if (issue.input === undefined && issue.path.length > 0 && (issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return [say('required', {expected: issue.code === 'invalid_value' ? issue.values.map((value) => `"${String(value)}"`).join(', ') : expected()})];
  }

  switch (issue.code) {
    case 'custom': {
      const custom = issue.params as RuleIssueParams | undefined;
      if (custom === undefined) return [say('type', {found: issue.input, expected: expected()})];
      return [
        at(
          issue.path,
          custom.severity ?? 'error',
          custom.rule,
          message(context.locale, custom.rule, custom.params as never),
        ),
      ];
    }
    case 'invalid_type':
      return issue.input === undefined
        ? [say('required', {expected: expected()})]
        : [say('type', {found: issue.input, expected: expected()})];
    case 'invalid_value':
      return [say('enum', {found: issue.input, allowed: issue.values.map(String)})];
    case 'too_small':
      return [say('too-short', {minimum: Number(issue.minimum)})];
    case 'too_big':
      return [
        say('too-long', {
          maximum: Number(issue.maximum),
          found: typeof issue.input === 'string' ? issue.input.length : Number(issue.input),
        }),
      ];
    case 'unrecognized_keys': {
      const parent = [...issue.path].reverse().find((key): key is string => typeof key === 'string');
      const allowed = parent === undefined ? undefined : context.subFields?.[parent];
      return issue.keys.map((key) => {
        // Without the object's own keys, the field names the schemas know are the best guess (`emial` → `email`).
        const suggestion = closest(key, [...(allowed ?? context.knownKeys ?? Object.keys(context.expectations))]);
        const params = allowed !== undefined && distance(key, suggestion) > 2 ? {found: key, allowed} : {found: key, suggestion};
        return at([...issue.path, key], 'error', 'unknown-field', message(context.locale, 'unknown-field', params));
      });
    }
    default:
      return [say('type', {found: issue.input, expected: expected()})];
  }
}
