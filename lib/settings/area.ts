import type { SiyaqDB } from '../store/db';

/**
 * The one shape of key-value storage Siyaq reads and writes: `browser.storage.local` and
 * `.session` have it as they are, the database's settings table gets it from `databaseArea`, and
 * tests pass a map. Values go in and come out as structured-clone data.
 */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type StorageChanges = Record<string, { newValue?: unknown }>;
export type StorageListener = (changes: StorageChanges, areaName: string) => void;

/** `browser.storage.onChanged`: changes to any area, named by the area. */
export interface StorageEvents {
  addListener(fn: StorageListener): void;
  removeListener(fn: StorageListener): void;
}

/**
 * Where a value lives:
 * - database: the settings table of IndexedDB. Travels with backups; only the background writes it.
 * - local: extension storage the content script can read too (it cannot open the database).
 * - session: extension storage forgotten when the browser closes (per-tab state).
 * - page: the extension pages' localStorage, readable synchronously before the first paint.
 */
export type Place = 'database' | 'local' | 'session' | 'page';

/** One stored value: its key, where it lives, its type, its default, and how an old or malformed value reads. */
export interface Item<T> {
  readonly key: string;
  readonly place: Place;
  readonly fallback: T;
  /** The stored value in today's shape: older shapes migrate here, anything unknown is the fallback. */
  parse(raw: unknown): T;
}

export function defineItem<T>(key: string, place: Place, fallback: T, parse: (raw: unknown, fallback: T) => T): Item<T> {
  return { key, place, fallback, parse: (raw) => (raw === undefined ? fallback : parse(raw, fallback)) };
}

export async function readItem<T>(area: Pick<StorageArea, 'get'>, item: Item<T>): Promise<T> {
  return item.parse((await area.get(item.key))[item.key]);
}

export function writeItem<T>(area: Pick<StorageArea, 'set'>, item: Item<T>, value: T): Promise<void> {
  return area.set({ [item.key]: value });
}

export function removeItem(area: Pick<StorageArea, 'remove'>, item: Item<unknown>): Promise<void> {
  return area.remove(item.key);
}

/** An area as a view watches it: the area, the name change events give it, and those events. */
export interface WatchedArea {
  area: Pick<StorageArea, 'get'>;
  name: string;
  events: StorageEvents;
}

/** Calls `fn` with the item's new value whenever another context changes it in `areaName`. */
export function watchItem<T>(events: StorageEvents, areaName: string, item: Item<T>, fn: (value: T) => void): () => void {
  const listener: StorageListener = (changes, name) => {
    if (name === areaName && item.key in changes) fn(item.parse(changes[item.key]!.newValue));
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}

/** The database's settings table as a storage area (inside a live query, reads re-run on change). */
export function databaseArea(db: SiyaqDB): StorageArea {
  const list = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);
  return {
    async get(keys) {
      const rows = await db.settings.bulkGet(list(keys));
      return Object.fromEntries(rows.flatMap((r) => (r ? [[r.key, r.value]] : [])));
    },
    async set(items) {
      await db.settings.bulkPut(Object.entries(items).map(([key, value]) => ({ key, value })));
    },
    async remove(keys) {
      await db.settings.bulkDelete(list(keys));
    },
  };
}
