/**
 * npm run bench:two-byte — what one character beyond Latin-1 costs a page at the end of SSG.
 *
 * V8 holds a string whose characters are all Latin-1 at one byte per character; one character
 * beyond it makes the whole string two bytes per character. The plugin's texts are Latin-1 for
 * that reason (src/i18n/latin1.test.ts). This script takes the pages of the 2,000-item site that
 * `npm run bench:build` built with the plugin, and minifies each one with Docusaurus' own HTML
 * minifier twice, alternating: as built, and with the search box's placeholder as it was written
 * before ("Thème, mot, sigle…", with U+2026). Writes its section of bench/RESULTS.md.
 *
 * `--site <folder>` takes another build of that site; `--rounds 3` sets the rounds (median).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {getHtmlMinifier} from '@docusaurus/bundler';
import {safeGlobby} from '@docusaurus/utils';
import {benchSitesDir} from './generate';
import {argument, countArgument, machine, median, writeResultsSection} from './stats';

const siteArgument = argument('site', '');
/** `--site <folder>` measures another build of the plugin's site. */
const builtSite = siteArgument === '' ? path.join(benchSitesDir, 'build-2000-with') : path.resolve(siteArgument);
const placeholder = 'placeholder="Thème, mot, sigle..."';
const rounds = countArgument('rounds', 3);

const isLatin1 = (text: string): boolean => !/[^\u0000-\u00ff]/u.test(text);

async function main(): Promise<void> {
  if (!existsSync(builtSite)) {
    process.stderr.write(`bench:two-byte: no built site in ${builtSite}; run \`npm run bench:build -- --sizes 2000 --no-faster\` first.\n`);
    process.exit(1);
  }
  const start = machine();
  const minifier = await getHtmlMinifier({type: 'terser'});
  const files = (await safeGlobby(['**/*.html'], {cwd: builtSite, ignore: ['assets/**']})).sort();
  const variants = files.map((file) => {
    const built = readFileSync(path.join(builtSite, file), 'utf8');
    if (!built.includes(placeholder)) {
      process.stderr.write(`bench:two-byte: ${file} has no search box placeholder ${placeholder}; build the site again with this version of the plugin.\n`);
      process.exit(1);
    }
    return {built, withEllipsis: built.replace(placeholder, 'placeholder="Thème, mot, sigle…"')};
  });
  const latin1Pages = variants.filter(({built}) => isLatin1(built)).length;
  const cpu = {built: [] as number[], withEllipsis: [] as number[]};
  for (let round = 0; round < rounds; round++) {
    const spent = {built: 0, withEllipsis: 0};
    for (const [index, variant] of variants.entries()) {
      // Alternating which goes first, so that neither always minifies on a warmer heap.
      const order = (index + round) % 2 === 0 ? (['built', 'withEllipsis'] as const) : (['withEllipsis', 'built'] as const);
      for (const name of order) {
        const before = process.cpuUsage();
        await minifier.minify(variant[name]);
        const used = process.cpuUsage(before);
        spent[name] += (used.user + used.system) / 1000;
      }
    }
    cpu.built.push(spent.built);
    cpu.withEllipsis.push(spent.withEllipsis);
    process.stderr.write(`[bench:two-byte] round ${round + 1}: ${(spent.built / 1000).toFixed(1)} s as built, ${(spent.withEllipsis / 1000).toFixed(1)} s with the ellipsis\n`);
  }
  const built = median(cpu.built);
  const withEllipsis = median(cpu.withEllipsis);
  const megabytes = variants.reduce((total, {built: html}) => total + html.length, 0) / 1e6;
  const body = [
    `Run of ${new Date().toISOString().slice(0, 10)} on ${start}.`,
    `The ${files.length} pages of a build with the plugin of the 2,000-item site of \`bench/generate.ts\` (${siteArgument !== '' ? `folder \`${path.basename(builtSite)}\`` : 'the build of `npm run bench:build`'}; ${megabytes.toFixed(0)} million characters; ${latin1Pages} of them all Latin-1, the others holding a character of their text beyond it), each minified by Docusaurus' HTML minifier (html-minifier-terser, Docusaurus' options) as built and with the search box placeholder ending in "…" (U+2026) as it used to, alternating, ${rounds} rounds, median CPU time.`,
    '',
    '| pages | as built | with one "…" in the search box | difference |',
    '|---|---:|---:|---:|',
    `| all ${files.length} | ${(built / 1000).toFixed(1)} s | ${(withEllipsis / 1000).toFixed(1)} s | ${(((withEllipsis - built) / built) * 100).toFixed(0)} % |`,
    '',
    `One character beyond Latin-1 on every page costs the minifier ${((withEllipsis - built) / 1000).toFixed(1)} s of CPU over the site; React's rendering and the garbage collector pay for two-byte pages too, which this script does not measure.`,
  ].join('\n');
  process.stdout.write(`${writeResultsSection('two-byte', body)}\n`);
}

void main();
