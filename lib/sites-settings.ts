/**
 * Per-site switches the content script must read before it runs: it cannot open the extension's
 * database (IndexedDB there would be the news site's), so they live in extension storage.
 */
export const DISABLED_SITES_KEY = 'siyaq:disabled-sites';
export const ENABLED_SITES_KEY = 'siyaq:enabled-sites';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const hostKey = (host: string) => host.toLowerCase().replace(/^www\./, '');

async function list(area: StorageArea, key: string): Promise<string[]> {
  const v = (await area.get(key))[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** A site is off when the reader switched off it or any domain it belongs to. */
export async function isSiteDisabled(area: StorageArea, host: string): Promise<boolean> {
  const h = hostKey(host);
  return (await list(area, DISABLED_SITES_KEY)).some((d) => h === d || h.endsWith(`.${d}`));
}

export async function setSiteDisabled(area: StorageArea, host: string, disabled: boolean): Promise<string[]> {
  const h = hostKey(host);
  const current = (await list(area, DISABLED_SITES_KEY)).filter((d) => d !== h);
  const next = disabled ? [...current, h].sort() : current;
  await area.set({ [DISABLED_SITES_KEY]: next });
  return next;
}

export function disabledSites(area: StorageArea): Promise<string[]> {
  return list(area, DISABLED_SITES_KEY);
}

export function enabledSites(area: StorageArea): Promise<string[]> {
  return list(area, ENABLED_SITES_KEY);
}

export async function setSiteEnabled(area: StorageArea, host: string, enabled: boolean): Promise<string[]> {
  const h = hostKey(host);
  const current = (await list(area, ENABLED_SITES_KEY)).filter((d) => d !== h);
  const next = enabled ? [...current, h].sort() : current;
  await area.set({ [ENABLED_SITES_KEY]: next });
  return next;
}
