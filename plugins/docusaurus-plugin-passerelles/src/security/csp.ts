/**
 * A Content-Security-Policy `<meta>` written into every built page, so that a
 * script pasted into content never runs even if something rendered it as markup.
 *
 * Inline scripts are allowed by their hash only when every page of the build
 * carries them: those come from the theme, the site config or a plugin (the
 * colour-mode script, for instance). A script only some pages carry came from
 * their content, and the policy refuses it.
 */
import {createHash} from 'node:crypto';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {safeGlobby} from '@docusaurus/utils';
import {parse} from 'parse5';
import type {AlgoliaSearchConfig} from '../shared/search/backend';

/** Extra sources per directive, added to the defaults: `{'img-src': ['https://images.example.org']}`. */
export type PolicySources = Readonly<Record<string, readonly string[]>>;

const defaultSources: PolicySources = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // React writes style attributes into the server-rendered pages.
  'style-src': ["'self'", "'unsafe-inline'"],
  // The theme's icons are data: URLs in its CSS.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

const algoliaHosts = ['https://*.algolia.net', 'https://*.algolianet.com'];

interface PolicyInput {
  scriptHashes: readonly string[];
  sources: PolicySources;
  algolia?: AlgoliaSearchConfig;
}

export function policyText({scriptHashes, sources, algolia}: PolicyInput): string {
  const directives = new Map<string, string[]>(Object.entries(defaultSources).map(([name, values]) => [name, [...values]]));
  const add = (name: string, values: readonly string[]) => {
    const current = directives.get(name) ?? [];
    directives.set(name, [...current, ...values.filter((value) => !current.includes(value))]);
  };
  add('script-src', scriptHashes.map((hash) => `'${hash}'`));
  if (algolia !== undefined) add('connect-src', algoliaHosts);
  for (const [name, values] of Object.entries(sources)) add(name, values);
  return [...directives].map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

export function scriptHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

interface ParsedNode {
  nodeName: string;
  attrs?: {name: string; value: string}[];
  childNodes?: ParsedNode[];
  value?: string;
  content?: ParsedNode;
}

const javascriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The text of every inline script a browser would run: no `src`, a JavaScript type (not JSON-LD, for instance). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  const visit = (node: ParsedNode) => {
    if (node.nodeName === 'script') {
      const attribute = (name: string) => node.attrs?.find((candidate) => candidate.name === name)?.value;
      const type = (attribute('type') ?? '').trim().toLowerCase();
      if (attribute('src') === undefined && javascriptTypes.has(type)) {
        scripts.push((node.childNodes ?? []).map((child) => child.value ?? '').join(''));
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content !== undefined) visit(node.content);
  };
  visit(parse(html) as unknown as ParsedNode);
  return scripts;
}

const charsetMeta = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;
const headStart = /<head(\s[^>]*)?>/i;

/** The page with the policy as the first element of its head after the charset, before any script. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  const anchor = charsetMeta.exec(html) ?? headStart.exec(html);
  if (anchor === null) return html;
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * The inline scripts of the first page that every other page carries too.
 * Parsing one page suffices: a script missing from it is not on every page.
 * On the others, the script's text followed by its end tag can only be the
 * inside of a script element: anywhere else, the server renderer escapes `<`.
 */
export async function siteWideScripts(pages: AsyncIterable<string>): Promise<string[]> {
  let candidates: string[] | undefined;
  for await (const page of pages) {
    candidates = candidates === undefined ? [...new Set(inlineScripts(page))] : candidates.filter((script) => page.includes(`${script}</script>`));
  }
  return candidates ?? [];
}

async function* readEach(outDir: string, files: readonly string[]): AsyncIterable<string> {
  for (const file of files) yield await readFile(path.join(outDir, file), 'utf8');
}

export interface PolicyWriteResult {
  pages: number;
  scriptHashes: string[];
}

/**
 * The build folder of the default locale holds those of the other locales
 * (`build/nl/`): each locale's postBuild handles its own pages only.
 */
export function otherLocalesFolders(i18n: {currentLocale: string; localeConfigs: Readonly<Record<string, {baseUrl: string}>>}, baseUrl: string): string[] {
  return Object.entries(i18n.localeConfigs)
    .filter(([locale, config]) => locale !== i18n.currentLocale && config.baseUrl.startsWith(baseUrl) && config.baseUrl !== baseUrl)
    .map(([, config]) => `${config.baseUrl.slice(baseUrl.length).replace(/\/$/, '')}/**`);
}

/** Adds the policy meta to every HTML file of a locale's build: one pass to find the site-wide scripts, one to write. */
export async function writeContentSecurityPolicy(
  outDir: string,
  options: Omit<PolicyInput, 'scriptHashes'> & {ignore: readonly string[]},
): Promise<PolicyWriteResult> {
  const files = (await safeGlobby(['**/*.html'], {cwd: outDir, ignore: [...options.ignore]})).sort();
  const scriptHashes = (await siteWideScripts(readEach(outDir, files))).map(scriptHash);
  const policy = policyText({...options, scriptHashes});
  for (const file of files) {
    const page = path.join(outDir, file);
    await writeFile(page, withPolicyMeta(await readFile(page, 'utf8'), policy));
  }
  return {pages: files.length, scriptHashes};
}
