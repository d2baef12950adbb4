import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface FoundBrowser {
  path: string;
}

export type BrowserName = 'chromium' | 'firefox';

const CHROMIUMS = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const FIREFOXES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export const INSTALL_HINT: Record<BrowserName, string> = {
  chromium:
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) or set CHROME_PATH to its executable.',
  firefox: 'No Firefox found. Install it (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to its executable.',
};

/** The one installer of the project (also run by .ci/run): apt-get on Debian and Ubuntu, else a hint. */
export const INSTALL_SCRIPT = join(import.meta.dirname, 'install-browsers.sh');

function first(candidates: (string | undefined)[]): string | undefined {
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** Chrome or Chromium on this machine; throws with the install command when there is none. */
export function findChromium(): FoundBrowser {
  const path = first(CHROMIUMS);
  if (!path) throw new Error(INSTALL_HINT.chromium);
  return { path };
}

export function findFirefox(): FoundBrowser {
  const path = first(FIREFOXES);
  if (!path) throw new Error(INSTALL_HINT.firefox);
  return { path };
}

export interface EnsureOptions {
  /** Where to look; the usual places when not given. */
  candidates?: (string | undefined)[];
  /** The installer's environment (PATH with a fake apt-get, in the tests). */
  env?: NodeJS.ProcessEnv;
}

/**
 * The browser's executable, installed first when it is missing and this is Linux (the installer
 * prints each command it runs; on a system other than Debian or Ubuntu it prints the hint). Throws
 * with the install hint when there is still none.
 */
export function ensureBrowser(name: BrowserName, options: EnsureOptions = {}): FoundBrowser {
  const candidates = options.candidates ?? (name === 'chromium' ? CHROMIUMS : FIREFOXES);
  const found = first(candidates);
  if (found) return { path: found };
  if (process.platform !== 'linux') throw new Error(INSTALL_HINT[name]);
  const bash = existsSync('/bin/bash') ? '/bin/bash' : 'bash';
  const run = spawnSync(bash, [INSTALL_SCRIPT, name], { stdio: ['ignore', 'inherit', 'inherit'], env: options.env ?? process.env });
  const path = run.status === 0 ? first(candidates) : undefined;
  if (!path) throw new Error(run.status === 0 ? `${INSTALL_HINT[name]} (installed, but not found where Siyaq looks)` : INSTALL_HINT[name]);
  return { path };
}
