/**
 * The site's pages run under the Content-Security-Policy the plugin writes into
 * them: every page of every locale works without one violation, and a script
 * that is not the theme's (here, one added by the test) is refused.
 */
import type {Page} from 'playwright-core';
import {demoKnowledgeBase} from '../setup/knowledge-base';
import {testSite} from '../setup/site';
import {useBrowserPage, waitForHydration} from './browser';

jest.setTimeout(180_000);

const session = useBrowserPage();

interface Violation {
  directive: string;
  blocked: string;
  page: string;
}

declare global {
  interface Window {
    passerellesViolations?: Violation[];
    passerellesInjectedScriptRan?: boolean;
  }
}

/** Records every violation of the page's policy from the first script on; the test's own init script is outside the policy. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.passerellesViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.passerellesViolations?.push({directive: event.violatedDirective, blocked: event.blockedURI, page: location.pathname});
    });
  });
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => window.passerellesViolations ?? []);
}

async function visit(page: Page, pathname: string): Promise<void> {
  await page.goto(testSite().baseUrl + pathname);
  await waitForHydration(page);
}

describe('the Content-Security-Policy of the built site', () => {
  it('is the first thing in every page’s head after the charset', async () => {
    const {page} = session;
    const response = await page.request.get(`${testSite().baseUrl}/thematiques/double-diagnostic/`);
    const html = await response.text();
    expect(html).toMatch(/<head>\s*<meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-[^']+'/);
    expect(html.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
  });

  it.each(['', '/nl', '/en'])('lets every kind of page of the locale “%s” work without a violation', async (prefix) => {
    const {page} = session;
    const {items} = await demoKnowledgeBase();
    const vignette = items.find((item) => item.kind === 'vignette');
    const offer = items.find((item) => item.kind === 'formation');
    if (vignette === undefined || offer === undefined) throw new Error('the demo site has no vignette or no formation');
    await recordViolations(page);

    const pages = [
      '/',
      '/thematiques/',
      '/thematiques/double-diagnostic/',
      '/offres/?theme=double-diagnostic',
      '/structures/',
      '/concertations/',
      '/donnees/',
    ];
    const permalinks = [vignette.permalink, offer.permalink].map((permalink) => `${prefix}${permalink}`);
    for (const pathname of [...pages.map((pathname) => `${prefix}${pathname}`), ...permalinks]) {
      await visit(page, pathname);
    }
    await visit(page, `${prefix}/recherche/?q=double%20diagnostic`);
    // The index and its text shards have loaded: results are shown.
    await page.locator('.passerelles-search__result').first().waitFor();

    await visit(page, `${prefix}/carte/`);
    await page.locator('.passerelles-map__graph canvas').first().waitFor();

    await visit(page, `${prefix}/contribuer/`);
    await page.locator('select').first().selectOption('vignette');

    expect(await violations(page)).toEqual([]);
  });

  it('refuses an inline script the theme did not put on every page', async () => {
    const {page} = session;
    await recordViolations(page);
    await visit(page, '/thematiques/double-diagnostic/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.passerellesInjectedScriptRan = true;';
      document.body.append(script);
    });
    await page.waitForFunction(() => (window.passerellesViolations ?? []).length > 0);
    expect(await page.evaluate(() => window.passerellesInjectedScriptRan)).toBeUndefined();
    expect(await violations(page)).toEqual([expect.objectContaining({directive: 'script-src-elem', blocked: 'inline'})]);
  });
});
