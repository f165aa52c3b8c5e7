/**
 * Accessibility: axe-core on the pages a reader uses, in every locale the site builds, in the light and the dark
 * theme; and what a practitioner prints of a vignette before an intervision.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {AxeBuilder} from '@axe-core/playwright';
import type {Result} from 'axe-core';
import type {Page} from 'playwright-core';
import {themeLabel} from '../../plugins/docusaurus-plugin-passerelles/src/shared/taxonomy';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {testSite} from '../setup/site';
import {useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(120_000);

const session = useBrowserPage();

/** The path prefix of each locale of the build, read from the home page's hreflang links (the config's locales). */
function builtLocales(): {locale: string; prefix: string}[] {
  const home = readFileSync(path.join(testSite().buildDir, 'index.html'), 'utf8');
  const links = [...home.matchAll(/<link[^>]*rel="alternate"[^>]*href="([^"]+)"[^>]*hreflang="([^"]+)"/g)];
  return links
    .filter(([, , hreflang]) => hreflang !== 'x-default')
    .map(([, href = '', hreflang = '']) => ({locale: hreflang, prefix: new URL(href).pathname.replace(/\/$/, '')}));
}

/** A vignette with situation and questions written as directives. */
const vignetteId = 'vignettes/des-manches-longues-en-juin';
const vignettePath = `/docs/${vignetteId}/`;

interface AuditedPage {
  name: string;
  path: string;
  /** What the page must show before it is audited, once hydrated. */
  ready?: (page: Page) => Promise<void>;
  /** Its markup does not change with the language: audited in the default locale only, to keep the suite short. */
  defaultLocaleOnly?: true;
}

const audited: AuditedPage[] = [
  {name: 'home', path: '/'},
  {name: 'themes', path: '/thematiques/', defaultLocaleOnly: true},
  {name: 'theme hub', path: '/thematiques/double-diagnostic/'},
  {name: 'vignette', path: vignettePath},
  {name: 'catalogue', path: '/offres/'},
  {
    name: 'search with results',
    path: '/recherche/?q=double%20diagnostic',
    ready: (page) => page.locator('.passerelles-search__result').first().waitFor(),
  },
  {
    name: 'contribution form',
    path: '/contribuer/',
    // An offer: the kind with the most fields (sessions, cost, registration…).
    ready: async (page) => {
      await page.locator('#passerelles-contribute-kind').selectOption('formation');
      await page.locator('.passerelles-field--cost').waitFor();
    },
  },
  {name: 'structures', path: '/structures/', defaultLocaleOnly: true},
  {name: 'concertations', path: '/concertations/', defaultLocaleOnly: true},
  {
    name: 'map',
    path: '/carte/',
    ready: (page) => page.locator('.passerelles-map__graph canvas').first().waitFor(),
    defaultLocaleOnly: true,
  },
  {
    name: 'data',
    path: '/donnees/',
    ready: (page) => page.locator('.passerelles-data__chart .recharts-surface').first().waitFor(),
    defaultLocaleOnly: true,
  },
];

const blocking = new Set(['serious', 'critical']);

/**
 * A line per element that breaks a serious or critical rule: what, where, and how to fix it. No rule is disabled and
 * no element left out: each violation found so far was fixed where it came from.
 */
function blockingProblems(violations: Result[], where: string): string[] {
  return violations
    .filter((violation) => blocking.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map((node) => `${where}: [${violation.impact}] ${violation.id} on ${node.target.join(' ')} — ${violation.help} (${violation.helpUrl})\n    ${node.failureSummary ?? ''}`),
    );
}

/** The rules whose outcome depends on colours: all the dark theme can change once the light one passed every rule. */
const colourRules = ['color-contrast', 'link-in-text-block'];

async function audit(page: Page, where: string, rules?: string[]): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of gathering frames' results in a second blank page: three times
  // faster, and the site has no cross-origin frame it would miss. Only violations are gathered whole.
  const builder = new AxeBuilder({page}).setLegacyMode(true).options({resultTypes: ['violations']});
  if (rules !== undefined) builder.withRules(rules);
  const {violations} = await builder.analyze();
  return blockingProblems(violations, where);
}

describe.each(builtLocales())('axe-core in $locale', ({locale, prefix}) => {
  const isDefaultLocale = prefix === '';

  it.each(audited.filter((entry) => isDefaultLocale || entry.defaultLocaleOnly !== true))('finds no serious or critical violation on the $name page', async ({name, path: pagePath, ready}) => {
    const {page} = session;
    await page.goto(`${testSite().baseUrl}${prefix}${pagePath}`);
    await waitForHydration(page);
    await ready?.(page);
    const problems = await audit(page, `${name} (${locale}, light)`);

    // Colours do not depend on the language: the dark theme is audited once, in the default locale.
    if (isDefaultLocale) {
      await page.emulateMedia({colorScheme: 'dark'});
      await page.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark');
      problems.push(...(await audit(page, `${name} (${locale}, dark)`, colourRules)));
    }
    expect(problems).toEqual([]);
  });
});

describe('a vignette on paper', () => {
  it('keeps its title, summary, themes and questions, black on white, without the site around it', async () => {
    const {page} = session;
    const {items, taxonomy} = await demoKnowledgeBase();
    const vignette = items.find((item) => item.id === vignetteId);
    if (vignette?.kind !== 'vignette') throw new Error(`no vignette ${vignetteId} in the demo knowledge base`);
    const themes = vignette.themes.map((id) => {
      const theme = taxonomy?.themes.find((candidate) => candidate.id === id);
      if (theme === undefined) throw new Error(`no theme ${id} in the demo taxonomy`);
      return themeLabel(theme, 'fr');
    });
    const questionsBlock = /^:::questions\n([\s\S]*?)^:::$/m.exec(vignette.text)?.[1] ?? '';
    const questions = [...questionsBlock.matchAll(/^- (.+)$/gm)].map(([, question = '']) => question.trim());
    expect(questions.length).toBeGreaterThan(2);

    // A reader in the dark theme prints too: the paper is still white and the text black.
    await page.emulateMedia({colorScheme: 'dark'});
    await page.goto(`${testSite().baseUrl}${vignettePath}`);
    await waitForHydration(page);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark');
    await page.emulateMedia({media: 'print', colorScheme: 'dark'});

    const hidden = [
      '.navbar',
      '.passerelles-searchbar__input',
      '.theme-doc-sidebar-container',
      '.theme-doc-breadcrumbs',
      '.theme-doc-toc-desktop',
      '.theme-doc-toc-mobile',
      '.theme-edit-this-page',
      '.pagination-nav',
      '.theme-back-to-top-button',
      '.passerelles-see-also',
      '.theme-layout-footer',
    ];
    const shown = async (selector: string): Promise<boolean> => {
      const matches = await page.locator(selector).all();
      const visible = await Promise.all(matches.map((match) => match.isVisible()));
      return visible.includes(true);
    };
    const stillShown: string[] = [];
    for (const selector of hidden) if (await shown(selector)) stillShown.push(selector);
    expect(stillShown).toEqual([]);

    const printed = [
      page.getByRole('heading', {level: 1, name: vignette.title, exact: true}),
      page.locator('.passerelles-item-header__summary').getByText(vignette.summary, {exact: true}),
      ...themes.map((label) => page.locator('.passerelles-item-header .passerelles-chips').getByText(label, {exact: true})),
      page.locator('.passerelles-section--questions').getByRole('heading', {level: 2}),
      ...questions.map((question) => page.locator('.passerelles-section--questions li').getByText(question, {exact: true})),
    ];
    const colours: string[] = [];
    for (const text of printed) {
      await expect(text.isVisible()).resolves.toBe(true);
      colours.push(
        await text.evaluate((element) => {
          let background = 'rgba(0, 0, 0, 0)';
          for (let node: Element | null = element; node !== null && background === 'rgba(0, 0, 0, 0)'; node = node.parentElement) {
            background = getComputedStyle(node).backgroundColor;
          }
          return `${getComputedStyle(element).color} on ${background}`;
        }),
      );
    }
    expect(new Set(colours)).toEqual(new Set(['rgb(0, 0, 0) on rgb(255, 255, 255)']));

    // The text takes the width the sidebar and the table of contents left.
    const width = await page.locator('.theme-doc-markdown').evaluate((element) => element.getBoundingClientRect().width / window.innerWidth);
    expect(width).toBeGreaterThan(0.8);
  });
});
