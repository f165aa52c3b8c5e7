/**
 * What a directive of the Passerelles family means, or why it cannot be
 * used as written. Pure: the remark plugin turns a result into JSX, a
 * problem into a build error at the directive's line.
 */
import {closest, distance} from 'fastest-levenshtein';
import {message, type MessageLocale, type Rule} from '../model/messages';
import type {Problem} from '../model/problems';
import type {MdastNode} from '../remark/mdx-nodes';
import {offerKinds, type OfferKind} from '../shared/kinds';
import {resolveTheme, type Taxonomy} from '../shared/taxonomy';

export type DirectiveType = 'textDirective' | 'leafDirective' | 'containerDirective';

/** Each directive of the family and the syntax it is written with. */
export const directiveSyntax = {
  theme: 'textDirective',
  situation: 'containerDirective',
  questions: 'containerDirective',
  objectifs: 'containerDirective',
  offres: 'leafDirective',
  vignette: 'leafDirective',
} as const satisfies Record<string, DirectiveType>;

export type DirectiveName = keyof typeof directiveSyntax;
export type SectionName = 'situation' | 'questions' | 'objectifs';

const names = Object.keys(directiveSyntax) as DirectiveName[];
const examples: Record<DirectiveName, string> = {
  theme: ':theme[double diagnostic]',
  situation: ':::situation',
  questions: ':::questions',
  objectifs: ':::objectifs',
  offres: '::offres{theme=prevention-suicide kind=formation limit=5}',
  vignette: '::vignette{id=vignettes/une-nuit-aux-urgences}',
};

export interface DirectiveInput {
  type: DirectiveType;
  name: string;
  /** The text between brackets, for `:theme[…]`. */
  label: string;
  attributes: Record<string, string | null | undefined>;
}

export interface DirectiveContext {
  taxonomy: Taxonomy;
  vignetteIds: ReadonlySet<string>;
  locale: MessageLocale;
}

export type ResolvedDirective =
  | {directive: 'theme'; id: string; label: string}
  | {directive: 'section'; section: SectionName}
  | {directive: 'offres'; theme: string; kind?: OfferKind; limit: number}
  | {directive: 'vignette'; id: string};

export type Resolution = {resolved: ResolvedDirective} | {problem: {rule: Rule; message: string}} | {notOurs: true};

const defaultOfferLimit = 5;

function isOurs(name: string): name is DirectiveName {
  return (names as string[]).includes(name);
}

export function resolveDirective(input: DirectiveInput, context: DirectiveContext): Resolution {
  const {locale} = context;
  const fail = (rule: Rule, text: string): Resolution => ({problem: {rule, message: text}});
  if (!isOurs(input.name)) {
    // A near miss of one of ours is a typo; anything else (Docusaurus admonitions, other plugins' directives) is not ours.
    const suggestion = closest(input.name, names);
    if (input.name.length >= 5 && distance(input.name, suggestion) <= 2) {
      return fail('directive-unknown', message(locale, 'directive-unknown', {found: input.name, suggestion: examples[suggestion as DirectiveName]}));
    }
    return {notOurs: true};
  }
  const name = input.name;
  if (input.type !== directiveSyntax[name]) {
    return fail('directive-syntax', message(locale, 'directive-syntax', {name, example: examples[name]}));
  }
  const attribute = (key: string): string | undefined => {
    const value = input.attributes[key];
    return value === null || value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const missing = (key: string): Resolution => fail('directive-attribute', message(locale, 'directive-attribute', {name, attribute: key, example: examples[name]}));

  switch (name) {
    case 'theme': {
      const label = input.label.trim();
      const wanted = attribute('id') ?? label;
      if (wanted === '') return missing('id');
      const resolution = resolveTheme(context.taxonomy, wanted);
      if (resolution.status === 'ambiguous') return fail('theme-ambiguous', message(locale, 'theme-ambiguous', {found: wanted, candidates: resolution.candidates}));
      if (resolution.status === 'unknown') return fail('theme-unknown', message(locale, 'theme-unknown', {found: wanted, suggestions: resolution.suggestions}));
      return {resolved: {directive: 'theme', id: resolution.id, label: label === '' ? wanted : label}};
    }
    case 'situation':
    case 'questions':
    case 'objectifs':
      return {resolved: {directive: 'section', section: name}};
    case 'offres': {
      const theme = attribute('theme');
      if (theme === undefined) return missing('theme');
      const resolution = resolveTheme(context.taxonomy, theme);
      if (resolution.status === 'ambiguous') return fail('theme-ambiguous', message(locale, 'theme-ambiguous', {found: theme, candidates: resolution.candidates}));
      if (resolution.status === 'unknown') return fail('theme-unknown', message(locale, 'theme-unknown', {found: theme, suggestions: resolution.suggestions}));
      const kind = attribute('kind');
      if (kind !== undefined && !(offerKinds as readonly string[]).includes(kind)) {
        return fail('enum', message(locale, 'enum', {found: kind, allowed: offerKinds}));
      }
      const limitText = attribute('limit');
      if (limitText !== undefined && !/^[1-9]\d*$/.test(limitText)) {
        return fail('directive-attribute', message(locale, 'directive-attribute', {name, attribute: 'limit', example: examples.offres, found: limitText}));
      }
      const limit = limitText === undefined ? defaultOfferLimit : Number(limitText);
      return {resolved: {directive: 'offres', theme: resolution.id, ...(kind === undefined ? {} : {kind: kind as OfferKind}), limit}};
    }
    case 'vignette': {
      const id = attribute('id');
      if (id === undefined) return missing('id');
      if (!context.vignetteIds.has(id)) {
        const suggestion = closest(id, [...context.vignetteIds]);
        return fail('directive-target', message(locale, 'directive-target', {id, suggestion}));
      }
      return {resolved: {directive: 'vignette', id}};
    }
  }
}

const directiveTypes = new Set<string>(['textDirective', 'leafDirective', 'containerDirective']);

/** A node remark-directive made: `:name[…]{…}`, `::name[…]{…}` or `:::name[…]{…}`. */
export function isDirective(node: MdastNode): node is MdastNode & {type: DirectiveType; name: string} {
  return directiveTypes.has(node.type) && typeof node.name === 'string';
}

/** Whether a child of a container directive is its `[label]`, which remark-directive keeps as a flagged first paragraph. */
export function isDirectiveLabel(node: MdastNode): boolean {
  return (node.data as {directiveLabel?: boolean} | undefined)?.directiveLabel === true;
}

function textOf(node: MdastNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

export function directiveInput(node: MdastNode & {type: DirectiveType; name: string}): DirectiveInput {
  const children = node.children ?? [];
  const label = node.type === 'containerDirective' ? children.filter(isDirectiveLabel) : children;
  const attributes = node.attributes !== undefined && !Array.isArray(node.attributes) ? node.attributes : {};
  return {type: node.type, name: node.name, label: label.map(textOf).join(''), attributes: attributes as DirectiveInput['attributes']};
}

/** Where a tree was read from: its lines count from `firstLine` of `file` (a body after its front matter). */
export interface TreePlace {
  file: string;
  firstLine: number;
}

/** Every directive of the family misused anywhere in a tree, nested ones too, as problems at the file's lines. */
export function directiveProblems(tree: MdastNode, context: DirectiveContext, place: TreePlace): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: MdastNode): void => {
    if (isDirective(node)) {
      const resolution = resolveDirective(directiveInput(node), context);
      if ('problem' in resolution) {
        const start = node.position?.start;
        problems.push({
          severity: 'error',
          file: place.file,
          ...(start === undefined ? {} : {line: start.line + place.firstLine - 1, column: start.column}),
          rule: resolution.problem.rule,
          message: resolution.problem.message,
        });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
