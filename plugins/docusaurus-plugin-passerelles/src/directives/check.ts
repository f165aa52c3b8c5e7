/**
 * The directives of the docs, checked without a build: each body is parsed as
 * Docusaurus' MDX loader parses it (remark-parse, remark-mdx, remark-directive)
 * and goes through the same core as the remark plugin, so `passerelles:check`
 * and the build name the same mistakes at the same lines. The same parse gives
 * the items' text to the check of what could run code (content/unsafe.ts).
 */
import type {SourceDocument} from '../model/items';
import {message, type MessageLocale} from '../model/messages';
import {hasErrors, sortProblems, type Problem} from '../model/problems';
import {splitSource, type SourceText} from '../model/source';
import {mayHoldUnsafeContent, unsafeContentProblems} from '../content/unsafe';
import type {KnowledgeBase} from '../pipeline';
import type {MdastNode} from '../remark/mdx-nodes';
import {plainAttributesOf, plainAttributesText, plainLabelText} from './plain-syntax';
import {directiveProblems, resolveDirective, type DirectiveContext, type DirectiveType} from './resolve';

interface ParsedBody {
  tree: MdastNode;
  /** Why MDX cannot read the text, and where (in the body): the build would stop there. */
  mdxError?: {reason: string; line?: number; column?: number};
}

type Parse = (text: string) => ParsedBody;

/** The unified packages are ES modules only; this CommonJS code loads them when a body may hold a directive. */
async function createParse(): Promise<Parse> {
  const [{unified}, {default: remarkParse}, {default: remarkMdx}, {default: remarkDirective}] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-mdx'),
    import('remark-directive'),
  ]);
  const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkDirective);
  const markdown = unified().use(remarkParse).use(remarkDirective);
  return (text) => {
    try {
      return {tree: mdx.parse(text) as unknown as MdastNode};
    } catch (error) {
      // Its directives and markup are still worth checking: the text is read as Markdown for them.
      const {reason, line, column} = error as {reason?: unknown; line?: unknown; column?: unknown};
      return {
        tree: markdown.parse(text) as unknown as MdastNode,
        mdxError: {
          reason: typeof reason === 'string' ? reason : String(error),
          ...(typeof line === 'number' ? {line} : {}),
          ...(typeof column === 'number' ? {column} : {}),
        },
      };
    }
  };
}

/** Every place a directive may start: a run of colons, then a name as micromark reads it (greedy). */
const directiveStart = /(?<!:)(:+)([A-Za-z][\w-]*)/g;
const plainLabel = new RegExp(String.raw`\[(${plainLabelText})\]`, 'y');
const plainAttributes = new RegExp(String.raw`\{(${plainAttributesText})\}`, 'y');

/**
 * Whether a body may hold a misused directive of the family, decided without parsing it.
 * Every directive the parser finds starts where `directiveStart` matches, with the same name, and
 * is a text, leaf or container directive as its one, two or three colons say (the parser takes no
 * other, save after an escaped colon, which sends the body to the parser). A name that is not ours
 * nor a near miss of ours is never a problem; one of ours, with a plain label and plain attributes,
 * resolves here as in the parsed tree. So a body for which this says false has no problem for the
 * parser to find; any doubt says true. Most bodies of a knowledge base are right, and parsing them
 * all as MDX was most of the check's time.
 */
export function mayHoldDirectiveProblem(body: string, context: DirectiveContext): boolean {
  for (const match of body.matchAll(directiveStart)) {
    const [whole, colons = '', name = ''] = match;
    const type: DirectiveType = colons.length === 1 ? 'textDirective' : colons.length === 2 ? 'leafDirective' : 'containerDirective';
    if ('notOurs' in resolveDirective({type, name, label: '', attributes: {}}, context)) continue;
    if (body[match.index - 1] === '\\') return true;
    let position = match.index + whole.length;
    let label = '';
    if (body[position] === '[') {
      plainLabel.lastIndex = position;
      const found = plainLabel.exec(body);
      if (found === null) return true;
      label = found[1] ?? '';
      position = plainLabel.lastIndex;
    }
    let attributes: Record<string, string> | undefined = {};
    if (body[position] === '{') {
      plainAttributes.lastIndex = position;
      const found = plainAttributes.exec(body);
      attributes = found === null ? undefined : plainAttributesOf(found[1] ?? '');
      if (attributes === undefined) return true;
    }
    if ('problem' in resolveDirective({type, name, label, attributes}, context)) return true;
  }
  return false;
}

/** Reads the front matter: asked last, as most bodies need no parse. */
function isItem(source: SourceText): boolean {
  const fields = source.frontMatter?.value;
  return typeof fields === 'object' && fields !== null && 'kind' in fields;
}

interface BodyToCheck {
  document: SourceDocument;
  source: SourceText;
  /** Whether to look for misused directives (every doc) and for what could run code (items' text). */
  directives: boolean;
  unsafe: boolean;
}

function problemsOfParsedBodies(bodies: readonly BodyToCheck[], parse: Parse, context: DirectiveContext): Problem[] {
  return bodies.flatMap(({document, source, directives, unsafe}) => {
    const {tree, mdxError} = parse(source.body);
    const place = {file: document.file, firstLine: source.bodyFirstLine};
    return [
      ...(directives ? directiveProblems(tree, context, place) : []),
      ...(unsafe ? unsafeContentProblems(tree, {...place, locale: context.locale}) : []),
      // An item's author learns it here, in their language, rather than from the build's compiler; other pages keep Docusaurus' message.
      ...(unsafe && mdxError !== undefined ? [mdxSyntaxProblem(mdxError, place, context.locale)] : []),
    ];
  });
}

function mdxSyntaxProblem(error: NonNullable<ParsedBody['mdxError']>, place: {file: string; firstLine: number}, locale: MessageLocale): Problem {
  return {
    severity: 'error',
    file: place.file,
    ...(error.line === undefined ? {} : {line: error.line + place.firstLine - 1}),
    ...(error.column === undefined ? {} : {column: error.column}),
    rule: 'mdx-syntax',
    message: message(locale, 'mdx-syntax', {reason: error.reason}),
  };
}

/**
 * The problems of the bodies, each parsed at most once, and only when it may hold one:
 * misused directives in every doc, and in items' text what could run code in a reader's page.
 */
export async function directiveProblemsOf(documents: readonly SourceDocument[], context: DirectiveContext): Promise<Problem[]> {
  const candidates = documents
    .map((document): BodyToCheck => {
      const source = splitSource(document.text);
      return {document, source, directives: mayHoldDirectiveProblem(source.body, context), unsafe: mayHoldUnsafeContent(source.body) && isItem(source)};
    })
    .filter(({directives, unsafe}) => directives || unsafe);
  if (candidates.length === 0) return [];
  return problemsOfParsedBodies(candidates, await createParse(), context);
}

/** The problems of every body parsed as the MDX loader parses it, without the fast paths of `directiveProblemsOf`. */
export async function parsedBodyProblems(documents: readonly SourceDocument[], context: DirectiveContext): Promise<Problem[]> {
  const bodies = documents.map((document): BodyToCheck => {
    const source = splitSource(document.text);
    return {document, source, directives: true, unsafe: isItem(source)};
  });
  return problemsOfParsedBodies(bodies, await createParse(), context);
}

function declaredKind(document: SourceDocument): unknown {
  const fields = splitSource(document.text).frontMatter?.value;
  return typeof fields === 'object' && fields !== null && 'kind' in fields ? fields.kind : undefined;
}

/**
 * The vignettes `::vignette{id=…}` may embed. The pipeline keeps no item when
 * any has an error; the kinds the documents declare then stand in, so that one
 * broken file does not make every `::vignette` an error too.
 */
function vignetteIdsOf(knowledgeBase: KnowledgeBase, documents: readonly SourceDocument[]): Set<string> {
  if (!hasErrors(knowledgeBase.problems)) {
    return new Set(knowledgeBase.items.filter((item) => item.kind === 'vignette').map((item) => item.id));
  }
  return new Set(documents.filter((document) => declaredKind(document) === 'vignette').map((document) => document.id));
}

/** The knowledge base with the directive problems of its documents added, under the pipeline's rule: any error, no item. */
export async function withDirectiveProblems(knowledgeBase: KnowledgeBase, documents: readonly SourceDocument[], locale: MessageLocale): Promise<KnowledgeBase> {
  const {taxonomy} = knowledgeBase;
  if (taxonomy === undefined) return knowledgeBase;
  const found = await directiveProblemsOf(documents, {taxonomy, vignetteIds: vignetteIdsOf(knowledgeBase, documents), locale});
  if (found.length === 0) return knowledgeBase;
  const problems = sortProblems([...knowledgeBase.problems, ...found]);
  return {...knowledgeBase, problems, items: hasErrors(problems) ? [] : knowledgeBase.items};
}
