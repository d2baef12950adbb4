import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../../scripts/lib/browsers';
import { CHROME_BUILD } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension, a fresh profile, and every host name resolved to
 * this machine, so news-site URLs reach the local fixture server and nothing leaves the machine.
 */
export async function launchChromium(options: { headless?: boolean; extensionDir?: string } = {}): Promise<ChromiumSession> {
  const ext = options.extensionDir ?? CHROME_BUILD;
  const profile = mkdtempSync(join(tmpdir(), 'siyaq-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium().path,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * 127.0.0.1',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
