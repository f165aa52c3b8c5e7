import {execFile} from 'node:child_process';
import {cp, mkdir, mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {fixtureSiteDir} from '../__fixtures__/taxonomy';
import {DEFAULT_OPTIONS, type PluginOptions} from '../options';
import {runCheck} from './check';
import {importConcertationCommand, type ImportConcertationOptions} from './import-concertation';
import type {CommandSite} from './site';

const run = promisify(execFile);
const repositoryRoot = path.resolve(__dirname, '../../../..');
const docusaurusBin = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

/** An invented report, in the basins' style. */
const report = [
  'Concertation thématique Santé mentale #2',
  '',
  '21 participant·es du Bassin Sud-Est, le 4 février 2025.',
  '',
  'Veille des besoins',
  '- Les primo-arrivants attendent longtemps un premier rendez-vous.',
  '- Les équipes demandent des repères sur la prévention du suicide.',
].join('\n');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function fixtureCopy(): Promise<{site: CommandSite; reports: string}> {
  const siteDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-import-'));
  await cp(fixtureSiteDir, siteDir, {recursive: true});
  const reports = path.join(siteDir, 'reports');
  await mkdir(reports);
  await writeFile(path.join(reports, 'sud-est-2.md'), report);
  return {site: {siteDir, defaultLocale: 'fr', baseUrl: '/', trailingSlash: undefined, options: {...DEFAULT_OPTIONS, id: 'default'} as PluginOptions}, reports};
}

/** Runs the command in the process, with what it prints captured. */
async function importReport(site: CommandSite, file: string, flags: ImportConcertationOptions = {}): Promise<Outcome> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const capture = (sink: string[]) => (...values: unknown[]) => {
    sink.push(values.map(String).join(' '));
  };
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    }),
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    }),
    jest.spyOn(console, 'log').mockImplementation(capture(stdout)),
    jest.spyOn(console, 'info').mockImplementation(capture(stdout)),
    jest.spyOn(console, 'error').mockImplementation(capture(stderr)),
  ];
  try {
    const code = await importConcertationCommand(site, file, flags);
    return {code, stdout: stdout.join(''), stderr: stderr.join('\n')};
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

describe('docusaurus passerelles:import-concertation', () => {
  it('prints exactly the JSON shape, with the lines of each theme', async () => {
    const {site, reports} = await fixtureCopy();
    const outcome = await importReport(site, path.join(reports, 'sud-est-2.md'), {json: true});
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout)).toEqual({
      basin: 'sud-est',
      number: 2,
      participants: 21,
      date: '2025-02-04',
      themes: [
        {id: 'migration', evidence: [{line: 6, text: '- Les primo-arrivants attendent longtemps un premier rendez-vous.'}]},
        {id: 'prevention-suicide', evidence: [{line: 7, text: '- Les équipes demandent des repères sur la prévention du suicide.'}]},
      ],
    });
  });

  it('prints a readable summary, with --basin and --date over what the report says', async () => {
    const {site, reports} = await fixtureCopy();
    const outcome = await importReport(site, path.join(reports, 'sud-est-2.md'), {basin: 'region', date: '2025-02'});
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('basin : region (donné par --basin)');
    expect(outcome.stdout).toContain('number : 2 (ligne 1)');
    expect(outcome.stdout).toContain('date : 2025-02 (donné par --date)');
    expect(outcome.stdout).toContain('  - migration [6]: - Les primo-arrivants');
  });

  it('writes a draft that passerelles:check accepts, and never overwrites it', async () => {
    const {site, reports} = await fixtureCopy();
    const file = path.join(site.siteDir, 'docs/concertations/bassin-sud-est-concertation-2.md');
    expect((await importReport(site, path.join(reports, 'sud-est-2.md'), {write: true})).code).toBe(0);
    const written = await readFile(file, 'utf8');
    expect(written).toContain('kind: concertation');
    expect(written).toContain('status: brouillon');
    expect(written).toContain('basin: sud-est');
    expect(written).toContain('date: "2025-02-04"');
    expect(written).toContain('themes: [migration, prevention-suicide]');
    expect(written).toContain('## Besoins observés');
    const result = await runCheck(site.siteDir, site.options, 'fr');
    expect(result.errors).toEqual([]);

    const again = await importReport(site, path.join(reports, 'sud-est-2.md'), {write: true, date: '2025'});
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('bassin-sud-est-concertation-2.md');
    expect(again.stderr).toContain('existe déjà');
    expect(await readFile(file, 'utf8')).toBe(written);
  });

  it('refuses what it cannot read or use, with the file, the line when known and what is expected, and writes nothing', async () => {
    const {site, reports} = await fixtureCopy();
    const listing = async () => (await readdir(path.join(site.siteDir, 'docs'), {recursive: true})).sort();
    const before = await listing();
    await writeFile(path.join(reports, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
    await writeFile(path.join(reports, 'latin1.txt'), Buffer.concat([Buffer.from('Bassin Nord\nR'), Buffer.from([0xe9]), Buffer.from('union\n')]));
    await writeFile(path.join(reports, 'vide.md'), '\n  \n');
    await writeFile(path.join(reports, 'sans-bassin.md'), 'Concertation n° 3\nDes primo-arrivants.\n');

    const cases: [string, ImportConcertationOptions, string][] = [
      ['absent.md', {}, 'fichier introuvable'],
      ['scan.pdf', {}, 'binaire'],
      ['latin1.txt', {}, 'latin1.txt:2 texte qui n\'est pas en UTF-8'],
      ['vide.md', {}, 'le fichier est vide'],
      ['sans-bassin.md', {write: true}, 'aucun bassin trouvé dans le texte ; indiquez-le avec --basin, parmi "nord", "nord-est", "sud", "sud-est", "centre-ouest", "region"'],
      ['sud-est-2.md', {basin: 'nord-ouest'}, '--basin: valeur "nord-ouest" inconnue'],
      ['sud-est-2.md', {date: '15/05/2025'}, '--date: date "15/05/2025" invalide'],
      ['sud-est-2.md', {date: '2025-02-30'}, 'date "2025-02-30" invalide'],
    ];
    for (const [file, flags, expected] of cases) {
      const outcome = await importReport(site, path.join(reports, file), flags);
      expect({file, code: outcome.code}).toEqual({file, code: 1});
      expect(outcome.stderr).toContain(expected);
      expect(outcome.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await listing()).toEqual(before);
  });

  it('is a command of the Docusaurus CLI', async () => {
    const {reports} = await fixtureCopy();
    const {stdout} = await run(process.execPath, [docusaurusBin, 'passerelles:import-concertation', path.join(reports, 'sud-est-2.md'), '--json'], {cwd: repositoryRoot});
    expect(Object.keys(JSON.parse(stdout) as object)).toEqual(['basin', 'number', 'participants', 'date', 'themes']);
  }, 30_000);
});
