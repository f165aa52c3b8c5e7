/**
 * An author's mistake stops `docusaurus build` with the list of problems,
 * without a stack trace, and without writing a build.
 */
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {siteDir} from './setup/site';

const docusaurusBin = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

/** A small site inside the repository, so that it resolves Docusaurus and the plugin from node_modules. */
async function brokenSite(): Promise<string> {
  const parent = path.join(siteDir, 'node_modules', '.cache', 'passerelles-tests');
  await mkdir(parent, {recursive: true});
  const dir = await mkdtemp(path.join(parent, 'broken-'));
  await mkdir(path.join(dir, 'docs'), {recursive: true});
  await writeFile(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = {
  title: 'Broken', url: 'https://broken.example.org', baseUrl: '/',
  presets: [['classic', {docs: {sidebarPath: false}, blog: false, pages: false}]],
  plugins: [['docusaurus-plugin-passerelles', {taxonomyPath: ${JSON.stringify(path.join(siteDir, 'themes.yml'))}}]],
};
`,
  );
  await writeFile(path.join(dir, 'docs', 'ok.md'), '# Une page ordinaire\n');
  await writeFile(
    path.join(dir, 'docs', 'offre.md'),
    '---\nkind: intervision\ntitle: Intervision\nsummary: "x"\norganizer: x\nthemes: [dubbele diagnose]\naudience: [x]\nlanguages: [fr]\nbasin: nord\nformat: presentiel\ncost: gratuit\nregistration: "https://example.org"\nsessions:\n  - start: "2027-01-10 14:00"\n    end: "2027-01-10 12:00"\n---\n\nTexte.\n',
  );
  return dir;
}

describe('docusaurus build on a site with content errors', () => {
  it('lists every problem with file, line and field, prints no stack trace, and writes no build', async () => {
    const dir = await brokenSite();
    const outDir = path.join(dir, 'build');
    const result = spawnSync(process.execPath, [docusaurusBin, 'build', dir, '--out-dir', outDir], {
      cwd: siteDir,
      encoding: 'utf8',
      env: {...process.env, NODE_ENV: 'production'},
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(1);
    // The site's default locale is English, so are its messages.
    expect(output).toContain(
      'docs/offre.md:6 themes[0]: "dubbele diagnose" names several themes; choose the id you mean among "double-diagnostic", "deficience-intellectuelle"',
    );
    expect(output).toContain('docs/offre.md:15 sessions[0].end: the end (2027-01-10T12:00:00+01:00) is before the start (2027-01-10T14:00:00+01:00)');
    expect(output).toContain('Passerelles: 2 error(s) in 1 file(s)');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);
});
