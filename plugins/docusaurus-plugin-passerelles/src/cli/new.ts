/**
 * `docusaurus passerelles:new <kind> "<title>" [siteDir] [--themes a,b] [--locale L]`:
 * writes a new item that `passerelles:check` accepts as it is, in its kind's
 * folder, as a draft, never over an existing file.
 */
import {existsSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import {posixPath} from '@docusaurus/utils';
import {message, toMessageLocale} from '../model/messages';
import {formatProblem} from '../model/problems';
import {fileNameOf, folderOf, renderTemplate} from '../shared/authoring/template';
import {itemKinds, type ItemKind} from '../shared/kinds';
import {resolveTheme} from '../shared/taxonomy';
import {loadTaxonomy} from '../taxonomy/load';
import type {CommandSite} from './site';

export interface NewCommandOptions {
  themes?: string;
  locale?: string;
}

function isItemKind(kind: string): kind is ItemKind {
  return (itemKinds as readonly string[]).includes(kind);
}

/** Writes the file and returns the exit code: 0 written, 1 refused (existing file, bad theme), 2 bad arguments. */
export async function newCommand(site: CommandSite, kind: string, title: string, flags: NewCommandOptions, today = new Date()): Promise<number> {
  const locale = toMessageLocale(flags.locale ?? site.defaultLocale);
  if (!isItemKind(kind)) {
    logger.error(`Unknown kind "${kind}"; expected one of: ${itemKinds.join(', ')}.`);
    return 2;
  }
  if (title.trim() === '') {
    logger.error('The title is empty; write it between quotes, e.g. passerelles:new vignette "Une nuit aux urgences".');
    return 2;
  }
  const taxonomyFile = path.resolve(site.siteDir, site.options.taxonomyPath);
  const {taxonomy, problems} = await loadTaxonomy(taxonomyFile, posixPath(path.relative(site.siteDir, taxonomyFile)), locale);
  if (taxonomy === undefined) {
    for (const problem of problems) logger.error(formatProblem(problem));
    return 1;
  }
  const requested = (flags.themes ?? '').split(',').map((theme) => theme.trim()).filter((theme) => theme !== '');
  const themes: string[] = [];
  for (const value of requested) {
    const resolution = resolveTheme(taxonomy, value);
    if (resolution.status === 'theme') themes.push(resolution.id);
    else {
      logger.error(
        `--themes: ${resolution.status === 'ambiguous' ? message(locale, 'theme-ambiguous', {found: value, candidates: resolution.candidates}) : message(locale, 'theme-unknown', {found: value, suggestions: resolution.suggestions})}`,
      );
      return 1;
    }
  }
  // Without --themes, the first theme of the taxonomy holds the place; the file's first line says to replace it.
  if (themes.length === 0 && taxonomy.themes[0] !== undefined) themes.push(taxonomy.themes[0].id);

  const file = path.join(site.siteDir, site.options.docsPath, folderOf(kind), fileNameOf(title));
  const shown = posixPath(path.relative(process.cwd(), file));
  const text = renderTemplate({kind, title: title.trim(), themes, locale, today});
  // A kind's folder may be new to a site (docs/structures); a missing docs folder is a wrong option, said below.
  if (existsSync(path.join(site.siteDir, site.options.docsPath))) await mkdir(path.dirname(file), {recursive: true});
  try {
    await writeFile(file, text, {flag: 'wx'});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      logger.error(`${shown} already exists and was left as it is; choose another title, or edit that file.`);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      logger.error(`The folder ${posixPath(path.relative(process.cwd(), path.dirname(file)))} does not exist; create it, or check the plugin's docsPath option.`);
      return 1;
    }
    throw error;
  }
  logger.success(`Written: ${shown} (status: brouillon). Fill it in, then run passerelles:check.`);
  return 0;
}
