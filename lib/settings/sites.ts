import { type Item, readItem, type StorageArea, writeItem } from './area';
import { DISABLED_SITES, ENABLED_SITES } from './items';

/**
 * Per-site switches the content script must read before it runs: it cannot open the extension's
 * database (IndexedDB there would be the news site's), so they live in extension storage.
 */

type Area = Pick<StorageArea, 'get' | 'set'>;

const hostKey = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** A site is off when the reader switched off it or any domain it belongs to. */
export async function isSiteDisabled(area: Pick<StorageArea, 'get'>, host: string): Promise<boolean> {
  const h = hostKey(host);
  return (await readItem(area, DISABLED_SITES)).some((d) => h === d || h.endsWith(`.${d}`));
}

async function toggle(area: Area, item: Item<string[]>, host: string, on: boolean): Promise<string[]> {
  const h = hostKey(host);
  const current = (await readItem(area, item)).filter((d) => d !== h);
  const next = on ? [...current, h].sort() : current;
  await writeItem(area, item, next);
  return next;
}

export const setSiteDisabled = (area: Area, host: string, disabled: boolean) => toggle(area, DISABLED_SITES, host, disabled);
export const setSiteEnabled = (area: Area, host: string, enabled: boolean) => toggle(area, ENABLED_SITES, host, enabled);
export const disabledSites = (area: Pick<StorageArea, 'get'>) => readItem(area, DISABLED_SITES);
export const enabledSites = (area: Pick<StorageArea, 'get'>) => readItem(area, ENABLED_SITES);

/** The match patterns of a site and its subdomains: what a content script registers and a permission asks for. */
export const siteMatches = (host: string) => [`*://${host}/*`, `*://*.${host}/*`];
