import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from './browsers';
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

export interface FirefoxOptions {
  /** Default true; a window (false) for the demo. */
  headless?: boolean;
  extensionDir?: string;
  executablePath?: string;
  /** Host names resolved to this machine; every host when not given (then nothing leaves it). */
  localHosts?: readonly string[];
}

/** firefox-esr over WebDriver BiDi with the built add-on installed temporarily. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'siyaq-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? findFirefox().path,
    headless: options.headless ?? true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    defaultViewport: options.headless === false ? null : { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // News-site URLs reach the fixture server: every host name, or the ones listed.
      ...(options.localHosts ? { 'network.dns.localDomains': options.localHosts.join(',') } : { 'network.dns.forceResolve': '127.0.0.1' }),
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
      // A wait that starts while BiDi swaps the blank page's realm for the extension page's can
      // die on a protocol error (seen in CI, and again on a busy machine, where the same tab
      // kept failing); the page is then opened in a fresh tab, up to 3 times. A page that never
      // renders still fails, on the last attempt.
      for (let attempt = 1; ; attempt++) {
        const page = await browser.newPage();
        page.goto(`${extensionBase}/${path}`).catch(() => {});
        try {
          await page.waitForSelector(readySelector, { timeout: 15_000 });
          return page;
        } catch (e) {
          if (attempt === 3) throw e;
          await page.close().catch(() => {});
        }
      }
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
