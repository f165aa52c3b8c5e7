/**
 * Where documents come from: the docs plugin's loaded content during a build,
 * or the docs folder on disk for the CLI commands. Both give SourceDocuments.
 */
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {aliasedSitePathToRelativePath, GlobExcludeDefault, normalizeUrl, posixPath, safeGlobby} from '@docusaurus/utils';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {SourceDocument, UnreadableFile} from '../model/items';
import {splitSource} from '../model/source';
import {decodeText} from './text';

/**
 * A page above this size is a mistake (a pasted image, a log, an export), not
 * something to compile and index: it is refused before it is read.
 */
export const maxDocumentBytes = 1024 * 1024;

export type DocumentText = {text: string; unreadable?: undefined} | {text: ''; unreadable: UnreadableFile};

/** A document's text, or why it has none: too large, not text, not UTF-8, empty, or unreadable. */
export async function readDocumentText(absolutePath: string): Promise<DocumentText> {
  const unreadable = (reason: UnreadableFile): DocumentText => ({text: '', unreadable: reason});
  let bytes: Uint8Array;
  try {
    const {size} = await stat(absolutePath);
    if (size > maxDocumentBytes) return unreadable({rule: 'file-too-large', size, limit: maxDocumentBytes});
    bytes = await readFile(absolutePath);
  } catch (error) {
    return unreadable({rule: 'file-unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error)});
  }
  const decoded = decodeText(bytes);
  if ('text' in decoded) return {text: decoded.text};
  const {failure} = decoded;
  switch (failure.reason) {
    case 'binary':
      return unreadable({rule: 'file-binary'});
    case 'encoding':
      return unreadable({rule: 'file-encoding', line: failure.line});
    case 'empty':
      return unreadable({rule: 'file-empty'});
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
  return Promise.all(
    version.docs.map(async (doc) => {
      const file = posixPath(aliasedSitePathToRelativePath(doc.source));
      return {file, ...(await readDocumentText(path.join(siteDir, file))), id: doc.id, permalink: page(doc.permalink), title: doc.title};
    }),
  );
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
  const files = await safeGlobby(['**/*.{md,mdx}'], {cwd: folder, ignore: [...GlobExcludeDefault]});
  files.sort();
  return Promise.all(
    files.map(async (relative) => {
      const read = await readDocumentText(path.join(folder, relative));
      const {text} = read;
      const directory = path.posix.dirname(posixPath(relative));
      const baseName = path.posix.basename(relative).replace(/\.mdx?$/, '').replace(/^\d+[-_.]\s*/, '');
      const fields = splitSource(text).frontMatter?.value;
      const declaredId = typeof fields === 'object' && fields !== null && 'id' in fields ? String(fields.id) : undefined;
      const localId = declaredId ?? baseName;
      const id = directory === '.' ? localId : `${directory}/${localId}`;
      return {
        file: posixPath(path.relative(siteDir, path.join(folder, relative))),
        ...read,
        id,
        permalink: page(normalizeUrl([permalinkBase, id])),
      };
    }),
  );
}
