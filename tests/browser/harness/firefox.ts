import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/lib/browsers';
import { FIREFOX_BUILD, GECKO_ID } from './paths';

export interface FirefoxSession {
  browser: Browser;
  /** Base URL of the extension's pages, pinned by the uuid preference. */
  extensionBase: string;
  newPage(): Promise<Page>;
  /** Opens an extension page; puppeteer never sees such navigations finish, so it does not wait. */
  openExtensionPage(path: string, readySelector: string): Promise<Page>;
  close(): Promise<void>;
}

/** firefox-esr over WebDriver BiDi with the built add-on installed temporarily. */
export async function launchFirefox(options: { extensionDir?: string } = {}): Promise<FirefoxSession> {
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'siyaq-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox().path,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Every host name resolves to this machine: news-site URLs reach the fixture server.
      'network.dns.forceResolve': '127.0.0.1',
      'network.dns.disableIPv6': true,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'browser.fixup.alternate.enabled': false,
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.installExtension(options.extensionDir ?? FIREFOX_BUILD);
  const extensionBase = `moz-extension://${uuid}`;
  return {
    browser,
    extensionBase,
    newPage: () => browser.newPage(),
    async openExtensionPage(path, readySelector) {
      const page = await browser.newPage();
      // A wait that starts while BiDi swaps the blank page's realm for the extension page's can
      // die on a protocol error (seen once in CI); the page is then loaded again, up to 3 times.
      // A page that never renders still fails, on the last attempt.
      for (let attempt = 1; ; attempt++) {
        page.goto(`${extensionBase}/${path}`).catch(() => {});
        try {
          await page.waitForSelector(readySelector, { timeout: 15_000 });
          return page;
        } catch (e) {
          if (attempt === 3) throw e;
        }
      }
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
