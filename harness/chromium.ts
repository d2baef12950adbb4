import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findChromium } from './browsers';
import { CHROME_BUILD } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** Default true. A window (false) gets the screen's size and no automation banner: the demo. */
  headless?: boolean;
  extensionDir?: string;
  /** The executable; found on this machine when not given. */
  executablePath?: string;
  /** Host names resolved to this machine; every host when not given (then nothing leaves it). */
  localHosts?: readonly string[];
}

/**
 * Debian's Chromium with the built extension, a fresh profile, and every host name resolved to
 * this machine, so news-site URLs reach the local fixture server and nothing leaves the machine.
 */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const ext = options.extensionDir ?? CHROME_BUILD;
  const headless = options.headless ?? true;
  const profile = mkdtempSync(join(tmpdir(), 'siyaq-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? findChromium().path,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    locale: 'en-US',
    args: [
      // Chromium's sandbox cannot start as root; a person's own window keeps it.
      ...(headless || process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${(options.localHosts ?? ['*']).map((h) => `MAP ${h} 127.0.0.1`).join(',')}`,
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
    ...(headless ? {} : { ignoreDefaultArgs: ['--enable-automation'] }),
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
