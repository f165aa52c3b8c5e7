/** `docusaurus passerelles:check [siteDir] [--json]`: validates content and taxonomy without a build. */
import path from 'node:path';
import logger from '@docusaurus/logger';
import {documentsFromFolder} from '../content/documents';
import {loadKnowledgeBase} from '../load';
import {toMessageLocale} from '../model/messages';
import {hasErrors, type Problem} from '../model/problems';
import type {PluginOptions} from '../options';
import {printProblems} from '../report';

export interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
  items: number;
}

export async function runCheck(siteDir: string, options: PluginOptions, locale: string): Promise<CheckResult> {
  const documents = await documentsFromFolder(siteDir, options.docsPath);
  const knowledgeBase = await loadKnowledgeBase(siteDir, options, documents, toMessageLocale(locale));
  return {
    errors: knowledgeBase.problems.filter((problem) => problem.severity === 'error'),
    warnings: knowledgeBase.problems.filter((problem) => problem.severity === 'warning'),
    items: knowledgeBase.items.length,
  };
}

export interface CheckCommandOptions {
  json?: boolean;
  locale?: string;
}

/** Prints the result and returns the exit code: 1 when there is any error. */
export async function checkCommand(siteDir: string, options: PluginOptions, defaultLocale: string, flags: CheckCommandOptions): Promise<number> {
  const result = await runCheck(path.resolve(siteDir), options, flags.locale ?? defaultLocale);
  if (flags.json === true) {
    process.stdout.write(`${JSON.stringify({errors: result.errors, warnings: result.warnings}, null, 2)}\n`);
  } else {
    printProblems([...result.errors, ...result.warnings]);
    const summary = `${result.items} item(s), ${result.errors.length} error(s), ${result.warnings.length} warning(s)`;
    if (result.errors.length === 0) logger.success(`Passerelles: ${summary}.`);
    else logger.error(`Passerelles: ${summary}.`);
  }
  return hasErrors(result.errors) ? 1 : 0;
}
