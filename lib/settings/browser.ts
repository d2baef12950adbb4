import { browser } from 'wxt/browser';
import type { StorageArea, WatchedArea } from './area';

/**
 * Where the tab session lives in this browser: storage.session, or storage.local in one without
 * it (its entries are then removed with their tab instead of with the browser session).
 */
export function browserSession(): WatchedArea & { area: StorageArea } {
  const session = browser.storage.session;
  return session
    ? { area: session, name: 'session', events: browser.storage.onChanged }
    : { area: browser.storage.local, name: 'local', events: browser.storage.onChanged };
}
