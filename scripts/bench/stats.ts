/** Median and spread of repeated timings; the first runs warm the JIT and are dropped. */
export function measure(runs: number, warmup: number, fn: () => void): { median: number; min: number; max: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times[times.length - 1]! };
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median and spread of values that are not wall-clock times around `fn` (a browser's own measure, a heap size). */
export function spread(values: number[]): Spread {
  const v = [...values].sort((a, b) => a - b);
  return { median: v[Math.floor(v.length / 2)]!, min: v[0]!, max: v[v.length - 1]! };
}

/**
 * `measure` for work that happens elsewhere (a browser page, a database): each run returns the
 * number to keep, usually a duration the browser measured itself, so the round trip is not in it.
 */
export async function measureAsync(runs: number, warmup: number, fn: (run: number) => Promise<number>): Promise<Spread> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await fn(i));
  return spread(values);
}

/** Every run's result, warm-ups dropped, for runs that report several numbers at once. */
export async function repeat<T>(runs: number, warmup: number, fn: () => Promise<T>): Promise<T[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: T[] = [];
  for (let i = 0; i < runs; i++) out.push(await fn());
  return out;
}

export const median = (values: number[]) => spread(values).median;
