import { classOf, DIGIT, LETTER } from '../text/chars';
import type { Span } from './types';

/**
 * Sentence boundaries in article text: `. ! ? ؟ …` and paragraph ends. A full stop does not end
 * a sentence after an abbreviation (`د.`, `Dr.`, `U.S.`) or inside a number (`2.5`), and a
 * sentence end inside quotation marks belongs to the quote: the quote stays whole.
 */

// By UTF-16 unit: reading `text[i]` would make a string of every Arabic character in the article.
const units = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const ENDERS = units('.!?؟…。');
const OPENING_QUOTES = units('“«„‹');
const CLOSING_QUOTES = units('”»›');
const DOT = 0x2e;
const STRAIGHT_QUOTE = 0x22;
const NEWLINE = 0x0a;
const CLOSING_PAREN = 0x29;
/** A quote left open this long was never closed (pages mismatch quotes): stop protecting it. */
const MAX_QUOTE = 600;

/** Words after which a full stop abbreviates (compared lower-case); single letters always do. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'rep',
  'sen',
  'gov',
]);

/** JavaScript's `\s`, without a regular expression per character. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isDigit = (c: number) => !Number.isNaN(c) && classOf(c) === DIGIT;

function wordBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && classOf(text.charCodeAt(s - 1)) === LETTER) s--;
  return text.slice(s, at).toLowerCase();
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  // A lone letter before a dot is an initial or an Arabic abbreviation (د. for doctor).
  if ([...word].length === 1) return true;
  return ABBREVIATIONS.has(word);
}

/** Splits `text` into sentence spans (trimmed of surrounding white space, never empty). */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let quoteOpenedAt = -1;
  let straightOpen = false;

  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      push(i);
      quoteOpenedAt = -1;
      straightOpen = false;
      continue;
    }
    if (OPENING_QUOTES.has(c)) {
      if (quoteOpenedAt < 0) quoteOpenedAt = i;
      continue;
    }
    if (CLOSING_QUOTES.has(c)) {
      quoteOpenedAt = -1;
      // “انتهى.” — the quote ended the sentence with it.
      if (ENDERS.has(text.charCodeAt(i - 1))) push(i + 1);
      continue;
    }
    if (c === STRAIGHT_QUOTE) {
      straightOpen = !straightOpen;
      quoteOpenedAt = straightOpen ? i : -1;
      continue;
    }
    if (!ENDERS.has(c)) continue;
    if (quoteOpenedAt >= 0 && i - quoteOpenedAt < MAX_QUOTE) continue;
    if (c === DOT) {
      if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
      if (isAbbreviation(text, i)) continue;
    }
    // Run on over repeated punctuation and a closing quote or bracket that ends the sentence.
    let end = i + 1;
    for (let n = text.charCodeAt(end); end < text.length; n = text.charCodeAt(++end)) {
      if (!(ENDERS.has(n) || CLOSING_QUOTES.has(n) || n === CLOSING_PAREN || n === STRAIGHT_QUOTE)) break;
    }
    quoteOpenedAt = -1;
    straightOpen = false;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}
