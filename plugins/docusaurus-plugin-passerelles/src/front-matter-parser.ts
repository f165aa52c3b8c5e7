/**
 * The site's front matter parser (`markdown.parseFrontMatter` in docusaurus.config):
 * Docusaurus' own, with what this plugin needs around it.
 *
 * - `status: brouillon` makes the page a Docusaurus draft (see drafts.ts).
 * - A front matter that cannot be read (YAML that does not parse, a list instead of
 *   fields) or an item's Docusaurus field of the wrong type would stop the docs plugin
 *   with a stack trace, one file at a time. The parser lets the page through without
 *   them instead, and the plugin lists every such problem with the others, with its
 *   file and line, before anything is compiled (allContentLoaded).
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {posixPath} from '@docusaurus/utils';
import type {ParseFrontMatter} from '@docusaurus/types';
import {withoutRefusedDocusaurusFields} from './content/docusaurus-fields';
import type {SourceDocument} from './model/items';
import type {MessageLocale} from './model/messages';
import type {Problem} from './model/problems';
import {readFrontMatter} from './model/read-item';
import {splitSource} from './model/source';

/**
 * Files whose front matter the parser let through unread, by absolute path. Global rather
 * than a module's: the site config and Docusaurus may load this package as two instances.
 */
const letThrough: Set<string> = ((globalThis as {[key: symbol]: Set<string> | undefined})[Symbol.for('docusaurus-plugin-passerelles.unreadFrontMatter')] ??= new Set());

export const passerellesParseFrontMatter: ParseFrontMatter = async ({defaultParseFrontMatter, ...params}) => {
  const filePath = path.resolve(params.filePath);
  let result: Awaited<ReturnType<ParseFrontMatter>>;
  try {
    result = await defaultParseFrontMatter(params);
  } catch (error) {
    // Docusaurus' YAML reader and this plugin's may disagree on rare texts: only what the plugin can explain is let through.
    if (splitSource(params.fileContent).frontMatter?.syntaxError === undefined) throw error;
    letThrough.add(filePath);
    return {frontMatter: {}, content: splitSource(params.fileContent).body};
  }
  const fields: unknown = result.frontMatter;
  if (Object.prototype.toString.call(fields) !== '[object Object]') {
    letThrough.add(filePath);
    return {...result, frontMatter: {}};
  }
  letThrough.delete(filePath);
  let {frontMatter} = result;
  if ('kind' in frontMatter) frontMatter = withoutRefusedDocusaurusFields(frontMatter);
  if (frontMatter.status === 'brouillon' && frontMatter.draft === undefined) frontMatter = {...frontMatter, draft: true};
  return {...result, frontMatter};
};

/**
 * The problems of the files the parser let through that the knowledge base does not read
 * itself (a blog post, a page): the documents of the docs plugin say theirs in the pipeline.
 */
export async function letThroughProblems(siteDir: string, documents: readonly SourceDocument[], locale: MessageLocale): Promise<Problem[]> {
  const read = new Set(documents.map((document) => path.resolve(siteDir, document.file)));
  const others = [...letThrough].filter((file) => !read.has(file) && isInside(siteDir, file));
  const problems = await Promise.all(
    others.map(async (file) => {
      const text = await readFile(file, 'utf8').catch(() => undefined);
      // A file deleted since (the dev server) has nothing left to say.
      if (text === undefined) return [];
      const result = readFrontMatter({file: posixPath(path.relative(siteDir, file)), text}, locale);
      return result.fields === undefined ? result.problems : [];
    }),
  );
  return problems.flat();
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
