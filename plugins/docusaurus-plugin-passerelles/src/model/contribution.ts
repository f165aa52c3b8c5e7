/**
 * The contribution form's model: its fields, read from the zod schema of the
 * kind; the front matter its values make; and their check with the same
 * schema, the same body rule and the same identifying-data guard as
 * `readItem`, with the same messages. Browser-safe: no Node imports.
 */
import {z} from 'zod';
import type {ItemCard, ThemeRef} from '../shared/cards';
import {isOfferKind, itemKinds, structureTypes, type ItemKind} from '../shared/kinds';
import {findIdentifyingData, type Finding} from '../shared/privacy/rules';
import {itemCard} from './card';
import {problemsFromIssues} from './issues';
import type {Item} from './items';
import {expectation, message, type Expectation, type MessageLocale} from './messages';
import {guardedKinds, scannedFields} from './privacy';
import type {Problem} from './problems';
import {missingSections} from '../shared/authoring/sections';
import {fieldExpectations, subFields, type ItemSchemas} from './schemas';
import {outline} from './source';

export type FieldWidget =
  | {type: 'text'; multiline: boolean}
  | {type: 'url'}
  | {type: 'integer'}
  | {type: 'date'}
  | {type: 'date-time'}
  /** A list of texts, one per line. */
  | {type: 'list'}
  | {type: 'themes'}
  | {type: 'choice'; options: readonly string[]}
  | {type: 'choices'; options: readonly string[]}
  | {type: 'cost'}
  /** A repeatable group of fields, e.g. the sessions of an offer. */
  | {type: 'group'; fields: FormField[]}
  /** The fields of one nested object, e.g. the access criteria of a structure. */
  | {type: 'fieldset'; fields: FormField[]};

export interface FormField {
  name: string;
  required: boolean;
  widget: FieldWidget;
  /** What the field expects, said as the validation messages say it. */
  expectation: Expectation | undefined;
}

export interface CostInput {
  free: boolean;
  amount: string;
  note: string;
}

export type GroupEntry = Record<string, string>;

/** What a widget holds: text, chosen values, a cost, or the entries of a group. */
/** The inputs of a nested object's fields, by name. */
export interface FieldsetInput {
  [name: string]: FieldInput;
}
export type FieldInput = string | string[] | CostInput | GroupEntry[] | FieldsetInput;

export type FormValues = Readonly<Record<string, FieldInput>>;

/** The kinds the form offers: all of them. */
export const contributableKinds: readonly ItemKind[] = itemKinds;

/** Fields the form does not offer: the kind is chosen first; allowances of the guard are a reviewer's decision. */
const fieldsLeftOut: readonly string[] = ['kind', 'privacy-allow'];
/** Shown first and last; the others keep the order of the schema. */
const leadingFields: readonly string[] = ['title', 'summary', 'themes'];
/** Who wrote the item and who reviewed it: shown last, apart from the content. */
export const authorshipFields: readonly string[] = ['authors', 'organization', 'status', 'reviewers'];
const multilineFields: readonly string[] = ['summary'];

function unwrapOptional(schema: z.ZodType): {inner: z.ZodType; optional: boolean} {
  let inner = schema;
  let optional = false;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    optional = true;
    inner = inner.unwrap() as z.ZodType;
  }
  return {inner, optional};
}

function widgetOf(name: string, schema: z.ZodType): FieldWidget | undefined {
  if (schema instanceof z.ZodEnum) return {type: 'choice', options: schema.options.map(String)};
  if (schema instanceof z.ZodArray) {
    const element = unwrapOptional(schema.element as z.ZodType).inner;
    if (element instanceof z.ZodEnum) return {type: 'choices', options: element.options.map(String)};
    if (element instanceof z.ZodObject) return {type: 'group', fields: fieldsOfShape(element.shape as Record<string, z.ZodType>)};
  }
  if (schema instanceof z.ZodObject) return {type: 'fieldset', fields: fieldsOfShape(schema.shape as Record<string, z.ZodType>)};
  // Transforms and unions (themes, lists, cost, dates) say nothing of their input: the expectation of the field does.
  switch (fieldExpectations[name]) {
    case 'text':
      return {type: 'text', multiline: multilineFields.includes(name)};
    case 'text-list':
      return {type: 'list'};
    case 'theme-list':
      return {type: 'themes'};
    case 'integer':
      return {type: 'integer'};
    case 'date':
      return {type: 'date'};
    case 'date-time':
      return {type: 'date-time'};
    case 'url':
    case 'website':
      return {type: 'url'};
    case 'email':
    case 'phone':
      return {type: 'text', multiline: false};
    // A number of weeks or a text: a number when it is one, as for integers.
    case 'waiting':
      return {type: 'integer'};
    // One type, checked by a transform that says nothing of its choices.
    case 'structure-type':
      return {type: 'choice', options: structureTypes};
    case 'cost':
      return {type: 'cost'};
    default:
      return undefined;
  }
}

function fieldsOfShape(shape: Readonly<Record<string, z.ZodType>>): FormField[] {
  return Object.entries(shape).flatMap(([name, schema]) => {
    if (fieldsLeftOut.includes(name)) return [];
    const {inner, optional} = unwrapOptional(schema);
    const widget = widgetOf(name, inner);
    if (widget === undefined) return [];
    // The schema lets a title come from the first heading; the form needs it to name the file.
    return [{name, required: !optional || name === 'title', widget, expectation: fieldExpectations[name]}];
  });
}

/** The form of a kind, read from its schema: every field it takes, required or not, with its widget. */
export function formFields(schemas: ItemSchemas, kind: ItemKind): FormField[] {
  const rank = (name: string): number => {
    const leading = leadingFields.indexOf(name);
    if (leading !== -1) return leading - leadingFields.length;
    return authorshipFields.includes(name) ? 1 : 0;
  };
  const fields = fieldsOfShape(schemaOf(schemas, kind).shape as Record<string, z.ZodType>);
  return fields.map((field, index) => ({field, index})).sort((a, b) => rank(a.field.name) - rank(b.field.name) || a.index - b.index).map(({field}) => field);
}

function schemaOf(schemas: ItemSchemas, kind: ItemKind) {
  if (kind === 'vignette') return schemas.vignette;
  if (kind === 'concertation') return schemas.concertation;
  if (kind === 'structure') return schemas.structure;
  return schemas.offer;
}

/** The empty value of each widget. */
export function emptyInput(widget: FieldWidget): FieldInput {
  switch (widget.type) {
    case 'themes':
    case 'choices':
      return [];
    case 'cost':
      return {free: false, amount: '', note: ''};
    case 'group':
      return [emptyEntry(widget.fields)];
    case 'fieldset':
      return Object.fromEntries(widget.fields.map((field) => [field.name, emptyInput(field.widget)]));
    default:
      return '';
  }
}

export function emptyEntry(fields: readonly FormField[]): GroupEntry {
  return Object.fromEntries(fields.map((field) => [field.name, '']));
}

const textOf = (input: FieldInput | undefined): string => (typeof input === 'string' ? input : '');
const valuesOf = (input: FieldInput | undefined): string[] =>
  Array.isArray(input) ? input.filter((value): value is string => typeof value === 'string') : [];
const entriesOf = (input: FieldInput | undefined): GroupEntry[] =>
  Array.isArray(input) ? input.filter((entry): entry is GroupEntry => typeof entry === 'object') : [];
export function isCostInput(input: FieldInput | undefined): input is CostInput {
  return typeof input === 'object' && !Array.isArray(input) && typeof input.free === 'boolean';
}
const costOf = (input: FieldInput | undefined): CostInput | undefined => (isCostInput(input) ? input : undefined);
export const fieldsetOf = (input: FieldInput | undefined): FieldsetInput =>
  typeof input === 'object' && !Array.isArray(input) && !isCostInput(input) ? input : {};

/** A number when the text is one; otherwise the text, for the schema to say what it expected. */
function numberOrText(text: string): number | string {
  return /^\s*\d+(?:[.,]\d+)?\s*$/.test(text) ? Number(text.trim().replace(',', '.')) : text.trim();
}

/** The front matter value of one field, or undefined when it is left empty (then the schema says if it is required). */
function frontMatterValue(widget: FieldWidget, input: FieldInput | undefined): unknown {
  switch (widget.type) {
    case 'themes':
    case 'choices': {
      const values = valuesOf(input);
      return values.length === 0 ? undefined : values;
    }
    case 'list': {
      const lines = textOf(input)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      return lines.length === 0 ? undefined : lines;
    }
    case 'integer': {
      const text = textOf(input).trim();
      return text === '' ? undefined : numberOrText(text);
    }
    case 'cost': {
      const cost = costOf(input);
      if (cost === undefined) return undefined;
      if (cost.free) return 'gratuit';
      if (cost.amount.trim() === '') return undefined;
      const amount = numberOrText(cost.amount);
      return cost.note.trim() === '' ? amount : {amount, note: cost.note.trim()};
    }
    case 'group': {
      const entries = entriesOf(input).flatMap((entry) => {
        const value: Record<string, unknown> = {};
        for (const field of widget.fields) {
          const fieldValue = frontMatterValue(field.widget, entry[field.name]);
          if (fieldValue !== undefined) value[field.name] = fieldValue;
        }
        return Object.keys(value).length === 0 ? [] : [value];
      });
      return entries.length === 0 ? undefined : entries;
    }
    case 'fieldset': {
      const nested = fieldsetOf(input);
      const value: Record<string, unknown> = {};
      for (const field of widget.fields) {
        const fieldValue = frontMatterValue(field.widget, nested[field.name]);
        if (fieldValue !== undefined) value[field.name] = fieldValue;
      }
      return Object.keys(value).length === 0 ? undefined : value;
    }
    default: {
      const text = textOf(input).trim();
      return text === '' ? undefined : text;
    }
  }
}

/** The front matter the values make, in the order of the form: what is checked is what is exported. */
export function frontMatterOf(kind: ItemKind, fields: readonly FormField[], values: FormValues): Record<string, unknown> {
  const frontMatter: Record<string, unknown> = {kind};
  for (const field of fields) {
    const value = frontMatterValue(field.widget, values[field.name]);
    if (value !== undefined) frontMatter[field.name] = value;
  }
  return frontMatter;
}

/** Where in the contribution an identifying datum was found: the body, or a front matter field. */
export interface ContributionFinding extends Finding {
  /** `body`, or the field (`summary`, `publics[1]`…). */
  source: string;
  message: string;
}

export interface ContributionCheck {
  /** The front matter the values make: what is checked is what is exported. */
  frontMatter: Record<string, unknown>;
  /** Problems of the front matter (each with its `field`) and of the body (sections, without field). */
  problems: Problem[];
  findings: ContributionFinding[];
  /** The card the item would have, when its front matter is valid. */
  card: ItemCard | undefined;
}

export interface ContributionInput {
  kind: ItemKind;
  fields: readonly FormField[];
  values: FormValues;
  body: string;
  schemas: ItemSchemas;
  locale: MessageLocale;
  /** Path of the file the contribution becomes, which problems name. */
  file: string;
  themeRefs: (ids: readonly string[]) => ThemeRef[];
}

/** Checks a contribution as `passerelles:check` would check its file, without its line numbers. */
export function checkContribution({kind, fields, values, body, schemas, locale, file, themeRefs}: ContributionInput): ContributionCheck {
  const frontMatter = frontMatterOf(kind, fields, values);
  const problems: Problem[] = [];
  const error = (field: string | undefined, rule: string, text: string): Problem => ({severity: 'error', file, ...(field === undefined ? {} : {field}), rule, message: text});

  if (frontMatter.title === undefined) problems.push(error('title', 'required', message(locale, 'required', {expected: expectation(locale, 'text')})));
  const parsed = (schemaOf(schemas, kind) as z.ZodType).safeParse(frontMatter, {reportInput: true});
  if (!parsed.success) {
    problems.push(...problemsFromIssues(parsed.error.issues, {file, locale, lineOf: () => undefined, expectations: fieldExpectations, subFields}));
  }
  for (const section of missingSections(kind, outline(body, 1))) {
    problems.push(error(undefined, 'section', message(locale, 'section', {section: section.heading[locale]})));
  }

  const findings: ContributionFinding[] = [];
  if (guardedKinds.includes(kind)) {
    const texts: {source: string; text: string}[] = [{source: 'body', text: body}];
    for (const field of scannedFields) {
      const value = frontMatter[field];
      if (typeof value === 'string') texts.push({source: field, text: value});
      if (Array.isArray(value)) value.forEach((entry, index) => typeof entry === 'string' && texts.push({source: `${field}[${index}]`, text: entry}));
    }
    for (const {source, text} of texts) {
      for (const finding of findIdentifyingData(text)) {
        findings.push({...finding, source, message: message(locale, 'privacy', {rule: finding.rule, excerpt: finding.excerpt})});
      }
    }
  }

  const title = typeof frontMatter.title === 'string' ? frontMatter.title : undefined;
  const item = parsed.success && title !== undefined ? previewItem(kind, frontMatter, schemas, {id: file, file, permalink: '#', title, text: body}) : undefined;
  return {frontMatter, problems, findings, card: item === undefined ? undefined : itemCard(item, themeRefs)};
}

interface PreviewBase {
  id: string;
  file: string;
  permalink: string;
  title: string;
  text: string;
}

function previewItem(kind: ItemKind, frontMatter: Record<string, unknown>, schemas: ItemSchemas, base: PreviewBase): Item | undefined {
  if (kind === 'vignette') {
    const parsed = schemas.vignette.safeParse(frontMatter);
    return parsed.success ? {...parsed.data, ...base, kind} : undefined;
  }
  if (kind === 'concertation') {
    const parsed = schemas.concertation.safeParse(frontMatter);
    return parsed.success ? {...parsed.data, ...base, kind} : undefined;
  }
  if (kind === 'structure') {
    const parsed = schemas.structure.safeParse(frontMatter);
    return parsed.success ? {...parsed.data, ...base, kind} : undefined;
  }
  if (!isOfferKind(kind)) return undefined;
  const parsed = schemas.offer.safeParse(frontMatter);
  if (!parsed.success) return undefined;
  // The structure id is resolved against the published structures by the build, which the form does not have.
  const {structure: _structureId, ...fields} = parsed.data;
  return {...fields, ...base, kind, sessions: parsed.data.sessions ?? []};
}

/** Whether the contribution can be exported: no error and no identifying datum left. */
export function isExportable(check: ContributionCheck): boolean {
  return check.findings.length === 0 && !check.problems.some((problem) => problem.severity === 'error');
}

/** The problems of one field, its sub-fields included (`sessions` → `sessions[0].start`). */
export function problemsOfField(problems: readonly Problem[], field: string): Problem[] {
  return problems.filter((problem) => problem.field === field || problem.field?.startsWith(`${field}[`) === true || problem.field?.startsWith(`${field}.`) === true);
}
