/**
 * `docusaurus passerelles:algolia-sync [siteDir] [--full] [--dry-run] [--json] [--locale L] [--out-dir D]`:
 * pushes the search index of one locale to Algolia (credentials from ALGOLIA_* variables).
 */
import logger from '@docusaurus/logger';
import {runAlgoliaSync, type SyncReport} from '../search/algolia/sync';
import {loadSearchIndex, type LoadedIndex, type SearchSite} from './search';

export interface AlgoliaSyncCommandOptions {
  full?: boolean;
  dryRun?: boolean;
  json?: boolean;
  locale?: string;
  outDir?: string;
}

/** The JSON the command prints. */
export function syncReportJson(report: SyncReport): unknown {
  const {mode, dryRun, added, updated, deleted, unchanged} = report;
  return {mode, dryRun, added, updated, deleted, unchanged};
}

function listed(sign: string, ids: readonly string[]): string[] {
  return ids.map((id) => `  ${sign} ${id}`);
}

export function syncReportText(report: SyncReport, source: string): string {
  const {added, updated, deleted, unchanged, synonyms} = report;
  const target = report.indexName === undefined ? `an empty index (not set: ${report.missingVariables.join(', ')})` : `"${report.indexName}"`;
  const head = report.dryRun
    ? `Dry run (${report.mode}), nothing sent. Against ${target}: ${added.length} to add, ${updated.length} to update, ${deleted.length} to delete, ${unchanged} unchanged; the settings and ${synonyms} synonym(s) would be written.`
    : `Synced ${target} (${report.mode === 'full' ? 'full: every record replaced through a temporary index' : 'incremental: changed records only'}): ${added.length} added, ${updated.length} updated, ${deleted.length} deleted, ${unchanged} unchanged; settings and ${synonyms} synonym(s) written.`;
  return [head, ...listed('+', added), ...listed('~', updated), ...listed('-', deleted), `Records of locale ${report.locale}, from the ${source}.`].join('\n');
}

export async function algoliaSyncCommand(site: SearchSite, flags: AlgoliaSyncCommandOptions): Promise<number> {
  let loaded: LoadedIndex;
  try {
    loaded = await loadSearchIndex(site, flags.locale ?? site.defaultLocale, flags.outDir);
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const outcome = await runAlgoliaSync({index: loaded.index, full: flags.full === true, dryRun: flags.dryRun === true});
  if (!outcome.ok) {
    logger.error(outcome.message);
    return 1;
  }
  const {report} = outcome;
  if (flags.json === true) {
    if (report.indexName === undefined) logger.warn(`${report.missingVariables.join(', ')} not set: compared with an empty index.`);
    process.stdout.write(`${JSON.stringify(syncReportJson(report), null, 2)}\n`);
  } else {
    process.stdout.write(`${syncReportText(report, loaded.source === 'build' ? 'built index' : 'content (no up-to-date build)')}\n`);
  }
  return 0;
}
