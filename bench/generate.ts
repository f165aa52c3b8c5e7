/**
 * A throw-away Docusaurus site of N generated items of every kind (vignettes
 * with their situation and questions directives, the six offer kinds with
 * sessions, concertations, structures that half the offers name), written as
 * the files authors write: front matter by the plugin's own writer, body
 * sections each kind requires, the real taxonomy. Deterministic (seeded
 * corpus of bench/corpus.ts) and valid for `passerelles:check`.
 *
 * Run alone: `npx tsx bench/generate.ts <count> [siteDir]`.
 */
import {copyFileSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {isOffer, type Item} from '../plugins/docusaurus-plugin-passerelles/src/model/items';
import {renderItemFile} from '../plugins/docusaurus-plugin-passerelles/src/shared/authoring/render';
import {requiredSections} from '../plugins/docusaurus-plugin-passerelles/src/shared/authoring/sections';
import type {Taxonomy} from '../plugins/docusaurus-plugin-passerelles/src/shared/taxonomy';
import {generateCorpus, realTaxonomy} from './corpus';

export const repositoryRoot = path.resolve(__dirname, '..');
/** Inside the repository, so that the site's config and pages resolve the repository's node_modules. */
export const benchSitesDir = path.join(repositoryRoot, 'node_modules', '.cache', 'passerelles-bench');
export const benchSeed = 20261123;
/** The date sessions are spread around, and the build date of the bench's builds. */
export const benchBuildDate = '2026-11-20T00:00:00Z';

/** The plain doc page of every generated site: no `kind`, the baseline a theme hub is compared with. */
export const plainDocPath = '/docs/intro/';

export interface GeneratedSite {
  siteDir: string;
  items: Item[];
  taxonomy: Taxonomy;
}

/** Writes `count` items into `siteDir` (emptied first), with the real taxonomy and a config with the plugin. */
export function generateSite(siteDir: string, count: number, seed = benchSeed): GeneratedSite {
  const taxonomy = realTaxonomy();
  const items = generateCorpus(taxonomy, {count, seed, around: new Date(benchBuildDate), structures: true});
  rmSync(siteDir, {recursive: true, force: true});
  mkdirSync(path.join(siteDir, 'docs'), {recursive: true});
  copyFileSync(path.join(repositoryRoot, 'themes.yml'), path.join(siteDir, 'themes.yml'));
  // Docusaurus expects one where it runs.
  writeFileSync(path.join(siteDir, 'package.json'), `${JSON.stringify({name: 'passerelles-bench-site', private: true}, null, 2)}\n`);
  // A home page, which the navbar's title links to.
  mkdirSync(path.join(siteDir, 'src', 'pages'), {recursive: true});
  writeFileSync(path.join(siteDir, 'src', 'pages', 'index.md'), '# Passerelles (bench)\n\n[Introduction](/docs/intro/)\n');
  writeFileSync(
    path.join(siteDir, 'docs', 'intro.md'),
    renderItemFile({frontMatter: {title: 'Introduction'}, body: 'Une page sans `kind` : elle ne fait pas partie de la base de connaissances.'}),
  );
  for (const item of items) {
    const file = path.join(siteDir, item.file);
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, renderItemFile({frontMatter: frontMatterOf(item), body: bodyOf(item, taxonomy)}));
  }
  writeSiteConfig(siteDir, {plugin: true});
  return {siteDir, items, taxonomy};
}

export interface SiteConfigOptions {
  /** Without it the site is the same docs with no Passerelles at all: no plugin, remark plugins or front matter parser. */
  plugin: boolean;
  /** Docusaurus' `future.faster` (Rspack, SWC, Lightning CSS). */
  faster?: boolean;
}

/** One locale (fr): the bench measures the work per locale, which the other locales repeat. */
export function writeSiteConfig(siteDir: string, {plugin, faster = false}: SiteConfigOptions): void {
  const lines = [
    ...(plugin
      ? [
          "import passerellesItemContext from 'docusaurus-plugin-passerelles/remark';",
          "import passerellesDirectives from 'docusaurus-plugin-passerelles/remark-directives';",
          "import {passerellesParseFrontMatter} from 'docusaurus-plugin-passerelles';",
        ]
      : []),
    '',
    'export default {',
    "  title: 'Passerelles (bench)',",
    "  url: 'https://passerelles.example.org',",
    "  baseUrl: '/',",
    '  trailingSlash: true,',
    "  onBrokenLinks: 'throw',",
    "  onBrokenAnchors: 'throw',",
    "  i18n: {defaultLocale: 'fr', locales: ['fr']},",
    `  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}${plugin ? ', parseFrontMatter: passerellesParseFrontMatter' : ''}},`,
    // Rendering in worker threads (part of faster) requires this v4 flag.
    ...(faster ? ['  future: {v4: {removeLegacyPostBuildHeadAttribute: true}, faster: true},'] : []),
    '  presets: [',
    "    ['classic', {docs: {" + (plugin ? 'remarkPlugins: [passerellesDirectives, passerellesItemContext]' : '') + '}, blog: false}],',
    '  ],',
    `  plugins: [${plugin ? "['docusaurus-plugin-passerelles', {}]" : ''}],`,
    '};',
    '',
  ];
  for (const name of ['docusaurus.config.ts', 'docusaurus.config.js']) rmSync(path.join(siteDir, name), {force: true});
  writeFileSync(path.join(siteDir, 'docusaurus.config.ts'), lines.join('\n'));
}

/**
 * The front matter an author writes for this item. Its texts are in lower case, as the body: the corpus
 * capitalises words of the scope notes, and a capitalised word after "partenaire" or "fils" reads as a
 * person's name to the identifying-data guard.
 */
function frontMatterOf(item: Item): Record<string, unknown> {
  // An item is its front matter, read: everything but where it comes from and its body.
  const {id: _id, file: _file, permalink: _permalink, text: _text, kind, title, summary, themes, ...fields} = item;
  const frontMatter: Record<string, unknown> = {kind, title: title.toLowerCase(), summary: summary?.toLowerCase(), themes, ...fields};
  if (item.kind === 'vignette' && item.publics.length === 0) delete frontMatter.publics;
  if (isOffer(item)) {
    // As authors write them: Brussels wall-clock time, to the minute; the structure by its id.
    frontMatter.sessions = item.sessions.map(({start, end}) => ({start: wallClock(start), end: wallClock(end)}));
    if (item.structure !== undefined) frontMatter.structure = item.structure.id;
  }
  return frontMatter;
}

function wallClock(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** The body: the item's text cut into paragraphs under the sections its kind requires, with a few directives. */
function bodyOf(item: Item, taxonomy: Taxonomy): string {
  // In lower case, as the front matter.
  const words = item.text.toLowerCase().split(' ');
  const paragraphs = Array.from({length: Math.ceil(words.length / 60)}, (_, index) => words.slice(index * 60, index * 60 + 60).join(' '));
  const [firstTheme] = item.themes;
  const label = taxonomy.themes.find((theme) => theme.id === firstTheme)?.prefLabel.fr;
  // An inline theme link, by id: some labels are shared by two themes on purpose.
  const themeLink = label === undefined ? '' : ` Voir :theme[${label.toLowerCase()}]{id=${firstTheme}}.`;
  const [opening = '', ...rest] = paragraphs;
  if (item.kind === 'vignette') {
    const questions = rest.slice(-2).map((paragraph) => `- ${paragraph.split(' ').slice(0, 12).join(' ')} ?`);
    return [':::situation', `${opening}${themeLink}`, ...rest.slice(0, -2), ':::', ':::questions', questions.join('\n'), ':::'].join('\n\n');
  }
  const headings = (requiredSections[item.kind] ?? []).map((section) => `## ${section.heading.fr}`);
  if (headings.length === 2) {
    const half = Math.ceil(rest.length / 2);
    return [`${opening}${themeLink}`, headings[0], ...rest.slice(0, half), headings[1], ...rest.slice(half)].join('\n\n');
  }
  // Training modules present their objectives and end with the theme's upcoming offers, as the guide shows.
  if (isOffer(item) && item.kind === 'formation' && firstTheme !== undefined) {
    return [`${opening}${themeLink}`, ':::objectifs', ...rest.slice(0, 1), ':::', ...rest.slice(1), `::offres{theme=${firstTheme} kind=formation limit=3}`].join('\n\n');
  }
  return [`${opening}${themeLink}`, ...rest].join('\n\n');
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 50);
  const siteDir = path.resolve(process.argv[3] ?? path.join(benchSitesDir, `site-${count}`));
  const {items} = generateSite(siteDir, count);
  process.stdout.write(`${items.length} items written to ${siteDir}\n`);
}
