import type { HighlightLike } from '@/lib/highlight/highlighter';
import type { StorageArea } from '@/lib/settings/area';

/** A CSS Custom Highlight stand-in for happy-dom, which has none: it keeps the ranges added. */
export class FakeHighlight implements HighlightLike {
  ranges = new Set<AbstractRange>();
  priority = 0;
  add(r: AbstractRange) {
    this.ranges.add(r);
  }
  clear() {
    this.ranges.clear();
  }
  get size() {
    return this.ranges.size;
  }
}

/** `browser.storage.local` or `.session` in memory, cloning values as the browser does; `data` to look inside. */
export function memoryArea(): StorageArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const list = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);
  return {
    data,
    async get(keys) {
      return Object.fromEntries(list(keys).flatMap((k) => (data.has(k) ? [[k, structuredClone(data.get(k))]] : [])));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of list(keys)) data.delete(k);
    },
  };
}
