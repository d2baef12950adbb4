import { existsSync } from 'node:fs';

export interface FoundBrowser {
  path: string;
}

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
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export const INSTALL_HINT = {
  chromium:
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) or set CHROME_PATH to its executable.',
  firefox: 'No Firefox found. Install it (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to its executable.',
};

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
