import type { QuoteAnchor } from '../report';

/**
 * Where a text-quote anchor sits in a text: the occurrence of `exact` whose surroundings best
 * match `prefix` and `suffix` (a sentence can repeat; its context rarely does). -1 if absent.
 */
export function findQuote(text: string, anchor: QuoteAnchor): number {
  if (!anchor.exact) return -1;
  let best = -1;
  let bestScore = -1;
  for (let at = text.indexOf(anchor.exact); at >= 0; at = text.indexOf(anchor.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
    const after = text.slice(at + anchor.exact.length, at + anchor.exact.length + anchor.suffix.length);
    const score = commonSuffix(before, anchor.prefix) + commonPrefix(after, anchor.suffix);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
