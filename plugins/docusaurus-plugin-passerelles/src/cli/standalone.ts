/**
 * `passerelles-check [siteDir] [--json] [--locale <locale>] [--id <id>]`: the check of
 * `docusaurus passerelles:check`, without the Docusaurus CLI around it. That CLI loads its
 * bundlers, its dev server and every plugin of the site before any command runs: about 3 s of
 * CPU (bench/RESULTS.md) for a check that authors run after each edit. This reads the site's
 * config only, takes this plugin's entry and options from it, and runs the same check.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import logger from '@docusaurus/logger';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import type {DocusaurusConfig, PluginConfig, Validate} from '@docusaurus/types';
import {validateOptions, type Options, type PluginOptions} from '../options';
import {pluginName} from '../remark/item-data';
import {checkCommand} from './check';

const usage = 'Usage: passerelles-check [siteDir] [--json] [--locale <fr|nl|en>] [--id <plugin id>]';

/** The options of this plugin's instance `id` in the site's plugin list, validated as Docusaurus validates them. */
export function pluginOptionsOf(plugins: readonly PluginConfig[], siteDir: string, id: string): PluginOptions | undefined {
  for (const entry of plugins) {
    const [module, options] = Array.isArray(entry) ? entry : [entry, {}];
    if (!isThisPlugin(module, siteDir)) continue;
    // What Docusaurus hands every plugin's validateOptions (its option types are looser than Joi's output).
    const validated = validateOptions({validate: normalizePluginOptions as Validate<Options, PluginOptions>, options: (options ?? {}) as Options});
    if (validated.id === id) return validated;
  }
  return undefined;
}

function isThisPlugin(module: unknown, siteDir: string): boolean {
  // The config imported the plugin function itself; the config has loaded the package already.
  if (typeof module === 'function') return module === (require(pluginName) as {default: unknown}).default;
  if (typeof module !== 'string') return false;
  if (module === pluginName) return true;
  try {
    // A path to the package (`./plugins/docusaurus-plugin-passerelles`) resolves to its main file, as Docusaurus would resolve it.
    return require.resolve(module, {paths: [siteDir]}) === require.resolve(pluginName);
  } catch {
    return false;
  }
}

/** Runs the command on `argv` (the arguments after the program's name) and returns its exit code. */
export async function runStandaloneCheck(argv: readonly string[], cwd: string): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    logger.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  const {values, positionals} = parsed;
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const siteDir = path.resolve(cwd, positionals[0] ?? '.');
  // Docusaurus' own reader of docusaurus.config (any of its names and languages), as resolveSite uses its loadContext.
  const {loadSiteConfig} = require('@docusaurus/core/lib/server/config') as {loadSiteConfig: (params: {siteDir: string}) => Promise<{siteConfig: DocusaurusConfig}>};
  let siteConfig: DocusaurusConfig;
  try {
    ({siteConfig} = await loadSiteConfig({siteDir}));
  } catch (error) {
    logger.error(`passerelles-check: cannot read the config of ${siteDir}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const id = values.id ?? 'default';
  let options: PluginOptions | undefined;
  try {
    options = pluginOptionsOf(siteConfig.plugins, siteDir, id);
  } catch (error) {
    // The options Docusaurus itself would refuse, with its message.
    logger.error(`passerelles-check: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (options === undefined) {
    logger.error(`passerelles-check: the plugins of ${siteDir}'s docusaurus.config have no ${pluginName} with id "${id}". Add it to \`plugins\`, or run \`docusaurus passerelles:check\` if a preset adds it.`);
    return 1;
  }
  return checkCommand(siteDir, options, siteConfig.i18n.defaultLocale, {
    ...(values.json === true ? {json: true} : {}),
    ...(values.locale === undefined ? {} : {locale: values.locale}),
  });
}

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {json: {type: 'boolean'}, locale: {type: 'string'}, id: {type: 'string'}, help: {type: 'boolean', short: 'h'}},
  });
}
