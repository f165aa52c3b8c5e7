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

/** An element the keyboard focus stopped on: how to name it in a message, and whether the focus shows on it. */
export interface FocusStop {
  element: string;
  focusShows: boolean;
}

/** The focused element, and whether an outline or a box shadow shows the focus. */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    const shadow = style.boxShadow !== 'none';
    const classes = (element.getAttribute('class') ?? '').split(' ').filter((className) => className !== '');
    const name = `${element.tagName.toLowerCase()}${element.id === '' ? '' : `#${element.id}`}${classes.map((className) => `.${className}`).join('')}`;
    return {element: `${name} "${(element.textContent ?? '').trim().slice(0, 40)}"`, focusShows: outline || shadow};
  });
}

/** Whether the focused element matches `selector`. */
export function focusIsOn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((wanted) => document.activeElement?.matches(wanted) === true, selector);
}

/**
 * Presses Tab until the focused element matches `selector`, as a keyboard user would, and returns every stop on the
 * way (the last one included). Throws when `limit` presses do not reach it.
 */
export async function tabUntil(page: Page, selector: string, limit = 120): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    stops.push(await focusStop(page));
    if (await focusIsOn(page, selector)) return stops;
  }
  throw new Error(`${limit} presses on Tab did not reach ${selector}; the focus went through ${stops.map((stop) => stop.element).join(', ')}`);
}
