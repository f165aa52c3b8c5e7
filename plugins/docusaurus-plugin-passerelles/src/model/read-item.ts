/**
 * Reads one document: no `kind` in its front matter means it is not part of
 * the knowledge base; otherwise it becomes an Item or a list of Problems.
 */
import {closest, distance} from 'fastest-levenshtein';
import {docusaurusFields} from '../content/docusaurus-fields';
import type {z} from 'zod';
import {itemKinds, isOfferKind} from '../shared/kinds';
import {problemsFromIssues} from './issues';
import type {Item, SourceDocument} from './items';
import {message, type MessageLocale} from './messages';
import {guardedKinds, privacyProblems} from './privacy';
import type {Problem} from './problems';
import {fieldExpectations, knownFields, subFields, type ItemSchemas} from './schemas';
import {missingSections} from '../shared/authoring/sections';
import {outline, splitSource} from './source';
import type {ParsedYaml} from './yaml';

export interface ReadResult {
  item: Item | undefined;
  problems: Problem[];
  /** The `structure` id an offer names, and its line: resolved by the pipeline once every structure is read. */
  structureReference?: StructureReference;
}

export interface StructureReference {
  id: string;
  /** Asked only when the id names no structure: finding a line reads the front matter again. */
  line: () => number | undefined;
}

/**
 * A check of every front matter that the host adds: the build and the CLI check
 * Docusaurus' own fields with Docusaurus' schema, which the browser does not load.
 */
export type FrontMatterCheck = (
  fields: Readonly<Record<string, unknown>>,
  context: {file: string; locale: MessageLocale; lineOf: ParsedYaml['lineOf']},
) => Problem[];

/** A mapping of field names, as YAML gives one: not a list, a text, a number or binary data. */
function isFieldMapping(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/** The fields of a front matter, or the problem that keeps it from being read: YAML that does not parse, or no mapping. */
export type FrontMatterRead =
  | {fields: Record<string, unknown>; frontMatter: ParsedYaml; body: string; bodyFirstLine: number}
  | {fields: undefined; problems: Problem[]; body: string; bodyFirstLine: number};

export function readFrontMatter(source: Pick<SourceDocument, 'file' | 'text'>, locale: MessageLocale): FrontMatterRead {
  const {frontMatter, body, bodyFirstLine} = splitSource(source.text);
  const none = (problems: Problem[]): FrontMatterRead => ({fields: undefined, problems, body, bodyFirstLine});
  if (frontMatter === undefined) return none([]);
  if (frontMatter.syntaxError !== undefined) {
    const {line, ...error} = frontMatter.syntaxError;
    return none([{severity: 'error', file: source.file, line, rule: 'yaml', message: message(locale, 'yaml', error)}]);
  }
  const fields = frontMatter.value;
  // `---` twice with nothing between: no field at all, which is allowed.
  if (fields === null || fields === undefined) return none([]);
  if (!isFieldMapping(fields)) {
    return none([{severity: 'error', file: source.file, line: 2, rule: 'front-matter-shape', message: message(locale, 'front-matter-shape', {found: fields})}]);
  }
  return {fields, frontMatter, body, bodyFirstLine};
}

export function readItem(source: SourceDocument, schemas: ItemSchemas, locale: MessageLocale, checkFrontMatter?: FrontMatterCheck): ReadResult {
  const read = readFrontMatter(source, locale);
  if (read.fields === undefined) return {item: undefined, problems: read.problems};
  const {fields, frontMatter, body, bodyFirstLine} = read;
  const hostProblems = checkFrontMatter?.(fields, {file: source.file, locale, lineOf: frontMatter.lineOf}) ?? [];
  if (!('kind' in fields)) return {item: undefined, problems: hostProblems};

  const {kind} = fields;
  const schema = kind === 'vignette' || kind === 'concertation' || kind === 'structure' ? schemas[kind] : typeof kind === 'string' && isOfferKind(kind) ? schemas.offer : undefined;
  const problem = (rule: Problem['rule'], text: string, line: number | undefined, field?: string, severity: Problem['severity'] = 'error'): Problem => ({
    severity,
    file: source.file,
    ...(line === undefined ? {} : {line}),
    ...(field === undefined ? {} : {field}),
    rule,
    message: text,
  });

  if (schema === undefined) {
    return {
      item: undefined,
      problems: [...hostProblems, problem('enum', message(locale, 'enum', {found: kind, allowed: itemKinds}), frontMatter.lineOf(['kind']), 'kind')],
    };
  }

  const problems: Problem[] = [...hostProblems];
  for (const key of Object.keys(fields)) {
    if (knownFields.includes(key) || docusaurusFields.has(key)) continue;
    const suggestion = closest(key, [...knownFields]);
    if (distance(key, suggestion) <= 2) {
      problems.push(problem('unknown-field', message(locale, 'unknown-field', {found: key, suggestion}), frontMatter.lineOf([key]), key, 'warning'));
    }
  }

  const parsed = (schema as z.ZodType).safeParse(fields, {reportInput: true});
  if (!parsed.success) {
    problems.push(
      ...problemsFromIssues(parsed.error.issues, {file: source.file, locale, lineOf: frontMatter.lineOf, expectations: fieldExpectations, subFields}),
    );
  }

  const sections = outline(body, bodyFirstLine);
  for (const section of missingSections(String(kind), sections)) {
    problems.push(problem('section', message(locale, 'section', {section: section.heading[locale]}), undefined));
  }

  if (guardedKinds.includes(String(kind))) {
    problems.push(
      ...privacyProblems({file: source.file, fields, frontMatter, sourceText: source.text, body, bodyFirstLine, locale}),
    );
  }

  if (!parsed.success || problems.some((entry) => entry.severity === 'error')) return {item: undefined, problems};

  const {structure, ...data} = parsed.data as Record<string, unknown> & {title?: string; structure?: unknown};
  const title = source.title ?? data.title ?? sections.find((entry) => entry.level === 1)?.text ?? source.id;
  // Object.assign, not `{...data, id, …}`: in Node 20's V8 a spread followed by more fields gives each object a
  // hidden class of its own, and every later read of the items goes megamorphic (bench:check, figures of /donnees).
  const item = Object.assign({}, data, {
    sessions: isOfferKind(String(kind)) ? (data.sessions ?? []) : undefined,
    id: source.id,
    file: source.file,
    permalink: source.permalink,
    title,
    text: body,
  }) as unknown as Item;
  if (typeof structure !== 'string' || !isOfferKind(String(kind))) return {item, problems};
  return {item, problems, structureReference: {id: structure, line: () => frontMatter.lineOf(['structure'])}};
}
