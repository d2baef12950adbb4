/** The largest time a JavaScript Date can hold (ECMA-262 §21.4.1.1), in ms either side of the epoch. */
export const MAX_TIME = 8.64e15;

/**
 * ISO 8601 in UTC, or '' for a time no Date can hold: an export must not throw halfway through
 * the reader's data because one record carries a broken timestamp.
 */
export function isoTime(ms: number): string {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME ? new Date(ms).toISOString() : '';
}
