/**
 * npm run bench:build — builds generated sites of 500 and 2,000 items (one
 * locale, fr) with the plugin and without it (the same docs, no Passerelles at
 * all), and with the plugin under `future.faster` (Rspack) when
 * @docusaurus/faster is installed. Reports build time, the plugin's own
 * lifecycle time (DOCUSAURUS_PERF_LOGGER), peak memory, and the JavaScript a
 * theme hub loads beyond a plain doc page, gzipped. Writes its section of
 * bench/RESULTS.md.
 *
 * `--sizes 500,2000`, `--rounds 1` (each round builds every variant, in
 * alternating order) and `--no-faster` change what is built.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Item} from '../plugins/docusaurus-plugin-passerelles/src/model/items';
import {benchBuildDate, benchSitesDir, generateSite, plainDocPath, writeSiteConfig, type SiteConfigOptions} from './generate';
import {countArgument, countsArgument, kb, machine, median, ms, sizes, writeResultsSection} from './stats';

const docusaurusBin = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

const itemCounts = countsArgument('sizes', '500,2000');
const rounds = countArgument('rounds', 1);
const fasterInstalled = (() => {
  try {
    require.resolve('@docusaurus/faster');
    return true;
  } catch {
    return false;
  }
})();
const tryFaster = !process.argv.includes('--no-faster');

type VariantName = 'without' | 'with' | 'fasterWithout' | 'faster';
const variants: Record<VariantName, SiteConfigOptions & {label: string}> = {
  without: {plugin: false, label: 'without the plugin'},
  with: {plugin: true, label: 'with the plugin'},
  fasterWithout: {plugin: false, faster: true, label: '`future.faster` (Rspack), without the plugin'},
  faster: {plugin: true, faster: true, label: '`future.faster` (Rspack), with the plugin'},
};
const isFaster = (name: VariantName): boolean => variants[name].faster === true;

function progress(text: string): void {
  process.stderr.write(`[bench:build ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
}

/** The stages Docusaurus' performance logger times, by the end of their label. */
const perfStages = {
  pluginLoad: 'Load plugins content > Load passerelles@default',
  allContentLoaded: 'allContentLoaded() - passerelles@default',
  postBuild: 'postBuild()',
  bundling: /Bundling with \w+$/,
  ssg: /> SSG$/,
} as const;
type PerfStage = keyof typeof perfStages;

interface BuildRun {
  wallMs: number;
  cpuMs: number;
  /** Peak resident memory of the build's node process (its threads included), from /usr/bin/time. */
  processRssKb: number;
  /** Peak of the summed resident memory of the build's process tree (worker processes included), sampled. */
  treeRssKb: number;
  perf: Partial<Record<PerfStage, number>>;
}

function perfOf(output: string): Partial<Record<PerfStage, number>> {
  const perf: Partial<Record<PerfStage, number>> = {};
  for (const line of output.split('\n')) {
    const match = /^\[PERF\](?:\[KO\])? (.+?) - ([\d.]+) (ms|seconds!)/.exec(line);
    if (match === null) continue;
    const [, label = '', value = '0', unit] = match;
    for (const [stage, pattern] of Object.entries(perfStages) as [PerfStage, string | RegExp][]) {
      if (typeof pattern === 'string' ? label.endsWith(pattern) : pattern.test(label)) {
        perf[stage] = Number(value) * (unit === 'ms' ? 1 : 1000);
      }
    }
  }
  return perf;
}

/** Resident memory of a process and all its descendants, from /proc. */
function treeRssKb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4;
    } catch {
      // Ended meanwhile.
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

class BuildFailure extends Error {}

async function build(siteDir: string, outDir: string): Promise<BuildRun> {
  const timeFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-build-')), 'time');
  const start = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, docusaurusBin, 'build', '--out-dir', outDir], {
    cwd: siteDir,
    env: {
      ...process.env,
      DOCUSAURUS_PERF_LOGGER: 'true',
      // Every build starts cold, as the first build of a CI run does: no webpack cache from the previous variant.
      DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
      PASSERELLES_BUILD_DATE: benchBuildDate,
      NODE_ENV: 'production',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakTree = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakTree = Math.max(peakTree, treeRssKb(child.pid));
  }, 500);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  clearInterval(sampler);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (code !== 0) {
    const lines = output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('[PERF]'));
    throw new BuildFailure(lines.filter((line) => /error|Error/.test(line)).slice(0, 6).join('\n') || lines.slice(-12).join('\n'));
  }
  const [, user = 0, system = 0, processRssKb = 0] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
  return {wallMs, cpuMs: (user + system) * 1000, processRssKb, treeRssKb: peakTree, perf: perfOf(output)};
}

/** The routes of routes.js, each with the routes it is nested in (the docs' layouts above a doc page). */
function routeChain(routesSource: string, pagePath: string): string[] {
  const stack: {indent: number; key: string}[] = [];
  for (const match of routesSource.matchAll(/^( *)component: ComponentCreator\('([^']*)', '([^']*)'\)/gm)) {
    const indent = match[1]?.length ?? 0;
    while ((stack.at(-1)?.indent ?? -1) >= indent) stack.pop();
    stack.push({indent, key: `${match[2]}-${match[3]}`});
    if (match[2] === pagePath) return stack.map((entry) => entry.key);
  }
  throw new Error(`no route ${pagePath} in routes.js`);
}

interface ChunkManifest {
  origins: Record<string, (number | string)[]>;
  assets: Record<string, {js?: {publicPath: string}[]}>;
}

/** The chunk names of a route's modules (`__comp`, `hub`, `__context.plugin`…), by the module's key. */
function moduleChunks(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => moduleChunks(inner, prefix === '' ? key : `${prefix}.${key}`));
}

/** The JavaScript files a page loads when it is opened: the entry scripts of its HTML, then the chunks of its route and of the routes it is nested in. */
function pageScripts(outDir: string, siteDir: string, pagePath: string): Map<string, string> {
  const html = readFileSync(path.join(outDir, pagePath, 'index.html'), 'utf8');
  // Quoted or not: the HTML minifier of future.faster drops the quotes.
  const files = new Map<string, string>([...html.matchAll(/<script[^>]* src=["']?([^"' >]+\.js)/g)].map((match) => [match[1] ?? '', 'entry (runtime, main)']));
  const generated = path.join(siteDir, '.docusaurus');
  const manifest = JSON.parse(readFileSync(path.join(generated, 'client-manifest.json'), 'utf8')) as ChunkManifest;
  const chunkNames = JSON.parse(readFileSync(path.join(generated, 'routesChunkNames.json'), 'utf8')) as Record<string, unknown>;
  for (const key of routeChain(readFileSync(path.join(generated, 'routes.js'), 'utf8'), pagePath)) {
    for (const [module, name] of moduleChunks(chunkNames[key])) {
      for (const chunk of manifest.origins[name] ?? []) {
        for (const file of manifest.assets[String(chunk)]?.js ?? []) if (!files.has(file.publicPath)) files.set(file.publicPath, `${key.replace(/-[^-]*$/, '')} ${module}`);
      }
    }
  }
  return files;
}

interface PageWeights {
  hubPath: string;
  hubGzip: number;
  docGzip: number;
  /** What the hub loads that a plain doc page does not. */
  hubOnlyGzip: number;
  hubOnlyParts: string;
}

function pageWeights(outDir: string, siteDir: string, hubPath: string | undefined): {docGzip: number; hub?: PageWeights} {
  const gzipOf = (files: Map<string, string>): number => [...files.keys()].reduce((sum, file) => sum + sizes(readFileSync(path.join(outDir, file), 'utf8')).gzip, 0);
  const doc = pageScripts(outDir, siteDir, plainDocPath);
  if (hubPath === undefined) return {docGzip: gzipOf(doc)};
  const hub = pageScripts(outDir, siteDir, hubPath);
  const hubOnly = new Map([...hub].filter(([file]) => !doc.has(file)));
  const parts = new Map<string, number>();
  for (const [file, origin] of hubOnly) parts.set(origin, (parts.get(origin) ?? 0) + sizes(readFileSync(path.join(outDir, file), 'utf8')).gzip);
  return {
    docGzip: gzipOf(doc),
    hub: {
      hubPath,
      hubGzip: gzipOf(hub),
      docGzip: gzipOf(doc),
      hubOnlyGzip: gzipOf(hubOnly),
      hubOnlyParts: [...parts].sort((a, b) => b[1] - a[1]).map(([origin, bytes]) => `${origin.replace(hubPath, '').trim()} ${kb(bytes)}`).join(', '),
    },
  };
}

/** The theme carried by the most items: its hub is the heaviest. */
function busiestTheme(items: readonly Item[]): string {
  const counts = new Map<string, number>();
  for (const item of items) for (const theme of item.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

interface SizeResults {
  items: number;
  busyTheme: string;
  hubItems: number;
  runs: Partial<Record<VariantName, BuildRun[]>>;
  failures: Partial<Record<VariantName, string>>;
  pages: Partial<Record<VariantName, PageWeights>>;
  docWithoutPluginGzip?: number;
}

const medianOf = (runs: readonly BuildRun[], pick: (run: BuildRun) => number | undefined): number => median(runs.map((run) => pick(run) ?? Number.NaN));
const mb = (kilobytes: number): string => `${(kilobytes / 1024).toFixed(0)} MB`;
const seconds = (milliseconds: number): string => (Number.isNaN(milliseconds) ? '–' : `${(milliseconds / 1000).toFixed(1)} s`);

function buildTable(results: readonly SizeResults[]): string {
  const lines = [
    '| items | build | wall time | CPU time | Passerelles lifecycle (content loaded) | postBuild (all plugins) | bundling | rendering (SSG) | peak memory, build process | peak memory, process tree |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const result of results) {
    for (const name of Object.keys(variants) as VariantName[]) {
      const runs = result.runs[name];
      if (runs === undefined || runs.length === 0) {
        if (result.failures[name] !== undefined) lines.push(`| ${result.items} | ${variants[name].label} | failed (below) | | | | | | | |`);
        continue;
      }
      const lifecycle = !variants[name].plugin ? '–' : seconds(medianOf(runs, (run) => (run.perf.pluginLoad ?? 0) + (run.perf.allContentLoaded ?? 0)));
      lines.push(
        `| ${result.items} | ${variants[name].label}${runs.length > 1 ? ` (median of ${runs.length})` : ''} | ${seconds(medianOf(runs, (run) => run.wallMs))} | ${seconds(medianOf(runs, (run) => run.cpuMs))} | ${lifecycle} | ${seconds(medianOf(runs, (run) => run.perf.postBuild))} | ${seconds(medianOf(runs, (run) => run.perf.bundling))} | ${seconds(medianOf(runs, (run) => run.perf.ssg))} | ${mb(Math.max(...runs.map((run) => run.processRssKb)))} | ${mb(Math.max(...runs.map((run) => run.treeRssKb)))} |`,
      );
    }
  }
  return lines.join('\n');
}

function pagesTable(results: readonly SizeResults[]): string {
  const lines = [
    '| items | build | theme hub (its items) | hub page JS | plain doc page JS | loaded by the hub only | of which | plain doc page JS without the plugin |',
    '|---:|---|---|---:|---:|---:|---|---:|',
  ];
  for (const {items, pages, hubItems, docWithoutPluginGzip} of results) {
    for (const [name, page] of Object.entries(pages) as [VariantName, PageWeights][]) {
      lines.push(
        `| ${items} | ${variants[name].label} | \`${page.hubPath}\` (${hubItems}) | ${kb(page.hubGzip)} | ${kb(page.docGzip)} | ${kb(page.hubOnlyGzip)} | ${page.hubOnlyParts} | ${name === 'with' && docWithoutPluginGzip !== undefined ? kb(docWithoutPluginGzip) : '–'} |`,
      );
    }
  }
  return lines.join('\n');
}

function verdict(results: readonly SizeResults[]): string {
  const largest = results.at(-1);
  if (largest === undefined) return '';
  const percent = (share: number): string => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(0)} %`;
  const added = (withPlugin: VariantName, withoutPlugin: VariantName, pick: (run: BuildRun) => number): number =>
    medianOf(largest.runs[withPlugin] ?? [], pick) / medianOf(largest.runs[withoutPlugin] ?? [], pick) - 1;
  const webpack = added('with', 'without', (run) => run.wallMs);
  const hubOnly = largest.pages.with?.hubOnlyGzip ?? Number.NaN;
  const faster = added('faster', 'fasterWithout', (run) => run.wallMs);
  return [
    `At ${largest.items} items the plugin adds ${percent(webpack)} to the build's wall time with webpack (${percent(added('with', 'without', (run) => run.cpuMs))} CPU time; target ≤ +10 %: ${webpack <= 0.1 ? 'met' : 'NOT met'})`,
    Number.isNaN(faster)
      ? '.'
      : `, ${percent(faster)} with \`future.faster\` (${percent(added('faster', 'fasterWithout', (run) => run.cpuMs))} CPU time: ${faster <= 0.1 ? 'met' : 'NOT met'}); with \`future.faster\` the site with the plugin builds in ${percent(added('faster', 'without', (run) => run.wallMs))} wall time against the webpack build without it.`,
    ` The busiest theme hub loads ${kb(hubOnly)} of gzipped JavaScript that a plain doc page does not (target < 30 KB: ${hubOnly < 30 * 1024 ? 'met' : 'NOT met'}).`,
  ].join('');
}

async function main(): Promise<void> {
  const startedOn = machine();
  const started = Date.now();
  const largest = Math.max(...itemCounts);
  const results: SizeResults[] = [];
  for (const count of itemCounts) {
    // future.faster at the largest size only, to keep the whole run short.
    const chosen: VariantName[] = ['without', 'with', ...(tryFaster && fasterInstalled && count === largest ? (['fasterWithout', 'faster'] as const) : [])];
    const siteDir = path.join(benchSitesDir, `site-${count}`);
    progress(`generating ${count} items in ${siteDir}`);
    const {items} = generateSite(siteDir, count);
    const busyTheme = busiestTheme(items);
    const result: SizeResults = {items: count, busyTheme, hubItems: items.filter((item) => item.themes.includes(busyTheme)).length, runs: {}, failures: {}, pages: {}};
    for (let round = 0; round < rounds; round += 1) {
      // Alternate the order, so that a machine busier early or late weighs on both sides alike.
      for (const name of round % 2 === 0 ? chosen : [...chosen].reverse()) {
        if (result.failures[name] !== undefined) continue;
        writeSiteConfig(siteDir, variants[name]);
        const outDir = path.join(benchSitesDir, `build-${count}-${name}`);
        rmSync(outDir, {recursive: true, force: true});
        progress(`${count} items, round ${round + 1}/${rounds}: building ${variants[name].label} (${((Date.now() - started) / 60000).toFixed(1)} min so far)`);
        try {
          const run = await build(siteDir, outDir);
          result.runs[name] = [...(result.runs[name] ?? []), run];
          progress(`  ${seconds(run.wallMs)} wall, ${seconds(run.cpuMs)} CPU, ${mb(run.processRssKb)} peak`);
        } catch (error) {
          if (!(error instanceof BuildFailure) || !isFaster(name)) throw error;
          result.failures[name] = error.message;
          progress(`  failed: ${error.message}`);
          continue;
        }
        // Read now: the next variant's build rewrites the site's .docusaurus folder.
        if (variants[name].plugin) result.pages[name] = pageWeights(outDir, siteDir, `/thematiques/${busyTheme}/`).hub;
        if (name === 'without') result.docWithoutPluginGzip = pageWeights(outDir, siteDir, undefined).docGzip;
      }
    }
    writeSiteConfig(siteDir, variants.with);
    results.push(result);
  }
  const fasterNote = !tryFaster
    ? 'The `future.faster` build was not run (`--no-faster`).'
    : !fasterInstalled
      ? '`future.faster` was not tried: `@docusaurus/faster` is not installed.'
      : results.some((result) => result.failures.faster !== undefined)
        ? `\`future.faster\` (Rspack, SWC, Lightning CSS, SSG in worker threads) fails with the plugin:\n\n\`\`\`\n${results.find((result) => result.failures.faster !== undefined)?.failures.faster ?? ''}\n\`\`\``
        : `\`future.faster\` (Rspack, SWC, Lightning CSS, SSG in worker threads) builds the site with the plugin. Its rows, at ${largest} items only (to keep the run short), are the same docs and configs with \`future: {faster: true}\` (and the \`v4\` flag its worker threads require).`;
  const section = writeResultsSection(
    'build',
    [
      `Run of ${new Date().toISOString().slice(0, 10)} on ${startedOn}, in ${((Date.now() - started) / 60000).toFixed(0)} min. On 2 cores a load average above 2 at the start means that other work was running (or had just stopped). CPU time (user + system) suffers less from a busy machine than wall time.`,
      `Sites from \`bench/generate.ts\` (every kind, real taxonomy, one locale: fr — each more locale repeats the same work), built ${rounds === 1 ? 'once' : `${rounds} times, in alternating order`} per variant with a cold cache (\`DOCUSAURUS_NO_PERSISTENT_CACHE\`). "Without the plugin" is the same docs with no Passerelles at all: no plugin, remark plugins or front matter parser; its directives (\`:::situation\`, \`:theme[…]\`) are then plain text. The Passerelles lifecycle is its \`allContentLoaded\` (and content load) as \`DOCUSAURUS_PERF_LOGGER\` times them; its \`postBuild\` (calendars, data files, search index file, secrets scan) is within "postBuild (all plugins)", against the sitemap's alone without it; its remark plugins run within bundling. Peak memory: \`/usr/bin/time\` for the build process (threads included), and the process tree's summed resident memory sampled every 0.5 s.`,
      '',
      buildTable(results),
      '',
      'JavaScript a page loads when opened, gzipped: the entry scripts of its HTML and the chunks of its route and of the routes above it (read from `.docusaurus/routes.js`, `routesChunkNames.json` and `client-manifest.json`). The plain doc page is `/docs/intro/`, which is in the docs sidebar like every doc page. "Of which" names the route modules of those chunks (`__comp` the component, `hub` its data).',
      '',
      pagesTable(results),
      '',
      verdict(results),
      '',
      fasterNote,
    ].join('\n'),
  );
  process.stdout.write(`${section}\n`);
}

void main();
