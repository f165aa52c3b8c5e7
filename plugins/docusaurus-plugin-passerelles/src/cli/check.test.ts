import {execFile} from 'node:child_process';
import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises';
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

/** The fixture site with a training module whose directives are written right, and a guide page whose directives are not. */
async function siteWithDirectiveMistakes(): Promise<string> {
  const siteDir = await brokenSite();
  const offer = await readFile(path.join(fixtureSiteDir, 'docs/offres/intervision-dd.md'), 'utf8');
  await writeFile(
    path.join(siteDir, 'docs/offres/intervision-dd.md'),
    `${offer}\n:::objectifs\n\n- Croiser les regards sur le :theme[double diagnostic]{id=double-diagnostic}.\n\n:::\n\n::vignette{id=vignettes/exil}\n\n::offres{theme=migration kind=formation limit=3}\n`,
  );
  await writeFile(
    path.join(siteDir, 'docs/guide.md'),
    [
      '---',
      'title: Guide',
      '---',
      '',
      'Voir le :theme[double diagnostic] et la :theme[migratoin].',
      '',
      ':::situatoin',
      '',
      'Texte.',
      '',
      ':::',
      '',
      ':::note',
      '',
      'Une admonition reste une admonition.',
      '',
      ':::',
      '',
      '::offres{kind=formation}',
      '',
      '::vignette{id=offres/intervision-dd}',
      '',
    ].join('\n'),
  );
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
        'docs/offres/mauvaises-dates.md:14 sessions[0].start date-nonexistent',
        'docs/offres/mauvaises-dates.md:8 languages[1] enum',
        'docs/offres/mauvaises-dates.md:12 registration registration',
        'docs/vignettes/sans-theme.md:2 themes required',
      ].sort(),
    );
    for (const problem of errors) expect(Object.keys(problem)).toEqual(expect.arrayContaining(['file', 'rule', 'message', 'severity']));
  });

  it('names each misused directive of the docs at its file, line and column, and leaves the ones written right alone', async () => {
    const outcome = await check(await siteWithDirectiveMistakes(), '--json');
    expect(outcome.code).toBe(1);
    const {errors} = JSON.parse(outcome.stdout) as {errors: Problem[]};
    const directives = errors.filter((problem) => problem.file === 'docs/guide.md' || problem.file === 'docs/offres/intervision-dd.md');
    expect(directives.map((problem) => `${problem.file}:${problem.line ?? ''}:${problem.column ?? ''} ${problem.rule}`)).toEqual([
      'docs/guide.md:5:9 theme-ambiguous',
      'docs/guide.md:5:41 theme-unknown',
      'docs/guide.md:7:1 directive-unknown',
      'docs/guide.md:19:1 directive-attribute',
      'docs/guide.md:21:1 directive-target',
    ]);
    expect(directives[2]?.message).toBe('unknown directive "situatoin"; did you mean :::situation?');
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
