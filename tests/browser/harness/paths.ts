import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
export const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
export const ARTIFACTS = join(ROOT, 'artifacts');
export const GECKO_ID = 'siyaq@siyaq.app';
