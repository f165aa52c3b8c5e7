/**
 * A problem is a value, never an exception: every loader collects them across
 * all files and the build and `passerelles:check` report them the same way.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path of the file, relative to the site directory, with forward slashes. */
  file: string;
  line?: number;
  /** 1-based column, when the problem is a place in the text rather than a whole field. */
  column?: number;
  /** Dotted path of the front matter field, e.g. `sessions[1].end`. */
  field?: string;
  rule: string;
  message: string;
}

export function fieldPath(path: readonly PropertyKey[]): string | undefined {
  let result = '';
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`;
    else result += result === '' ? String(key) : `.${String(key)}`;
  }
  return result === '' ? undefined : result;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** One line per problem, as a compiler prints them: `file:line:column  field  message  [rule]`. */
export function formatProblem(problem: Problem): string {
  const position = problem.line === undefined ? '' : problem.column === undefined ? `:${problem.line}` : `:${problem.line}:${problem.column}`;
  const where = `${problem.file}${position}`;
  const field = problem.field === undefined ? '' : ` ${problem.field}:`;
  return `${where}${field} ${problem.message} [${problem.rule}]`;
}

/** Shows a value found in a file in a message, short and unambiguous. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString();
  // JSON says null for Infinity, and fails on a value that contains itself.
  const text = typeof value === 'string' ? `"${value}"` : typeof value === 'number' ? String(value) : jsonOrString(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function jsonOrString(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
