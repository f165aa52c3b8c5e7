/** The commands the plugin adds to the Docusaurus CLI. Each is thin over the pipeline. */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PluginOptions} from '../options';
import {checkCommand, type CheckCommandOptions} from './check';
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
}
