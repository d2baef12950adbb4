import { normalizeKey } from '../text/normalize';
import type { Actor } from './schema';
import { actorKeys } from './validate';

/**
 * Every actor the reader can open: the bundled base, and the reader's own actors on top. A
 * reader actor with a bundled id replaces it (the reader edited it, usually to add an alias).
 */
export interface ActorDirectory {
  get(id: string): Actor | undefined;
  isReaders(id: string): boolean;
  /** Actors whose names or aliases contain the query, after Arabic normalisation; best first. */
  search(query: string, limit?: number): Actor[];
  all(): readonly Actor[];
}

export function createDirectory(bundled: readonly Actor[], reader: readonly Actor[]): ActorDirectory {
  const byId = new Map<string, Actor>();
  for (const a of bundled) byId.set(a.id, a);
  const readerIds = new Set<string>();
  for (const a of reader) {
    byId.set(a.id, a);
    readerIds.add(a.id);
  }
  const all = [...byId.values()];
  let keys: { actor: Actor; keys: string[] }[] | undefined;
  return {
    get: (id) => byId.get(id),
    isReaders: (id) => readerIds.has(id),
    all: () => all,
    search(query, limit = 20) {
      const q = normalizeKey(query);
      if (!q) return [];
      keys ??= all.map((actor) => ({ actor, keys: actorKeys(actor).map((k) => k.key) }));
      const scored: [number, Actor][] = [];
      for (const { actor, keys: ks } of keys) {
        let best = 0;
        for (const k of ks) {
          if (k === q) best = Math.max(best, 3);
          else if (k.startsWith(q) || k.includes(` ${q}`)) best = Math.max(best, 2);
          else if (k.includes(q)) best = Math.max(best, 1);
        }
        if (best) scored.push([best, actor]);
      }
      return scored
        .sort((a, b) => b[0] - a[0] || a[1].names.en.localeCompare(b[1].names.en))
        .slice(0, limit)
        .map(([, a]) => a);
    },
  };
}
