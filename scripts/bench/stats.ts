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
