import type { Tab } from './driver';

/**
 * Sends a message of the protocol (lib/messaging.ts) to the content script of the active tab
 * (bring it to the front first), from an extension page, as the background does for a keyboard
 * command. Siyaq has no "tabs" permission, so tabs are found by being active, not by URL.
 */
export function sendToPage(ext: Tab, type: string, data: unknown): Promise<unknown> {
  return ext.evaluate(
    async ({ type, data }) => {
      const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab?.id) throw new Error('no active tab');
      const reply = (await api.tabs.sendMessage(tab.id, { id: Date.now(), type, data, timestamp: Date.now() })) as { res?: unknown };
      return reply?.res;
    },
    { type, data },
  );
}

/** Reads every record of one table of the extension's database, from an extension page. */
export function readTable<T>(ext: Tab, table: string): Promise<T[]> {
  return ext.evaluate(
    (table) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('siyaq');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(table).objectStore(table).getAll();
          req.onsuccess = () => resolve(req.result as T[]);
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}
