import { CLASS_CACHE, classOf, isJoiner, LETTER, OTHER } from './chars';

export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Up to `max` letter words before `pos`, in reading order, stopping at anything but spaces and
 * hyphens between them: a title written before a name belongs to the same phrase only if no
 * punctuation or line break separates them (الرئيس عون, not الرئيس، عون).
 */
export function wordsBefore(text: string, pos: number, max: number): Word[] {
  const out: Word[] = [];
  let k = pos;
  while (out.length < max) {
    let gap = k;
    while (gap > 0 && isJoiner(text.charCodeAt(gap - 1))) gap--;
    if (gap === k && out.length > 0) break; // words glued by a non-joiner
    if (gap === 0 || classOf(text.charCodeAt(gap - 1)) !== LETTER) break;
    let s = gap;
    while (s > 0 && classOf(text.charCodeAt(s - 1)) === LETTER) s--;
    out.unshift({ text: text.slice(s, gap), start: s, end: gap });
    k = s;
  }
  return out;
}

/** The letter words inside text[from, to). */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    if (classOf(text.charCodeAt(i)) !== LETTER) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && classOf(text.charCodeAt(j)) === LETTER) j++;
    out.push({ text: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return out;
}

/**
 * How many runs of letters and digits `s` holds. A scan over the shared class cache rather than a
 * `\p{L}` regular expression: compiling that on each page's first use cost more than the count.
 */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const word = (CLASS_CACHE[c] || classOf(c)) !== OTHER;
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
