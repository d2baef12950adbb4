import type { Span } from './types';

/**
 * Sentence boundaries in article text: `. ! ? ؟ …` and paragraph ends. A full stop does not end
 * a sentence after an abbreviation (`د.`, `Dr.`, `U.S.`) or inside a number (`2.5`), and a
 * sentence end inside quotation marks belongs to the quote: the quote stays whole.
 */

const ENDERS = new Set(['.', '!', '?', '؟', '…', '。']);
const OPENING_QUOTES = new Set(['“', '«', '„', '‹']);
const CLOSING_QUOTES = new Set(['”', '»', '›']);
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

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;

function wordBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && LETTER.test(text[s - 1]!)) s--;
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
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      quoteOpenedAt = -1;
      straightOpen = false;
      continue;
    }
    if (OPENING_QUOTES.has(ch)) {
      if (quoteOpenedAt < 0) quoteOpenedAt = i;
      continue;
    }
    if (CLOSING_QUOTES.has(ch)) {
      quoteOpenedAt = -1;
      // “انتهى.” — the quote ended the sentence with it.
      if (ENDERS.has(text[i - 1] ?? '')) push(i + 1);
      continue;
    }
    if (ch === '"') {
      straightOpen = !straightOpen;
      quoteOpenedAt = straightOpen ? i : -1;
      continue;
    }
    if (!ENDERS.has(ch)) continue;
    if (quoteOpenedAt >= 0 && i - quoteOpenedAt < MAX_QUOTE) continue;
    if (ch === '.') {
      if (DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) continue;
      if (isAbbreviation(text, i)) continue;
    }
    // Run on over repeated punctuation and a closing quote or bracket that ends the sentence.
    let end = i + 1;
    while (end < text.length && (ENDERS.has(text[end]!) || CLOSING_QUOTES.has(text[end]!) || text[end] === ')' || text[end] === '"')) {
      end++;
    }
    quoteOpenedAt = -1;
    straightOpen = false;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}
