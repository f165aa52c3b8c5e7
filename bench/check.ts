/**
 * npm run bench:check — the check on generated sites of 1,000 and 10,000 items,
 * as an author runs it (`passerelles-check`, and `docusaurus passerelles:check`;
 * several runs, median), and
 * the plugin's stages one by one in this process, to show that none grows
 * faster than the number of items. Writes its section of bench/RESULTS.md.
 *
 * `--sizes 1000,10000` and `--runs 3` change the sizes and the runs per measure.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {planCalendars, writeCalendars} from '../plugins/docusaurus-plugin-passerelles/src/calendar/files';
import {runCheck} from '../plugins/docusaurus-plugin-passerelles/src/cli/check';
import {documentsFromFolder} from '../plugins/docusaurus-plugin-passerelles/src/content/documents';
import {withDirectiveProblems} from '../plugins/docusaurus-plugin-passerelles/src/directives/check';
import {buildGraph} from '../plugins/docusaurus-plugin-passerelles/src/graph/graph';
import {isOffer, type ConcertationItem} from '../plugins/docusaurus-plugin-passerelles/src/model/items';
import {DEFAULT_OPTIONS, type PluginOptions} from '../plugins/docusaurus-plugin-passerelles/src/options';
import {buildKnowledgeBase} from '../plugins/docusaurus-plugin-passerelles/src/pipeline';
import {catalogueProps} from '../plugins/docusaurus-plugin-passerelles/src/routes/catalogue';
import {concertationsTimeline} from '../plugins/docusaurus-plugin-passerelles/src/routes/concertations';
import {dataTables} from '../plugins/docusaurus-plugin-passerelles/src/routes/data';
import {mapPageProps} from '../plugins/docusaurus-plugin-passerelles/src/routes/map';
import {createSitePaths} from '../plugins/docusaurus-plugin-passerelles/src/routes/paths';
import {createPropsBuilder} from '../plugins/docusaurus-plugin-passerelles/src/routes/props';
import {structuresPageProps} from '../plugins/docusaurus-plugin-passerelles/src/routes/structures';
import {buildSearchIndex} from '../plugins/docusaurus-plugin-passerelles/src/search/build';
import type {ConcertationCard} from '../plugins/docusaurus-plugin-passerelles/src/shared/cards';
import {loadTaxonomy} from '../plugins/docusaurus-plugin-passerelles/src/taxonomy/load';
import {loadFixtureContext, runLifecycle} from '../plugins/docusaurus-plugin-passerelles/src/__fixtures__/lifecycle';
import {benchBuildDate, benchSitesDir, generateSite} from './generate';
import {countArgument, countsArgument, machine, median, ms, writeResultsSection} from './stats';

const docusaurusBin = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
const standaloneBin = path.join(path.dirname(require.resolve('docusaurus-plugin-passerelles/package.json')), 'bin', 'passerelles-check.js');
const options: PluginOptions = {...DEFAULT_OPTIONS, id: 'default'};
const buildDate = new Date(benchBuildDate);

const sizes = countsArgument('sizes', '1000,10000');
const runs = countArgument('runs', 3);

function progress(text: string): void {
  process.stderr.write(`[bench:check ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
}

/** Wall-clock and CPU time (user + system, every thread of the process): CPU time suffers less from a busy machine. */
interface Timing {
  wallMs: number;
  cpuMs: number;
}

const medianTiming = (timings: readonly Timing[]): Timing => ({
  wallMs: median(timings.map((timing) => timing.wallMs)),
  cpuMs: median(timings.map((timing) => timing.cpuMs)),
});

async function timed(run: () => unknown): Promise<Timing> {
  const wallStart = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  await run();
  const cpu = process.cpuUsage(cpuStart);
  return {wallMs: Number(process.hrtime.bigint() - wallStart) / 1e6, cpuMs: (cpu.user + cpu.system) / 1000};
}

/** The two ways to run the check in a site's folder: `npm run check` runs the plugin's own program. */
const commands = {
  standalone: {label: '`passerelles-check` (what `npm run check` runs: the site config read, no Docusaurus CLI)', args: [standaloneBin]},
  docusaurus: {label: '`docusaurus passerelles:check` (Docusaurus CLI start-up included)', args: [docusaurusBin, 'passerelles:check']},
} as const;
type CommandName = keyof typeof commands;

/** A check command run in the site's folder, timed by /usr/bin/time. */
function timeCommand(siteDir: string, name: CommandName): Timing & {maxRssKb: number} {
  const timeFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-check-')), 'time');
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...commands[name].args], {cwd: siteDir, encoding: 'utf8'});
  if (result.error !== undefined) throw new Error(`/usr/bin/time could not run (apt-get install time): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${commands[name].label} failed on ${siteDir}:\n${result.stdout}\n${result.stderr}`);
  const [wall = 0, user = 0, system = 0, maxRssKb = 0] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
  return {wallMs: wall * 1000, cpuMs: (user + system) * 1000, maxRssKb};
}

/** A stage's median, and the lowest and highest CPU time of its rounds: how far the machine let them fall apart. */
interface StageSummary extends Timing {
  cpuLowMs: number;
  cpuHighMs: number;
}

interface SizeResult {
  items: number;
  command: Record<CommandName, Timing & {maxRssKb: number}>;
  stages: Map<string, StageSummary>;
}

function summarise(timings: readonly Timing[]): StageSummary {
  const cpu = timings.map((timing) => timing.cpuMs);
  return {...medianTiming(timings), cpuLowMs: Math.min(...cpu), cpuHighMs: Math.max(...cpu)};
}

/** A full collection (`node --expose-gc`, as `npm run bench:check` runs this), so that a stage starts with a clean heap. */
function collectGarbage(): void {
  const {gc} = globalThis as {gc?: () => void};
  if (gc === undefined) throw new Error('bench/check.ts needs node --expose-gc: run it with npm run bench:check');
  gc();
}

/** Each stage of the plugin's work on one site, in the order the build runs them, once; the timings go to `measures`. */
async function measureStages(siteDir: string, measures: Map<string, Timing[]>): Promise<void> {
  const measure = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    let value: T | undefined;
    // Each stage pays for its own garbage only, not for a collection of the whole heap that an earlier stage made due.
    collectGarbage();
    const timing = await timed(async () => {
      value = await run();
    });
    measures.set(name, [...(measures.get(name) ?? []), timing]);
    return value as T;
  };
  const paths = createSitePaths({baseUrl: '/', trailingSlash: true}, options);
  await measure('runCheck: the command without Docusaurus start-up', () => runCheck(siteDir, options, 'fr'));
  const documents = await measure('read the docs folder', () => documentsFromFolder(siteDir, options.docsPath));
  const taxonomy = await loadTaxonomy(path.join(siteDir, options.taxonomyPath), options.taxonomyPath, 'fr');
  const validated = await measure('validate front matter and sections (pipeline)', () => buildKnowledgeBase({documents, taxonomy, timeZone: options.timeZone, locale: 'fr'}));
  const knowledgeBase = await measure('check the directives of the bodies', () => withDirectiveProblems(validated, documents, 'fr'));
  const items = knowledgeBase.items;
  const themes = knowledgeBase.taxonomy;
  if (themes === undefined || items.length === 0) throw new Error(`the generated site ${siteDir} does not validate`);
  const graph = await measure('knowledge graph', () => buildGraph(items));
  await measure('search index (built and serialised)', () => JSON.stringify(buildSearchIndex({items, taxonomy: themes, locale: 'fr', themePermalink: paths.themeHub})));
  const props = createPropsBuilder({taxonomy: themes, graph, locale: 'fr', paths, siteUrl: 'https://passerelles.example.org', buildDate, seeAlsoCount: options.seeAlsoCount});
  await measure('theme hubs, offer lists, vignette cards, directive data (serialised)', () => {
    for (const theme of themes.themes) JSON.stringify([props.themeHub(theme), props.offerList(theme)]);
    for (const item of items) if (item.kind === 'vignette') JSON.stringify(props.vignetteCard(item));
    return JSON.stringify([props.themesIndex(), props.directives(items, 'fr')]);
  });
  await measure('item pages: see-also, a structure\'s offers (serialised)', () => {
    for (const item of items) JSON.stringify(props.itemContext(item));
  });
  await measure('catalogue, structures, map, timeline (serialised)', () =>
    JSON.stringify([
      catalogueProps(items, {taxonomy: themes, locale: 'fr', buildDate, card: props.card, calendar: {url: '', webcal: ''}}),
      structuresPageProps(items, graph, props.card),
      mapPageProps(themes, items, 'fr', paths),
      concertationsTimeline(items.filter((item): item is ConcertationItem => item.kind === 'concertation').map((item) => props.card(item) as ConcertationCard)),
    ]),
  );
  await measure('figures of /donnees', () => dataTables({items, taxonomy: themes, locale: 'fr', paths, buildDate, timeZone: options.timeZone}));
  await measure('calendars (planned, and written as postBuild writes them)', () =>
    writeCalendars(
      mkdtempSync(path.join(os.tmpdir(), 'bench-calendars-')),
      '/',
      planCalendars({offers: items.filter(isOffer), taxonomy: themes, locale: 'fr', paths, siteUrl: 'https://passerelles.example.org', siteTitle: 'Passerelles'}),
      buildDate,
    ),
  );
  await measure('whole lifecycle: docs plugin loadContent + Passerelles allContentLoaded', async () => runLifecycle(await loadFixtureContext(siteDir)));
}

function table(results: readonly SizeResult[]): string {
  const [small, large] = results;
  if (small === undefined || large === undefined) return '';
  const factor = large.items / small.items;
  const ratio = (a: Timing, b: Timing): string => `${(b.cpuMs / a.cpuMs).toFixed(1)}×`;
  const cell = (timing: Timing | StageSummary): string =>
    'cpuLowMs' in timing ? `${ms(timing.wallMs)} (CPU ${ms(timing.cpuMs)}; ${ms(timing.cpuLowMs)} to ${ms(timing.cpuHighMs)})` : `${ms(timing.wallMs)} (CPU ${ms(timing.cpuMs)})`;
  const rows = [
    ...(Object.keys(commands) as CommandName[]).map(
      (name) => `| ${commands[name].label} | ${cell(small.command[name])} | ${cell(large.command[name])} | ${ratio(small.command[name], large.command[name])} |`,
    ),
    ...[...small.stages].map(([name, timing]) => {
      const other = large.stages.get(name) ?? timing;
      return `| ${name} | ${cell(timing)} | ${cell(other)} | ${ratio(timing, other)} |`;
    }),
  ];
  return [
    `| measure | ${small.items.toLocaleString('en')} items | ${large.items.toLocaleString('en')} items | CPU ratio (items ×${factor}) |`,
    '|---|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

async function main(): Promise<void> {
  const start = machine();
  const sites = sizes.map((items) => ({
    items,
    siteDir: path.join(benchSitesDir, `site-${items}`),
    commandRuns: {standalone: [], docusaurus: []} as Record<CommandName, (Timing & {maxRssKb: number})[]>,
    stageRuns: new Map<string, Timing[]>(),
  }));
  for (const site of sites) {
    progress(`generating ${site.items} items in ${site.siteDir}`);
    generateSite(site.siteDir, site.items);
  }
  // The sizes take turns, run by run and round by round: on this shared machine, the same work can take
  // twice its CPU time for minutes on end, and such a spell then falls on every size, not on one.
  for (let run = 0; run < runs; run += 1) {
    for (const site of sites) {
      for (const name of Object.keys(commands) as CommandName[]) {
        progress(`${site.items} items: ${name} check, run ${run + 1}/${runs}`);
        site.commandRuns[name].push(timeCommand(site.siteDir, name));
      }
    }
  }
  for (let round = 0; round < runs; round += 1) {
    for (const site of sites) {
      progress(`${site.items} items: the stages in this process, round ${round + 1}/${runs}`);
      await measureStages(site.siteDir, site.stageRuns);
    }
  }
  const results: SizeResult[] = sites.map(({items, commandRuns, stageRuns}) => {
    const medianRun = (name: CommandName): Timing & {maxRssKb: number} => ({...medianTiming(commandRuns[name]), maxRssKb: Math.max(...commandRuns[name].map((run) => run.maxRssKb))});
    const stages = new Map([...stageRuns].map(([name, timings]) => [name, summarise(timings)]));
    return {items, command: {standalone: medianRun('standalone'), docusaurus: medianRun('docusaurus')}, stages};
  });
  const large = results.at(-1);
  const small = results[0];
  const growth = small !== undefined && large !== undefined ? large.items / small.items : 1;
  // Stages of less than 100 ms at the largest size are left out of the verdict: their ratio is mostly noise.
  const [worstStage = '', worst = 0] =
    small !== undefined && large !== undefined
      ? ([...small.stages]
          .filter(([name]) => (large.stages.get(name)?.cpuMs ?? 0) >= 100)
          .map(([name, timing]): [string, number] => [name, (large.stages.get(name)?.cpuMs ?? 0) / timing.cpuMs])
          .sort((a, b) => b[1] - a[1])[0] ?? [])
      : [];
  const section = writeResultsSection(
    'check',
    [
      `Run of ${new Date().toISOString().slice(0, 10)} on ${start}. On 2 cores a load average above 2 at the start means that other work was running (or had just stopped). CPU time (user + system) suffers less from a busy machine than wall time.`,
      `Sites from \`bench/generate.ts\` (seed of the corpus, every kind, real taxonomy). Each command is run ${runs} times in the site's folder, alternating (median; peak memory of \`passerelles-check\` ${large === undefined ? '' : `${(large.command.standalone.maxRssKb / 1024).toFixed(0)} MB`} at the largest size); each stage is the plugin's own code called in one process, ${runs} rounds, median (and the lowest and highest CPU time of the rounds), after a full garbage collection (so that a stage is not charged for collecting what earlier stages left). The stages are those of the build too (the directive check, the pipeline, then what \`allContentLoaded\` computes), serialised as \`createData\` would write them; the whole lifecycle keeps \`createData\` in memory. The sizes take turns, run by run and round by round: on this machine the same work can take up to twice its CPU time for minutes on end (memory-bound work most), and such a spell then falls on every size.`,
      '',
      table(results),
      '',
      large === undefined
        ? ''
        : `At ${large.items.toLocaleString('en')} items: \`npm run check\` (\`passerelles-check\`) takes ${ms(large.command.standalone.wallMs)} (target < 5 s: ${large.command.standalone.wallMs < 5000 ? 'met' : 'NOT met'}) and \`docusaurus passerelles:check\` ${ms(large.command.docusaurus.wallMs)} (${large.command.docusaurus.wallMs < 5000 ? 'also under' : 'over'} 5 s), ${ms(large.stages.get('runCheck: the command without Docusaurus start-up')?.wallMs ?? 0)} of either in the plugin's own work. From ${small?.items.toLocaleString('en')} to ${large.items.toLocaleString('en')} items (×${growth}), the CPU time of no stage that takes 100 ms or more grows more than ${worst.toFixed(1)}× (${worstStage}; linear within 20 %: ${worst <= growth * 1.2 ? 'yes' : 'NO'}).`,
    ].join('\n'),
  );
  process.stdout.write(`${section}\n`);
}

void main();
