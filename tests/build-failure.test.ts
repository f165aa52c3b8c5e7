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
async function smallSite(customFields: Record<string, string> = {}): Promise<string> {
  const parent = path.join(siteDir, 'node_modules', '.cache', 'passerelles-tests');
  await mkdir(parent, {recursive: true});
  const dir = await mkdtemp(path.join(parent, 'site-'));
  await mkdir(path.join(dir, 'docs'), {recursive: true});
  await writeFile(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = {
  title: 'Small', url: 'https://small.example.org', baseUrl: '/', onBrokenLinks: 'ignore', customFields: ${JSON.stringify(customFields)},
  presets: [['classic', {docs: {sidebarPath: false}, blog: false, pages: false}]],
  plugins: [['docusaurus-plugin-passerelles', {taxonomyPath: ${JSON.stringify(path.join(siteDir, 'themes.yml'))}}]],
};
`,
  );
  await writeFile(path.join(dir, 'docs', 'ok.md'), '# Une page ordinaire\n');
  return dir;
}

function build(dir: string, environment: NodeJS.ProcessEnv): {status: number | null; output: string; outDir: string} {
  const outDir = path.join(dir, 'build');
  const result = spawnSync(process.execPath, [docusaurusBin, 'build', dir, '--out-dir', outDir], {
    cwd: siteDir,
    encoding: 'utf8',
    // These small sites live inside the repository, whose webpack cache they would otherwise share.
    env: {...process.env, NODE_ENV: 'production', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', ...environment},
  });
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir};
}

async function brokenSite(): Promise<string> {
  const dir = await smallSite();
  await writeFile(
    path.join(dir, 'docs', 'offre.md'),
    '---\nkind: intervision\ntitle: Intervision\nsummary: "x"\norganizer: x\nthemes: [dubbele diagnose]\naudience: [x]\nlanguages: [fr]\nbasin: nord\nformat: presentiel\ncost: gratuit\nregistration: "https://example.org"\nsessions:\n  - start: "2027-01-10 14:00"\n    end: "2027-01-10 12:00"\n---\n\nTexte.\n',
  );
  return dir;
}

describe('docusaurus build on a site with content errors', () => {
  it('lists every problem with file, line and field, prints no stack trace, and writes no build', async () => {
    const {status, output, outDir} = build(await brokenSite(), {});
    expect(status).toBe(1);
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

describe('docusaurus build and identifying data', () => {
  const vignette = (body: string, frontMatter = ''): string =>
    `---\nkind: vignette\ntitle: Un soir\nsummary: Une visite à domicile.\nthemes: [migration]\n${frontMatter}---\n\n## Situation\n\n${body}\n\n## Questions\n\n- Que faire ?\n`;

  it('refuses a vignette with a phone number: file, line, column, rule, the number masked', async () => {
    const dir = await smallSite();
    await writeFile(path.join(dir, 'docs', 'vignette.md'), vignette('Sa sœur a laissé son numéro : 0472 98 76 54, au cas où.'));
    const {status, output, outDir} = build(dir, {});
    expect(status).toBe(1);
    expect(output).toContain('docs/vignette.md:10:31 possible phone number: "0••2 •• •• ••"');
    expect(output).toContain('[privacy-phone]');
    expect(output).not.toMatch(/0472 ?98 ?76 ?54/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);

  it('refuses a draft whose page the site would publish', async () => {
    const dir = await smallSite();
    await writeFile(path.join(dir, 'docs', 'vignette.md'), vignette('Une visite.', 'status: brouillon\n'));
    const {status, output} = build(dir, {});
    expect(status).toBe(1);
    expect(output).toContain('docs/vignette.md status: this item is a draft ("status: brouillon") but its page would be published');
  }, 120_000);
});

describe('docusaurus build and misused directives', () => {
  /** The small site with a blog, the directives' remark plugin listed for docs and blog as the demo lists it. */
  async function siteWithDirectives(): Promise<string> {
    const dir = await smallSite();
    await mkdir(path.join(dir, 'blog'), {recursive: true});
    await writeFile(
      path.join(dir, 'docusaurus.config.js'),
      `const directives = require('docusaurus-plugin-passerelles/remark-directives').default;
module.exports = {
  title: 'Small', url: 'https://small.example.org', baseUrl: '/', onBrokenLinks: 'ignore',
  presets: [['classic', {
    docs: {sidebarPath: false, remarkPlugins: [directives]},
    blog: {remarkPlugins: [directives], onInlineAuthors: 'ignore', onUntruncatedBlogPosts: 'ignore'},
    pages: false,
  }]],
  plugins: [['docusaurus-plugin-passerelles', {taxonomyPath: ${JSON.stringify(path.join(siteDir, 'themes.yml'))}}]],
};
`,
    );
    return dir;
  }

  it('lists the directive mistakes of the docs with file, line and column before compiling anything', async () => {
    const dir = await siteWithDirectives();
    await writeFile(path.join(dir, 'docs', 'module.md'), '---\ntitle: Un module\n---\n\nVoir la :theme[migratoin].\n\n::offres{kind=formation}\n');
    const {status, output, outDir} = build(dir, {});
    expect(status).toBe(1);
    expect(output).toContain('docs/module.md:5:9 theme "migratoin" is not in the taxonomy; closest themes: "migration"');
    expect(output).toContain('docs/module.md:7:1 the directive "offres" needs "theme"');
    expect(output).toContain('Passerelles: 2 error(s) in 1 file(s)');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);

  it('stops on a misused directive in a blog post, naming the file and the line', async () => {
    const dir = await siteWithDirectives();
    await writeFile(path.join(dir, 'docs', 'ok.md'), '# Une page ordinaire\n\nVoir la :theme[migration].\n');
    await writeFile(path.join(dir, 'blog', '2026-01-05-billet.md'), '---\ntitle: Un billet\n---\n\nTexte.\n\n::offres{theme=migration limit=zéro}\n');
    const {status, output, outDir} = build(dir, {});
    expect(status).toBe(1);
    expect(output).toContain(
      'blog/2026-01-05-billet.md:7:1 the directive "offres" does not accept limit="zéro"; for example ::offres{theme=prevention-suicide kind=formation limit=5} [directive-attribute]',
    );
    expect(existsSync(outDir)).toBe(false);
  }, 180_000);
});

describe('docusaurus build and the secrets of its environment', () => {
  const adminKey = 'f4ke0adm1n0key0for0tests0only000';

  it('refuses a site config that carries the Algolia admin key', async () => {
    const dir = await smallSite({algoliaKey: adminKey});
    const {status, output, outDir} = build(dir, {ALGOLIA_ADMIN_API_KEY: adminKey});
    expect(status).toBe(1);
    expect(output).toContain('the secret value of ALGOLIA_ADMIN_API_KEY is in the site config');
    expect(output).not.toContain(adminKey);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);

  it('fails a build whose pages would publish a secret, naming the file', async () => {
    const dir = await smallSite();
    await writeFile(path.join(dir, 'docs', 'fuite.md'), `# Fuite\n\nUne clé collée par erreur : ${adminKey}\n`);
    const {status, output} = build(dir, {ALGOLIA_ADMIN_API_KEY: adminKey, DEPLOY_TOKEN: 'another-fake-secret-value'});
    expect(status).toBe(1);
    expect(output).toMatch(/build\/docs\/fuite\/index\.html.*the secret value of ALGOLIA_ADMIN_API_KEY is in this file of the build/);
    expect(output).not.toContain('another-fake-secret-value');
  }, 180_000);
});
