import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { type ChromiumOptions, type ChromiumSession, launchChromium } from './chromium';
import { type FirefoxOptions, type FirefoxSession, launchFirefox } from './firefox';

/**
 * The little the scenarios and the demo need from a browser, the same for Chromium (Playwright)
 * and Firefox (Puppeteer over WebDriver BiDi), so each is written once and runs in both.
 */
export interface Tab {
  goto(url: string): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  waitForSelector(selector: string, timeout?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  move(x: number, y: number): Promise<void>;
  /** Clicks the first element that matches `selector` (and whose text matches `text`), with the mouse. */
  clickOn(selector: string, text?: RegExp): Promise<void>;
  /** Types `text` into the first field that matches `selector`. */
  type(selector: string, text: string): Promise<void>;
  /** Sets the size of the page's viewport, in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  /** Saves what the viewport shows as a PNG. */
  screenshot(path: string): Promise<void>;
  /** Makes this the active tab of its window. */
  front(): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: 'chromium' | 'firefox';
  newTab(): Promise<Tab>;
  /** An extension page (sidepanel.html, options.html), ready when `selector` is there. */
  extensionTab(path: string, selector: string): Promise<Tab>;
  /** Resolves when the person closes the browser's window (the demo with a display). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

export type LaunchOptions = ChromiumOptions & FirefoxOptions;
export type Launch = (options?: LaunchOptions) => Promise<BrowserDriver>;

function playwrightTab(page: PlaywrightPage): Tab {
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 20_000) => void (await page.waitForFunction(fn as never, arg, { timeout })),
    waitForSelector: async (selector, timeout = 20_000) => void (await page.waitForSelector(selector, { timeout })),
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    clickOn: (selector, text) =>
      page
        .locator(selector)
        .filter(text ? { hasText: text } : {})
        .first()
        .click(),
    type: (selector, text) => page.locator(selector).first().fill(text),
    resize: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path })),
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
    waitForSelector: async (selector, timeout = 20_000) => void (await page.waitForSelector(selector, { timeout })),
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    async clickOn(selector, text) {
      for (const el of await page.$$(selector)) {
        if (!text || text.test((await el.evaluate((e) => e.textContent)) ?? '')) return el.click();
      }
      throw new Error(`nothing to click: ${selector}${text ? ` with ${text}` : ''}`);
    },
    type: (selector, text) => page.type(selector, text),
    resize: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path })),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export const chromiumDriver: Launch = async (options = {}) => {
  const s: ChromiumSession = await launchChromium(options);
  return {
    name: 'chromium',
    newTab: async () => playwrightTab(await s.newPage()),
    async extensionTab(path, selector) {
      const page = await s.newPage();
      await page.goto(`chrome-extension://${s.extensionId}/${path}`);
      await page.waitForSelector(selector, { timeout: 20_000 });
      return playwrightTab(page);
    },
    closed: () => new Promise((done) => s.context.once('close', () => done())),
    close: () => s.close(),
  };
};

export const firefoxDriver: Launch = async (options = {}) => {
  const s: FirefoxSession = await launchFirefox(options);
  return {
    name: 'firefox',
    newTab: async () => puppeteerTab(await s.newPage()),
    async extensionTab(path, selector) {
      return puppeteerTab(await s.openExtensionPage(path, selector), false);
    },
    closed: () => new Promise((done) => s.browser.once('disconnected', () => done())),
    close: () => s.close(),
  };
};

/** Both browsers, by name, for a scenario file to run under each. */
export const DRIVERS: Record<BrowserDriver['name'], Launch> = { chromium: chromiumDriver, firefox: firefoxDriver };
