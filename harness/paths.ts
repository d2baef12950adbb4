import { join, resolve } from 'node:path';

/** Where the harness finds the project: the checkout, its builds, its fixture pages, ../shared. */
export const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
export const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
/** Read-only material beside the checkout (the seed article's text, real saved pages); may be absent. */
export const SHARED = join(ROOT, '..', 'shared', 'fixtures');
export const REAL = join(SHARED, 'real-pages');
export const ARTIFACTS = join(ROOT, 'artifacts');
export const GECKO_ID = 'siyaq@siyaq.app';
