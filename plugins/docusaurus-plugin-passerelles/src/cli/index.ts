/** The commands the plugin adds to the Docusaurus CLI. Each is thin over the pipeline. */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PluginOptions} from '../options';
import {algoliaSyncCommand, type AlgoliaSyncCommandOptions} from './algolia-sync';
import {checkCommand, type CheckCommandOptions} from './check';
import {importConcertationCommand, type ImportConcertationOptions} from './import-concertation';
import {newCommand, type NewCommandOptions} from './new';
import {searchCommand, type SearchCommandOptions} from './search';
import {resolveSite} from './site';

type Cli = Parameters<NonNullable<Plugin['extendCli']>>[0];

export function registerCommands(cli: Cli, context: LoadContext, options: PluginOptions): void {
  cli
    .command('passerelles:check [siteDir]')
    .description('Validate the knowledge base (front matter, themes, taxonomy) without building; exits 1 on errors.')
    .option('--json', 'print {"errors": [...], "warnings": [...]} instead of text')
    .option('--locale <locale>', 'language of the messages: fr, nl or en (default: the site default locale)')
    .action(async (siteDir: string | undefined, flags: CheckCommandOptions) => {
      const site = await resolveSite(siteDir, context, options);
      process.exitCode = await checkCommand(site.siteDir, site.options, site.defaultLocale, flags);
    });

  cli
    .command('passerelles:new <kind> <title> [siteDir]')
    .description('Write a new item (a draft) with the front matter and the sections of its kind, in its folder; never overwrites.')
    .option('--themes <themes>', 'theme ids or labels, separated by commas (default: a placeholder to replace)')
    .option('--locale <locale>', 'language of the placeholders and headings: fr, nl or en (default: the site default locale)')
    .action(async (kind: string, title: string, siteDir: string | undefined, flags: NewCommandOptions) => {
      const site = await resolveSite(siteDir, context, options);
      process.exitCode = await newCommand(site, kind, title, flags);
    });

  cli
    .command('passerelles:search <query> [siteDir]')
    .description('Search the knowledge base as the site does: themes first, then items, with facets.')
    .option('--kind <kind>', 'only this kind (vignette, formation, intervision…)')
    .option('--theme <id>', 'only items tagged with this theme id')
    .option('--basin <basin>', 'only this basin (nord, nord-est, sud, sud-est, centre-ouest, region)')
    .option('--locale <locale>', 'the locale whose index to use (default: the site default locale)')
    .option('--limit <n>', 'how many results (default: 10)')
    .option('--out-dir <dir>', 'the build folder holding the index (default: build)')
    .option('--json', 'print {"themes": [...], "results": [...], "facets": {...}}')
    .action(async (query: string, siteDir: string | undefined, flags: SearchCommandOptions) => {
      const site = await resolveSite(siteDir, context, options);
      process.exitCode = await searchCommand(site, query, flags);
    });

  cli
    .command('passerelles:algolia-sync [siteDir]')
    .description('Push the search index of a locale to Algolia (ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME): only changed records, unless --full.')
    .option('--full', 'replace every record through a temporary index moved over the live one')
    .option('--dry-run', 'print what would change and send no write')
    .option('--json', 'print {"mode", "dryRun", "added": [...], "updated": [...], "deleted": [...], "unchanged": n}')
    .option('--locale <locale>', 'the locale whose index to push (default: the site default locale)')
    .option('--out-dir <dir>', 'the build folder holding the index (default: build)')
    .action(async (siteDir: string | undefined, flags: AlgoliaSyncCommandOptions) => {
      const site = await resolveSite(siteDir, context, options);
      process.exitCode = await algoliaSyncCommand(site, flags);
    });

  cli
    .command('passerelles:import-concertation <report> [siteDir]')
    .description('Read a concertation report (.md or .txt): basin, number, participants, date and themes with their lines; --write writes a draft page.')
    .option('--basin <basin>', 'the basin, over what the report says: nord, nord-est, sud, sud-est, centre-ouest, region')
    .option('--date <date>', 'the date, over what the report says: "2025", "2025-05" or "2025-05-15"')
    .option('--json', 'print {"basin","number","participants","date","themes":[{"id","evidence":[{"line","text"}]}]}')
    .option('--write', 'write a draft in docs/concertations/ (never over an existing file)')
    .option('--locale <locale>', 'language of the messages: fr, nl or en (default: the site default locale)')
    .action(async (report: string, siteDir: string | undefined, flags: ImportConcertationOptions) => {
      const site = await resolveSite(siteDir, context, options);
      process.exitCode = await importConcertationCommand(site, report, flags);
    });
}
