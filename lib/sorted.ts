/**
 * Binary search over lists kept in ascending order (offsets, spans in text order): the index of
 * the first element at or after `at`, or the list's length when there is none.
 */
export function firstAtLeast(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The same over spans (tokens, mentions, figures) ordered by their start. */
export function firstStartingAt<T extends { start: number }>(list: readonly T[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
