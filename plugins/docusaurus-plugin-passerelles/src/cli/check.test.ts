import {execFile} from 'node:child_process';
import {cp, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {fixtureSiteDir} from '../__fixtures__/taxonomy';
import type {Problem} from '../model/problems';

const run = promisify(execFile);
const repositoryRoot = path.resolve(__dirname, '../../../..');
const docusaurusBin = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
const pluginEntry = path.resolve(__dirname, '../../lib/index.js');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function check(...args: string[]): Promise<Outcome> {
  try {
    const {stdout, stderr} = await run(process.execPath, [docusaurusBin, 'passerelles:check', ...args], {cwd: repositoryRoot});
    return {code: 0, stdout, stderr};
  } catch (error) {
    const failed = error as {code: number; stdout: string; stderr: string};
    return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
  }
}

async function brokenSite(): Promise<string> {
  const siteDir = await mkdtemp(path.join(os.tmpdir(), 'passerelles-check-'));
  await cp(fixtureSiteDir, siteDir, {recursive: true});
  await writeFile(
    path.join(siteDir, 'docusaurus.config.js'),
    `module.exports = {title: 'Broken', url: 'https://x.example.org', baseUrl: '/', plugins: [[${JSON.stringify(pluginEntry)}, {}]]};\n`,
  );
  await writeFile(path.join(siteDir, 'docs/vignettes/sans-theme.md'), '---\nkind: vignette\ntitle: Sans thème\nsummary: "x"\n---\n\n## Situation\n\n## Questions\n');
  await writeFile(
    path.join(siteDir, 'docs/offres/mauvaises-dates.md'),
    '---\nkind: formation\ntitle: x\nsummary: "x"\norganizer: x\nthemes: [migration]\naudience: [x]\nlanguages: [fr, de]\nbasin: nord\nformat: presentiel\ncost: 10\nregistration: "javascript:alert(1)"\nsessions:\n  - start: "2026-02-30 09:00"\n    end: "2026-03-01 10:00"\n---\n',
  );
  await writeFile(path.join(siteDir, 'docs/concertations/yaml.md'), '---\nkind: concertation\nthemes: [migration\n---\n');
  return siteDir;
}

describe('docusaurus passerelles:check', () => {
  jest.setTimeout(60_000);

  it('accepts a valid site and prints no error in JSON', async () => {
    const outcome = await check(fixtureSiteDir, '--json');
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout)).toEqual({errors: [], warnings: []});
  });

  it('names every broken file and field, and exits 1', async () => {
    const outcome = await check(await brokenSite(), '--json');
    expect(outcome.code).toBe(1);
    const {errors} = JSON.parse(outcome.stdout) as {errors: Problem[]};
    const found = errors.map((problem) => `${problem.file}:${problem.line ?? ''} ${problem.field ?? ''} ${problem.rule}`);
    expect(found.sort()).toEqual(
      [
        'docs/concertations/yaml.md:3  yaml',
        'docs/offres/mauvaises-dates.md:14 sessions[0].start date-invalid',
        'docs/offres/mauvaises-dates.md:8 languages[1] enum',
        'docs/offres/mauvaises-dates.md:12 registration registration',
        'docs/vignettes/sans-theme.md:2 themes required',
      ].sort(),
    );
    for (const problem of errors) expect(Object.keys(problem)).toEqual(expect.arrayContaining(['file', 'rule', 'message', 'severity']));
  });

  it('prints one readable line per problem, in the requested language, without a stack trace', async () => {
    const outcome = await check(await brokenSite(), '--locale', 'fr');
    expect(outcome.code).toBe(1);
    const output = outcome.stdout + outcome.stderr;
    expect(output).toContain('docs/offres/mauvaises-dates.md:12 registration: lien d\'inscription "javascript:alert(1)" refusé');
    expect(output).toContain('5 error(s)');
    expect(output).not.toMatch(/\n\s+at /);
  });
});
