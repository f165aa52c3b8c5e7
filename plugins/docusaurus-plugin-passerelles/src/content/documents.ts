/**
 * Where documents come from: the docs plugin's loaded content during a build,
 * or the docs folder on disk for the CLI commands. Both give SourceDocuments.
 * Files are read synchronously: thousands of small files read at once through
 * promises took ten times the CPU time (2 s for 10,000 files).
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {aliasedSitePathToRelativePath, GlobExcludeDefault, Globby, normalizeUrl, posixPath, safeGlobby} from '@docusaurus/utils';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {SourceDocument, UnreadableFile} from '../model/items';
import {message, type MessageLocale} from '../model/messages';
import type {Problem} from '../model/problems';
import {splitSource} from '../model/source';
import {decodeText, type TextFailure} from './text';

/**
 * A page above this size is a mistake (a pasted image, a log, an export), not
 * something to compile and index: it is refused before it is read.
 */
export const maxDocumentBytes = 1024 * 1024;

export type DocumentText = {text: string; unreadable?: undefined} | {text: ''; unreadable: UnreadableFile};

/** A document's text, or why it has none: too large, not text, not UTF-8, empty, or unreadable. */
export function readDocumentText(absolutePath: string): DocumentText {
  const unreadable = (reason: UnreadableFile): DocumentText => ({text: '', unreadable: reason});
  let bytes: Uint8Array;
  try {
    const {size} = statSync(absolutePath);
    if (size > maxDocumentBytes) return unreadable({rule: 'file-too-large', size, limit: maxDocumentBytes});
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return unreadable({rule: 'file-unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error)});
  }
  const decoded = decodeText(bytes);
  return 'text' in decoded ? {text: decoded.text} : unreadable(unreadableOf(decoded.failure));
}

export function unreadableOf(failure: TextFailure): UnreadableFile {
  switch (failure.reason) {
    case 'binary':
      return {rule: 'file-binary'};
    case 'encoding':
      return {rule: 'file-encoding', line: failure.line};
    case 'empty':
      return {rule: 'file-empty'};
  }
}

/** Why a file gave no text, as a problem of that file. */
export function unreadableProblem(file: string, unreadable: UnreadableFile, locale: MessageLocale): Problem {
  const problem = {severity: 'error', file, rule: unreadable.rule} as const;
  switch (unreadable.rule) {
    case 'file-too-large':
      return {...problem, message: message(locale, unreadable.rule, unreadable)};
    case 'file-encoding':
      return {...problem, line: unreadable.line, message: message(locale, unreadable.rule, {})};
    case 'file-unreadable':
      return {...problem, message: message(locale, unreadable.rule, unreadable)};
    case 'file-binary':
    case 'file-empty':
      return {...problem, message: message(locale, unreadable.rule, {})};
  }
}

/** The documents of the docs plugin's latest version (the one readers see by default). */
export async function documentsFromDocsContent(
  content: LoadedContent,
  siteDir: string,
  /** The site's trailing-slash policy, applied to each permalink. */
  page: (pathname: string) => string = (pathname) => pathname,
): Promise<SourceDocument[]> {
  const version = content.loadedVersions.find((candidate) => candidate.isLast) ?? content.loadedVersions[0];
  if (version === undefined) return [];
  return version.docs.map((doc) => {
    const file = posixPath(aliasedSitePathToRelativePath(doc.source));
    return {file, ...readDocumentText(path.join(siteDir, file)), id: doc.id, permalink: page(doc.permalink), title: doc.title};
  });
}

const docPatterns = ['**/*.{md,mdx}'];

/** The id the docs plugin gives a file of its folder: its folder, then its `id` field or its name without number prefix. */
function docIdOf(relative: string, declaredId: unknown): string {
  const directory = path.posix.dirname(posixPath(relative));
  const baseName = path.posix.basename(relative).replace(/\.mdx?$/, '').replace(/^\d+[-_.]\s*/, '');
  const localId = typeof declaredId === 'string' || typeof declaredId === 'number' ? String(declaredId) : baseName;
  return directory === '.' ? localId : `${directory}/${localId}`;
}

/**
 * Two docs with one id stop the docs plugin with a stack trace, after every file is read.
 * Found before, synchronously, from the file names and the `id` lines of the front matter
 * alone (the plugin's loadContent calls this before the docs plugin reads anything).
 */
export function duplicateDocIds(siteDir: string, docsPath: string, locale: MessageLocale): Problem[] {
  const folder = path.resolve(siteDir, docsPath);
  if (!existsSync(folder)) return [];
  const files = Globby.sync(docPatterns, {cwd: folder, ignore: [...GlobExcludeDefault]}).sort();
  const fileById = new Map<string, string>();
  const problems: Problem[] = [];
  for (const relative of files) {
    const frontMatter = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(folder, relative), 'utf8'))?.[1] ?? '';
    const declared = /^id:[ \t]*(["']?)(.+?)\1[ \t]*$/m.exec(frontMatter)?.[2];
    const id = docIdOf(relative, declared);
    const file = posixPath(path.relative(siteDir, path.join(folder, relative)));
    const other = fileById.get(id);
    if (other === undefined) fileById.set(id, file);
    else problems.push({severity: 'error', file, field: 'id', rule: 'duplicate-id', message: message(locale, 'duplicate-id', {id, other})});
  }
  return problems;
}

/**
 * The documents of a docs folder read from disk, with the ids the docs plugin
 * would give them (folder + file name without number prefix, or front matter `id`)
 * and a permalink under `permalinkBase` that is only indicative (slugs are the docs plugin's business).
 */
export async function documentsFromFolder(
  siteDir: string,
  docsPath: string,
  permalinkBase = '/docs',
  page: (pathname: string) => string = (pathname) => pathname,
): Promise<SourceDocument[]> {
  const folder = path.resolve(siteDir, docsPath);
  const files = await safeGlobby(docPatterns, {cwd: folder, ignore: [...GlobExcludeDefault]});
  files.sort();
  return files.map((relative) => {
    const read = readDocumentText(path.join(folder, relative));
    const {text} = read;
    const source = splitSource(text);
    // Only a front matter that names `id` can change the id; the others are parsed once, by the pipeline.
    const fields = /\bid\b/.test(text.slice(0, text.length - source.body.length)) ? source.frontMatter?.value : undefined;
    const id = docIdOf(relative, typeof fields === 'object' && fields !== null && 'id' in fields ? fields.id : undefined);
    return {
      file: posixPath(path.relative(siteDir, path.join(folder, relative))),
      ...read,
      id,
      permalink: page(normalizeUrl([permalinkBase, id])),
    };
  });
}
