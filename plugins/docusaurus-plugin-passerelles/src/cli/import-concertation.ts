/**
 * `docusaurus passerelles:import-concertation <report> [siteDir] [--basin B] [--date D] [--json] [--write]`:
 * reads a concertation report as the basins publish it, says what it found
 * (basin, number, participants, date, themes with their lines) and, with
 * --write, writes a draft page for a human to finish, never over a file.
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import {posixPath} from '@docusaurus/utils';
import {analyseReport, toImportJson, type ReportAnalysis} from '../concertations/import/analyse';
import {draftFileName, renderDraft} from '../concertations/import/draft';
import {readReport} from '../concertations/import/read';
import {expectation, message, toMessageLocale, type MessageLocale, type MessageParams, type Rule} from '../model/messages';
import {formatProblem, type Problem} from '../model/problems';
import {isPartialDate} from '../model/schemas';
import {basins, type Basin} from '../shared/kinds';
import {loadTaxonomy} from '../taxonomy/load';
import type {CommandSite} from './site';

export interface ImportConcertationOptions {
  basin?: string;
  date?: string;
  json?: boolean;
  write?: boolean;
  locale?: string;
}

function isBasin(value: string): value is Basin {
  return (basins as readonly string[]).includes(value);
}

function printError<R extends Rule>(locale: MessageLocale, where: {file: string; line?: number; field?: string}, rule: R, params: MessageParams[R]): void {
  const problem: Problem = {severity: 'error', ...where, rule, message: message(locale, rule, params)};
  logger.error(formatProblem(problem));
}

function printSummary(locale: MessageLocale, analysis: ReportAnalysis, given: {basin?: string; date?: string}): void {
  const lines: string[] = [];
  const fact = (field: 'basin' | 'number' | 'participants' | 'date'): void => {
    const flagValue = field === 'basin' ? given.basin : field === 'date' ? given.date : undefined;
    if (flagValue !== undefined) {
      lines.push(message(locale, 'import-given', {field, value: flagValue, flag: `--${field}`}));
      return;
    }
    const found = analysis[field];
    lines.push(found === undefined ? message(locale, 'import-not-found', {field}) : message(locale, 'import-found', {field, value: String(found.value), line: found.line}));
  };
  fact('basin');
  fact('number');
  fact('participants');
  fact('date');
  lines.push(message(locale, 'import-themes', {count: analysis.themes.length}));
  for (const theme of analysis.themes) {
    const first = theme.evidence[0];
    const where = theme.evidence.map((entry) => entry.line).join(', ');
    lines.push(`  - ${theme.id} [${where}]${first === undefined ? '' : `: ${first.text}`}`);
  }
  for (const mention of analysis.ambiguous) lines.push(`  ? ${message(locale, 'import-ambiguous', mention)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Returns the exit code: 0 read (and written), 1 a user's mistake, said in one line. */
export async function importConcertationCommand(site: CommandSite, reportPath: string, flags: ImportConcertationOptions): Promise<number> {
  const locale = toMessageLocale(flags.locale ?? site.defaultLocale);
  const shown = posixPath(path.relative(process.cwd(), path.resolve(reportPath))) || reportPath;

  if (flags.basin !== undefined && !isBasin(flags.basin)) {
    printError(locale, {file: shown, field: '--basin'}, 'enum', {found: flags.basin, allowed: basins});
    return 1;
  }
  if (flags.date !== undefined && !isPartialDate(flags.date)) {
    printError(locale, {file: shown, field: '--date'}, 'date-invalid', {found: flags.date, expected: expectation(locale, 'date')});
    return 1;
  }

  const read = await readReport(path.resolve(reportPath));
  if ('failure' in read) {
    const {failure} = read;
    const where = failure.rule === 'import-encoding' ? {file: shown, line: failure.line} : {file: shown};
    if (failure.rule === 'import-unreadable') printError(locale, where, failure.rule, {detail: failure.detail});
    else printError(locale, where, failure.rule, {});
    return 1;
  }

  const taxonomyFile = path.resolve(site.siteDir, site.options.taxonomyPath);
  const {taxonomy, problems} = await loadTaxonomy(taxonomyFile, posixPath(path.relative(site.siteDir, taxonomyFile)), locale);
  if (taxonomy === undefined) {
    for (const problem of problems) logger.error(formatProblem(problem));
    return 1;
  }

  const analysis = analyseReport(read.text, taxonomy);
  const basin = flags.basin ?? analysis.basin?.value;
  const date = flags.date ?? analysis.date?.value;
  const json = toImportJson(analysis);
  if (flags.json === true) process.stdout.write(`${JSON.stringify({...json, basin: basin ?? null, date: date ?? null}, null, 2)}\n`);
  else printSummary(locale, analysis, flags);

  if (basin === undefined) {
    printError(locale, {file: shown, field: '--basin'}, 'import-no-basin', {allowed: basins});
    return 1;
  }
  if (flags.write !== true) {
    if (flags.json !== true) logger.info(message(locale, 'import-hint-write', {}));
    return 0;
  }

  const facts = {
    basin,
    ...(analysis.number === undefined ? {} : {number: analysis.number.value}),
    ...(analysis.participants === undefined ? {} : {participants: analysis.participants.value}),
    ...(date === undefined ? {} : {date}),
    // The schema asks for a theme: without any found, the first of the taxonomy holds the place, and the file says to check.
    themes: analysis.themes.length > 0 ? analysis.themes.map((theme) => theme.id) : taxonomy.themes.slice(0, 1).map((theme) => theme.id),
  };
  const file = path.join(site.siteDir, site.options.docsPath, 'concertations', draftFileName(facts));
  const written = posixPath(path.relative(process.cwd(), file));
  try {
    await writeFile(file, renderDraft(facts, path.basename(reportPath)), {flag: 'wx'});
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      printError(locale, {file: written}, 'import-exists', {});
      return 1;
    }
    if (code === 'ENOENT') {
      printError(locale, {file: posixPath(path.relative(process.cwd(), path.dirname(file)))}, 'import-folder-missing', {});
      return 1;
    }
    throw error;
  }
  // With --json, stdout is the JSON alone: the confirmation goes to stderr.
  const confirmation = `${written}: ${message(locale, 'import-written', {})}`;
  if (flags.json === true) process.stderr.write(`${confirmation}\n`);
  else logger.success(confirmation);
  return 0;
}
