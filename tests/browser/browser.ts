/** Debian's Chromium driven by playwright-core: no browser is downloaded. */
import {chromium, type Browser, type Page} from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One browser for a test file and a fresh page for each test:
 * `const session = useBrowserPage();` then `session.page` and `session.browser` inside tests.
 */
export function useBrowserPage(): {readonly browser: Browser; readonly page: Page} {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await browser?.newPage();
  });
  afterEach(async () => {
    await page?.close();
  });
  const required = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`no ${name}: useBrowserPage() must be called at the top of a test file`);
    return value;
  };
  return {
    get browser() {
      return required(browser, 'browser');
    },
    get page() {
      return required(page, 'page');
    },
  };
}

/** Waits until React has taken over the server-rendered page. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
}
