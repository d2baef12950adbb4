import type { QuoteAnchor } from '../report';

/**
 * A link that opens an article scrolled to a sentence and highlights it: a URL text fragment
 * (`#:~:text=start,end`), understood by Chrome and by Firefox since 131. Long sentences are
 * addressed by their first and last words, which is what the syntax is for; the dash, comma and
 * ampersand must be percent-encoded inside the terms.
 */
const WORDS_AT_EACH_END = 5;

function encodeTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

export function textFragmentUrl(url: string, anchor: QuoteAnchor): string {
  const words = anchor.exact.trim().split(/\s+/u);
  const base = url.split('#')[0]!;
  if (words.length === 0 || !words[0]) return base;
  if (words.length <= WORDS_AT_EACH_END * 2) return `${base}#:~:text=${encodeTerm(words.join(' '))}`;
  const start = words.slice(0, WORDS_AT_EACH_END).join(' ');
  const end = words.slice(-WORDS_AT_EACH_END).join(' ');
  return `${base}#:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}
