/**
 * A complete item file from its front matter and its body: what
 * `passerelles:new` writes and what the contribution form exports.
 * Browser-safe: no Node imports.
 */
import {Document, isScalar, visit} from 'yaml';

export interface ItemFile {
  /** The front matter fields, in the order they are written. */
  frontMatter: Readonly<Record<string, unknown>>;
  /** The markdown after the front matter. */
  body: string;
  /** A comment written as the first line of the front matter, e.g. what to replace. */
  comment?: string;
}

/**
 * The front matter is written as YAML 1.1 so that every value Docusaurus'
 * reader (js-yaml, YAML 1.1 dates and booleans) would take for something else
 * than the string it is — "2025-05-15", "yes" — comes out quoted; our own
 * reader (YAML 1.2) reads the same values. Lists of plain values are written
 * inline (`themes: [logement, migration]`), as in the guide; long lines are
 * never folded.
 */
export function renderItemFile({frontMatter, body, comment}: ItemFile): string {
  const document = new Document(frontMatter, {version: '1.1'});
  visit(document, {
    Seq(_key, sequence) {
      if (sequence.items.length > 0 && sequence.items.every(isScalar)) sequence.flow = true;
    },
  });
  if (comment !== undefined) document.commentBefore = ` ${comment}`;
  const yaml = document.toString({lineWidth: 0, flowCollectionPadding: false}).trimEnd();
  const text = body.replace(/\r\n?/g, '\n').trim();
  return `---\n${yaml}\n---\n${text === '' ? '' : `\n${text}\n`}`;
}
