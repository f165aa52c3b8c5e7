/**
 * Where documents come from: the docs plugin's loaded content during a build,
 * or the docs folder on disk for the CLI commands. Both give SourceDocuments.
 * Files are read synchronously: thousands of small files read at once through
 * promises took ten times the CPU time (2 s for 10,000 files).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {aliasedSitePathToRelativePath, GlobExcludeDefault, normalizeUrl, posixPath, safeGlobby} from '@docusaurus/utils';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {SourceDocument} from '../model/items';
import {splitSource} from '../model/source';

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
    return {file, text: readFileSync(path.join(siteDir, file), 'utf8'), id: doc.id, permalink: page(doc.permalink), title: doc.title};
  });
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
  return files.map((relative) => {
    const text = readFileSync(path.join(folder, relative), 'utf8');
    const directory = path.posix.dirname(posixPath(relative));
    const baseName = path.posix.basename(relative).replace(/\.mdx?$/, '').replace(/^\d+[-_.]\s*/, '');
    const source = splitSource(text);
    // Only a front matter that names `id` can change the id; the others are parsed once, by the pipeline.
    const fields = /\bid\b/.test(text.slice(0, text.length - source.body.length)) ? source.frontMatter?.value : undefined;
    const declaredId = typeof fields === 'object' && fields !== null && 'id' in fields ? String(fields.id) : undefined;
    const localId = declaredId ?? baseName;
    const id = directory === '.' ? localId : `${directory}/${localId}`;
    return {
      file: posixPath(path.relative(siteDir, path.join(folder, relative))),
      text,
      id,
      permalink: page(normalizeUrl([permalinkBase, id])),
    };
  });
}
