/**
 * The directives of the docs, checked without a build: each body is parsed as
 * Docusaurus' MDX loader parses it (remark-parse, remark-mdx, remark-directive)
 * and goes through the same core as the remark plugin, so `passerelles:check`
 * and the build name the same mistakes at the same lines. The same parse gives
 * the items' text to the check of what could run code (content/unsafe.ts).
 */
import type {SourceDocument} from '../model/items';
import type {MessageLocale} from '../model/messages';
import {hasErrors, sortProblems, type Problem} from '../model/problems';
import {splitSource, type SourceText} from '../model/source';
import {mayHoldUnsafeContent, unsafeContentProblems} from '../content/unsafe';
import type {KnowledgeBase} from '../pipeline';
import type {MdastNode} from '../remark/mdx-nodes';
import {directiveProblems, type DirectiveContext} from './resolve';

type Parse = (text: string) => MdastNode;

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
      return mdx.parse(text) as unknown as MdastNode;
    } catch {
      // Text MDX cannot read stops the build with MDX's own message; its directives are still worth checking now.
      return markdown.parse(text) as unknown as MdastNode;
    }
  };
}

/** A directive name starts right after a colon; a body without one has no directive to parse for. */
const mayHoldDirective = /:[A-Za-z]/;

function isItem(source: SourceText): boolean {
  const fields = source.frontMatter?.value;
  return typeof fields === 'object' && fields !== null && 'kind' in fields;
}

/**
 * The problems of the bodies, each parsed once: misused directives in every doc,
 * and in items' text what could run code in a reader's page (content/unsafe.ts).
 */
export async function directiveProblemsOf(documents: readonly SourceDocument[], context: DirectiveContext): Promise<Problem[]> {
  const candidates = documents
    .map((document) => {
      const source = splitSource(document.text);
      return {document, source, directives: mayHoldDirective.test(source.body), unsafe: isItem(source) && mayHoldUnsafeContent.test(source.body)};
    })
    .filter(({directives, unsafe}) => directives || unsafe);
  if (candidates.length === 0) return [];
  const parse = await createParse();
  return candidates.flatMap(({document, source, directives, unsafe}) => {
    const tree = parse(source.body);
    const place = {file: document.file, firstLine: source.bodyFirstLine};
    return [...(directives ? directiveProblems(tree, context, place) : []), ...(unsafe ? unsafeContentProblems(tree, {...place, locale: context.locale}) : [])];
  });
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
