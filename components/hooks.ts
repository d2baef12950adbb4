import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

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

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
}
export interface StorageEventsLike {
  addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  removeListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

/** A key of extension storage, kept current as other contexts change it. */
export function useStorageValue<T>(area: StorageAreaLike, areaName: string, events: StorageEventsLike, key: string): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void area.get(key).then((got) => live && setValue(got[key] as T | undefined));
    const onChange = (changes: Record<string, { newValue?: unknown }>, name: string) => {
      if (name === areaName && key in changes) setValue(changes[key]!.newValue as T | undefined);
    };
    events.addListener(onChange);
    return () => {
      live = false;
      events.removeListener(onChange);
    };
  }, [area, areaName, events, key]);
  return value;
}
