import {CORE_SCHEMA, load} from 'js-yaml';
import {isMap, isNode, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError} from 'yaml';

/** What went wrong, in the words an author can act on; `other` keeps the YAML library's own detail. */
export type YamlErrorKind =
  | 'duplicate-key'
  | 'unclosed-quote'
  | 'unclosed-list'
  | 'unclosed-map'
  | 'indentation'
  | 'tab-indentation'
  | 'missing-colon'
  | 'colon-in-value'
  | 'alias-unresolved'
  | 'alias-loop'
  | 'other';

export interface YamlSyntaxError {
  line: number;
  kind: YamlErrorKind;
  /** The YAML library's message, in English: shown when `kind` is `other`. */
  detail: string;
  /** The key written twice, or the alias that names no anchor. */
  name?: string;
}

export interface ParsedYaml {
  value: unknown;
  /** First syntax error, with its line in the file, if the text does not parse. */
  syntaxError?: YamlSyntaxError;
  /** The line (1-based, in the file) of a path's key, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Aliases expanded beyond this many are a resource exhaustion attack (or a mistake), not content. */
const maxAliasCount = 100;

/**
 * Texts the quick reader leaves to the full one: anchors, aliases and tags (whose expansion the
 * full reader bounds), numbers the two readers' core schemas read differently (`1_000`, `0b1`),
 * tabs in indentation, which js-yaml accepts where YAML 1.2 does not, and keys that are lists,
 * maps or `?` entries, which the two readers turn into different texts, and block scalars (`|`,
 * `>`), whose comments and indentation they read differently.
 */
const needsFullReader = /(?:^|[\s[{,])[&*!]\S|\d_|_\d|\b0b[01]|^[ \t-]*\t|(?:^|[\s[{,])-[0.]|(?:^[ \t]*(?:-[ \t]+)*|[[{,][ \t]*)[[{?]|(?:^|[:-][ \t]+)[|>]/m;

/** A key both readers give as the text its author wrote: a word, not a null, a boolean or a number. */
const plainKey = /^(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)[\p{L}_][\p{L}\p{N}_ -]*$/u;

const isFields = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function hasOnlyPlainKeys(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(hasOnlyPlainKeys);
  if (!isFields(value)) return true;
  return Object.entries(value).every(([key, field]) => plainKey.test(key) && hasOnlyPlainKeys(field));
}

/**
 * Parses YAML 1.2 (core schema: a date stays the string its author wrote).
 * `firstLine` is the line of the file where the YAML text starts.
 * Never throws: text that cannot become a plain value is a syntax error with its line.
 *
 * Most front matter is plain and right. js-yaml reads it several times faster than the `yaml`
 * library (bench/RESULTS.md, passerelles:check), but keeps no positions and explains its errors
 * less well; so it reads first, and the `yaml` library reads the text again only for what js-yaml
 * refuses, for what it leaves aside, and when a problem asks for a line.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const quick = quickValue(text);
  if (quick === undefined) return parseYamlWithPositions(text, firstLine);
  let withPositions: ParsedYaml | undefined;
  return {value: quick, lineOf: (path) => (withPositions ??= parseYamlWithPositions(text, firstLine)).lineOf(path)};
}

/** The value js-yaml reads, when it reads one as the `yaml` library would: undefined for anything else. */
function quickValue(text: string): unknown {
  if (needsFullReader.test(text)) return undefined;
  try {
    const value = load(text, {schema: CORE_SCHEMA});
    // Front matter is fields: a text that is a list or a single value gets the full reader's message.
    return isFields(value) && hasOnlyPlainKeys(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The `yaml` library's reading: positions kept, so that a problem can name its line, and errors an author can act on. */
export function parseYamlWithPositions(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  // logLevel: a list or map used as a key becomes a text key without a process warning.
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error'});
  const toFileLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const failed = (syntaxError: YamlSyntaxError): ParsedYaml => ({value: undefined, syntaxError, lineOf: () => undefined});
  const [error] = document.errors;
  if (error !== undefined) return failed(describeError(error, text, toFileLine(error.pos[0])));

  const aliasProblem = aliasError(document, toFileLine);
  if (aliasProblem !== undefined) return failed(aliasProblem);
  let value: unknown;
  try {
    value = document.toJS({maxAliasCount});
  } catch (thrown) {
    // Aliases that expand past maxAliasCount: aliasError has found every other case.
    const firstAlias = firstAliasOffset(document);
    return failed({line: toFileLine(firstAlias ?? 0), kind: 'alias-loop', detail: thrown instanceof Error ? thrown.message : String(thrown)});
  }
  return {value, lineOf: (path) => lineOfPath(document, path, toFileLine)};
}

function describeError(error: YAMLError, text: string, line: number): YamlSyntaxError {
  const detail = error.message.split('\n')[0] ?? error.code;
  const at = (kind: YamlErrorKind, name?: string): YamlSyntaxError => ({line, kind, detail, ...(name === undefined ? {} : {name})});
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return at('duplicate-key', /^\s*["']?([^:"'\n]*?)["']?\s*:/.exec(text.slice(error.pos[0]))?.[1]);
    case 'MISSING_CHAR':
      return detail.includes('quote') ? at('unclosed-quote') : at('other');
    case 'BAD_INDENT':
      if (detail.startsWith('Flow sequence')) return at('unclosed-list');
      if (detail.startsWith('Flow map')) return at('unclosed-map');
      return at('indentation');
    case 'TAB_AS_INDENT':
      return at('tab-indentation');
    case 'MULTILINE_IMPLICIT_KEY':
      return at('missing-colon');
    case 'BLOCK_AS_IMPLICIT_KEY':
      return at('colon-in-value');
    default:
      return at('other');
  }
}

/** An alias naming no anchor, or one inside the very node it names (a value containing itself). */
function aliasError(document: Document, toFileLine: (offset: number) => number): YamlSyntaxError | undefined {
  let found: YamlSyntaxError | undefined;
  visit(document, {
    Alias(_key, alias, path) {
      const target = alias.resolve(document);
      const line = toFileLine(alias.range?.[0] ?? 0);
      if (target === undefined) {
        found = {line, kind: 'alias-unresolved', detail: `Unresolved alias ${alias.source}`, name: alias.source};
      } else if (path.includes(target as never)) {
        found = {line, kind: 'alias-loop', detail: `Alias ${alias.source} refers to a node that contains it`, name: alias.source};
      }
      return found === undefined ? undefined : visit.BREAK;
    },
  });
  return found;
}

function firstAliasOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, alias) {
      offset = alias.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function lineOfPath(
  document: Document,
  path: readonly PropertyKey[],
  toFileLine: (offset: number) => number,
): number | undefined {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const parent = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1), true);
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isNode(item.key) && (item.key.toJSON() as unknown) === key);
      if (pair !== undefined && isNode(pair.key) && pair.key.range) return toFileLine(pair.key.range[0]);
    } else if (isSeq(parent) && typeof key === 'number') {
      const item = parent.items[key];
      if (isNode(item) && item.range) return toFileLine(item.range[0]);
    }
  }
  const root = document.contents;
  return isNode(root) && root.range ? toFileLine(root.range[0]) : undefined;
}

