import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { type Item, readItem, type WatchedArea, watchItem } from '@/lib/settings/area';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/**
 * Dexie's live query as a Preact hook: re-renders whenever the queried tables change, in this
 * page or in the background. Errors become a value the view can show. `initial`, read before the
 * first render, is shown until the query answers (it starts only after the first paint).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], initial?: T): Loadable<T> {
  const [value, setValue] = useState<Loadable<T>>(initial === undefined ? { state: 'loading' } : { state: 'ready', value: initial });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (v) => setValue({ state: 'ready', value: v }),
      error: (e: unknown) => setValue({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}

/**
 * False until a frame after the component first painted: lets work the first screen does not
 * need (a query that reads thousands of records) start after that screen is up.
 */
export function useAfterPaint(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAfter(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return after;
}

/** A stored item, kept current as other contexts change it; undefined until first read, and for no item. */
export function useStorageItem<T>(source: WatchedArea, item: Item<T> | null): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const key = item?.key;
  useEffect(() => {
    if (!item) {
      setValue(undefined);
      return;
    }
    let live = true;
    void readItem(source.area, item).then((v) => live && setValue(v));
    const unwatch = watchItem(source.events, source.name, item, setValue);
    return () => {
      live = false;
      unwatch();
    };
  }, [source.area, source.name, source.events, key]);
  return value;
}
