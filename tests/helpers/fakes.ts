import type { SessionArea } from '@/lib/background/tab-state';
import type { HighlightLike } from '@/lib/highlight/highlighter';

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

/** `storage.session` in memory, cloning values as the browser does; `data` to look inside. */
export function memorySession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(key) {
      data.delete(key);
    },
  };
}
