import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { type ChromiumSession, launchChromium } from './chromium';
import { type FirefoxSession, launchFirefox } from './firefox';

/**
 * The little the scenarios need from a browser, the same for Chromium (Playwright) and Firefox
 * (Puppeteer over WebDriver BiDi), so each scenario is written once and runs in both.
 */
export interface Tab {
  goto(url: string): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  move(x: number, y: number): Promise<void>;
  /** Makes this the active tab of its window. */
  front(): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: 'chromium' | 'firefox';
  newTab(): Promise<Tab>;
  /** An extension page (sidepanel.html, options.html), ready when `selector` is there. */
  extensionTab(path: string, selector: string): Promise<Tab>;
  close(): Promise<void>;
}

function playwrightTab(page: PlaywrightPage): Tab {
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 20_000) => void (await page.waitForFunction(fn as never, arg, { timeout })),
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

function puppeteerTab(page: PuppeteerPage, navigate = true): Tab {
  return {
    goto: async (url) => {
      if (navigate) await page.goto(url);
      else page.goto(url).catch(() => {});
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 20_000) => void (await page.waitForFunction(fn as never, { timeout }, arg)),
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function chromiumDriver(): Promise<BrowserDriver> {
  const s: ChromiumSession = await launchChromium();
  return {
    name: 'chromium',
    newTab: async () => playwrightTab(await s.newPage()),
    async extensionTab(path, selector) {
      const page = await s.newPage();
      await page.goto(`chrome-extension://${s.extensionId}/${path}`);
      await page.waitForSelector(selector, { timeout: 20_000 });
      return playwrightTab(page);
    },
    close: () => s.close(),
  };
}

export async function firefoxDriver(): Promise<BrowserDriver> {
  const s: FirefoxSession = await launchFirefox();
  return {
    name: 'firefox',
    newTab: async () => puppeteerTab(await s.newPage()),
    async extensionTab(path, selector) {
      return puppeteerTab(await s.openExtensionPage(path, selector), false);
    },
    close: () => s.close(),
  };
}
