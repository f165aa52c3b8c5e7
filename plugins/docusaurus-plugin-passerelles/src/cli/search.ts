/**
 * `docusaurus passerelles:search "<query>" [--kind K] [--theme T] [--basin B] [--locale L] [--limit N] [--json] [siteDir]`:
 * the site's own ranking, from the built index when it is up to date, else from the content.
 */
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import {normalizeUrl, safeGlobby} from '@docusaurus/utils';
import {documentsFromFolder} from '../content/documents';
import {loadKnowledgeBase} from '../load';
import {toMessageLocale} from '../model/messages';
import {formatProblem, hasErrors} from '../model/problems';
import type {PluginOptions} from '../options';
import {createSitePaths} from '../routes/paths';
import {buildSearchIndex} from '../search/build';
import {builtSearchIndexPath} from '../search/files';
import {createSearcher} from '../shared/search/searcher';
import type {Filters, SearchIndexData, SearchResponse} from '../shared/search/types';

export interface SearchCommandOptions {
  kind?: string;
  theme?: string;
  basin?: string;
  locale?: string;
  limit?: string;
  json?: boolean;
  outDir?: string;
}

export interface SearchSite {
  siteDir: string;
  options: PluginOptions;
  baseUrl: string;
  trailingSlash: boolean | undefined;
  defaultLocale: string;
}

export interface LoadedIndex {
  index: SearchIndexData;
  source: 'build' | 'content';
}

async function newestContentChange(site: SearchSite): Promise<number> {
  const docsDir = path.resolve(site.siteDir, site.options.docsPath);
  const files = (await safeGlobby(['**/*.{md,mdx}'], {cwd: docsDir})).map((file) => path.join(docsDir, file));
  files.push(path.resolve(site.siteDir, site.options.taxonomyPath));
  const times = await Promise.all(files.map(async (file) => (await stat(file).catch(() => undefined))?.mtimeMs ?? 0));
  return Math.max(0, ...times);
}

/** The built index of a locale if it is newer than every content file; otherwise one built from the content. */
export async function loadSearchIndex(site: SearchSite, locale: string, outDir = 'build'): Promise<LoadedIndex> {
  const localeOutDir = path.resolve(site.siteDir, outDir, locale === site.defaultLocale ? '' : locale);
  const builtFile = builtSearchIndexPath(localeOutDir);
  const built = await stat(builtFile).catch(() => undefined);
  if (built !== undefined && built.mtimeMs >= (await newestContentChange(site))) {
    return {index: JSON.parse(await readFile(builtFile, 'utf8')) as SearchIndexData, source: 'build'};
  }
  const localeBaseUrl = locale === site.defaultLocale ? site.baseUrl : normalizeUrl([site.baseUrl, locale]);
  const paths = createSitePaths({baseUrl: localeBaseUrl, trailingSlash: site.trailingSlash}, site.options);
  const documents = await documentsFromFolder(site.siteDir, site.options.docsPath, normalizeUrl([localeBaseUrl, 'docs']), paths.page);
  const knowledgeBase = await loadKnowledgeBase(site.siteDir, site.options, documents, toMessageLocale(locale), 'exclude');
  if (knowledgeBase.taxonomy === undefined || hasErrors(knowledgeBase.problems)) {
    const errors = knowledgeBase.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    throw new Error(`the content has errors; run passerelles:check.\n${errors.join('\n')}`);
  }
  return {
    index: buildSearchIndex({
      items: knowledgeBase.items,
      taxonomy: knowledgeBase.taxonomy,
      locale,
      themePermalink: paths.themeHub,
    }),
    source: 'content',
  };
}

/** The JSON the command prints: the shape the issue and the README document. */
export function searchJson(response: SearchResponse): unknown {
  return {
    themes: response.themes.map(({id, label, score, ambiguous}) => ({id, label, score, ambiguous})),
    results: response.results.map(({id, kind, title, permalink, themes, score}) => ({id, kind, title, permalink, themes, score})),
    total: response.total,
    facets: response.facets,
  };
}

export async function searchCommand(site: SearchSite, query: string, flags: SearchCommandOptions, now = Date.now()): Promise<number> {
  const locale = flags.locale ?? site.defaultLocale;
  const limit = flags.limit === undefined ? 10 : Number.parseInt(flags.limit, 10);
  if (!Number.isInteger(limit) || limit < 1) {
    logger.error(`--limit must be a whole number of at least 1; found "${flags.limit}".`);
    return 2;
  }
  const {index, source} = await loadSearchIndex(site, locale, flags.outDir);
  const filters: Filters = {};
  if (flags.kind !== undefined) filters.kind = flags.kind;
  if (flags.theme !== undefined) filters.theme = flags.theme;
  if (flags.basin !== undefined) filters.basin = flags.basin;
  const response = createSearcher(index).search({query, filters, limit, now});

  if (flags.json === true) {
    process.stdout.write(`${JSON.stringify(searchJson(response), null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  if (response.themes.some((theme) => theme.ambiguous)) lines.push('This term names several themes; choose one:');
  for (const theme of response.themes) lines.push(`theme  ${theme.id}  ${theme.label}  ${theme.permalink}${theme.ambiguous ? `\n       ${theme.scopeNote}` : ''}`);
  response.results.forEach((result, position) => {
    lines.push(`${String(position + 1).padStart(3)}. [${result.kind}] ${result.title}  ${result.permalink}  (${result.themes.join(', ')})`);
  });
  if (response.themes.length === 0 && response.results.length === 0) lines.push('No result.');
  lines.push(`${response.total} result(s) from the ${source === 'build' ? 'built index' : 'content (no up-to-date build)'}.`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
