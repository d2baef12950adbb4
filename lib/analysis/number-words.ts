/**
 * Number words in normalised Arabic (ة→ه, ى→ي, أإآ→ا) and lower-case English, parsed over tokens.
 * Arabic joins the parts of a number with a prefixed و (خمسة وعشرون، ألف وخمسماية), so a token that
 * starts with و continues a number only when the rest of it is a number word.
 */

import { once } from '../once';
import type { Token } from '../text/tokenize';
import { ABBREVIATIONS, afterNoun, type Kind, numberWords, type Word } from './number-lexicon';
import { spaceBetween, unitAt } from './units';

/** Number words with a proclitic (بثلاث، وخمسة، بمليار), precomputed so a token costs one lookup.
 * Only words of three letters or more take one: لست is "I am not", not ل + ست. */
const withProclitic = once(() => {
  const map = new Map<string, [Word, number]>();
  for (const [form, w] of numberWords()) map.set(form, [w, 0]);
  // ست is the one two-letter number word; بست and وست read as ب/و + ست (لست is "I am not").
  for (const p of ['و', 'ب']) map.set(`${p}ست`, [numberWords().get('ست')!, 1]);
  for (const [form, w] of numberWords()) {
    if (form.length < 3 || form.charCodeAt(0) < 0x600) continue;
    for (const p of ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']) {
      // كميات is "quantities", not ك + ميات "hundreds".
      if (p.endsWith('ك') && w.kind === 'v') continue;
      if (!map.has(p + form)) map.set(p + form, [w, p.length]);
    }
  }
  return map;
});

export interface NumberRead {
  value: number;
  /** Index of the first token after the number. */
  end: number;
  /** Normalised offset of the number's first letter (a proclitic such as ب is left out). */
  start: number;
  weak: boolean;
  /** Ends in a plural scale or a vague count, so a definite noun can follow: آلاف الجنود. */
  construct: boolean;
  /** Has a part in digits (مليون و380 ألف): a number even without a unit after it. */
  digits?: boolean;
}

function isEnglish(t: Token): boolean {
  return t.text.charCodeAt(0) < 0x250;
}

/** `عشرات الآلاف`, `tens of thousands`: a vague count of a plural scale. */
function constructScale(text: string, tokens: readonly Token[], j: number): [number, number] | null {
  const t = tokens[j];
  if (!t || !spaceBetween(text, tokens[j - 1]!.end, t.start)) return null;
  if (t.text === 'of') {
    const n = tokens[j + 1];
    const w = n && numberWords().get(n.text);
    return w && w.kind === 's' && w.form === 'pl' && spaceBetween(text, t.end, n.start) ? [w.value, j + 2] : null;
  }
  if (!t.text.startsWith('ال')) return null;
  const w = numberWords().get(t.text.slice(2));
  return w && w.kind === 's' && w.form === 'pl' ? [w.value, j + 1] : null;
}

/** A number written in words starting at token `i`, or null. */
export function readNumberWords(text: string, tokens: readonly Token[], i: number): NumberRead | null {
  const t0 = tokens[i]!;
  const first = withProclitic().get(t0.text);
  if (!first) return null;
  const [w0, clitic] = first;
  const start = t0.start + clitic;
  const english = isEnglish(t0);

  if (w0.kind === 'v') {
    const s = constructScale(text, tokens, i + 1);
    if (s) return { value: w0.value * s[0], end: s[1], start, weak: false, construct: true };
    return { value: w0.value, end: i + 1, start, weak: false, construct: true };
  }
  if (w0.kind === 'f' || w0.kind === 'a') {
    // نصف مليون، half a million, a million: the fraction or article scales what follows.
    let k = i + 1;
    if (w0.kind === 'f' && tokens[k]?.text === 'a') k++;
    const n = tokens[k];
    const w = n && numberWords().get(n.text);
    if (n && w && (w.kind === 's' || w.kind === 'hw') && spaceBetween(text, tokens[k - 1]!.end, n.start)) {
      return { value: w0.value * w.value, end: k + 1, start, weak: false, construct: w.form === 'pl' };
    }
    if (w0.kind === 'a') return null;
    return { value: w0.value, end: i + 1, start, weak: false, construct: false };
  }

  let total = 0;
  let cur = 0;
  let last = Number.POSITIVE_INFINITY;
  let hasU = false;
  let hasT = false;
  let hasH = false;
  let prev: Kind | null = null;
  let weak = true;
  let construct = false;
  let closed = false;
  /** Ends in a plural scale with no count before it: ملايين "millions". */
  let vague = false;
  let j = i;
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    let w: Word | undefined;
    let conj = false;
    if (j === i) w = w0;
    else {
      if (!spaceBetween(text, tokens[j - 1]!.end, t.start, english)) break;
      w = numberWords().get(t.text);
      if (!w && t.text === (english ? 'and' : 'و')) {
        // "two hundred and fifty"; خمسة و عشرون typed with a space after و.
        const n = tokens[j + 1];
        w = n ? numberWords().get(n.text) : undefined;
        if (!w || w.kind === 's' || w.kind === 'a') break;
        j++;
        conj = true;
      } else if (!w && !english && t.text.startsWith('و')) {
        w = numberWords().get(t.text.slice(1));
        conj = true;
      }
      if (!w) break;
      // Arabic parts follow one another only through و, except عشر, مية and the scales.
      if (!conj && !english && w.kind !== 'ten' && w.kind !== 'hw' && w.kind !== 's') break;
    }
    if (j > i && (w.kind === 'v' || w.kind === 'a')) break;
    if (w.kind === 'f') {
      // مليون ونصف: a half of the last scale; ونصف المليون repeats the scale.
      if (!conj || last === Number.POSITIVE_INFINITY) break;
      total += w.value * last;
      const n = tokens[j + 1];
      if (n?.text.startsWith('ال') && numberWords().get(n.text.slice(2))?.value === last) j++;
      j++;
      closed = true;
      break;
    }
    if (w.kind === 'u') {
      if (hasU || (hasT && !english) || (j > i && !conj && !(english && (prev === 't' || prev === 'hw' || prev === 's')))) break;
      cur += w.value;
      hasU = true;
    } else if (w.kind === 'ten') {
      if (j === i || (conj && !hasU)) {
        cur += 10;
        hasU = true;
      } else if (!conj && prev === 'u' && cur % 100 < 10) cur += 10;
      else break;
    } else if (w.kind === 't') {
      if (hasT || (english && hasU)) break;
      if (j > i && !conj && !(english && (prev === 'hw' || prev === 's'))) break;
      cur += w.value;
      hasT = true;
    } else if (w.kind === 'h') {
      if (hasH || cur > 0) break;
      cur += w.value;
      hasH = true;
    } else if (w.kind === 'hw') {
      if (!hasH && cur > 0 && cur < 10 && prev === 'u' && !conj) cur *= 100;
      else if (cur === 0 && !hasH) cur = 100;
      else break;
      hasH = true;
      hasU = false;
    } else if (w.kind === 's') {
      if (w.value >= last || conj) break;
      if (w.form === 'du' && cur > 0) break;
      const mult = cur > 0 ? cur : w.form === 'du' || w.form === 'ad' ? 2 : 1;
      total += mult * w.value;
      construct = w.form === 'pl';
      vague = cur === 0 && w.form === 'pl';
      cur = 0;
      hasU = hasT = hasH = false;
      last = w.value;
    }
    if (!w.weak) weak = false;
    prev = w.kind;
  }
  if (j > i && (tokens[j - 1]!.text === 'and' || tokens[j - 1]!.text === 'و')) j--; // a dangling conjunction
  let digits = false;
  if (!english && !closed && !vague && cur === 0 && prev === 's') {
    // مليون و380 ألف: the words stop at the digits, which carry on the number.
    const tail = readTail(text, tokens, j, last, false);
    if (tail) {
      total += tail.add;
      j = tail.end;
      construct = tail.construct;
      digits = true;
    }
  }
  const value = total + cur;
  if (value === 0) return null;
  return { value, end: j, start, weak: weak && !digits, construct: construct && cur === 0, digits };
}

interface Tail {
  add: number;
  end: number;
  construct: boolean;
}

/**
 * The rest of an Arabic number after a scale worth `below`, from the و at token `j`: a group of up to
 * three digits, with its own smaller scale or not (مليون و380 ألف، 89 ألفا و500، مليار و200 مليون و50
 * ألفا), or, when `words`, a number in words (3 ملايين وخمسمائة ألف). The rest is smaller than the
 * scale, so a range or a second figure stays apart: بين مليون ومليوني، 800 ألف و900 ألف، 5 آلاف و2020.
 */
function readTail(text: string, tokens: readonly Token[], j: number, below: number, words: boolean): Tail | null {
  const t = tokens[j];
  if (!t || j === 0 || !spaceBetween(text, tokens[j - 1]!.end, t.start)) return null;
  if (t.text === 'و') {
    const d = tokens[j + 1];
    if (d?.kind !== 2 || !(d.start === t.end || spaceBetween(text, t.end, d.start))) return null;
    // Not part of a longer run of digits: و1,500، و1.5، و10-20، و24/8، و500 300.
    const nx = tokens[j + 2];
    if (nx?.kind === 2 && (nx.start === d.end + 1 || spaceBetween(text, d.end, nx.start))) return null;
    const n = Number(d.text);
    if (!(n > 0 && n < 1000)) return null;
    const scale = readScale(text, tokens, j + 2, d.end);
    if (!scale && rateAfter(text, tokens, j + 2, d.end)) return null; // 3 ملايين و30%: a second figure
    const add = scale ? n * scale.value + scale.add : n;
    if (add >= below) return null;
    return scale ? { add, end: scale.end, construct: scale.construct } : { add, end: j + 2, construct: false };
  }
  if (!words || !t.text.startsWith('و')) return null;
  const w = numberWords().get(t.text.slice(1));
  if (!w || w.kind === 'f' || w.kind === 'v' || w.kind === 'a') return null;
  const n = readNumberWords(text, tokens, j);
  if (!n || n.weak || n.start !== t.start + 1 || n.value >= below) return null;
  return { add: n.value, end: n.end, construct: n.construct };
}

/** A percentage or points sign or noun after offset `at` (token `k`): 30%، 20 في المئة، 50 نقطة أساس. */
function rateAfter(text: string, tokens: readonly Token[], k: number, at: number): boolean {
  let p = at;
  while (text[p] === ' ' || text[p] === '\u00a0') p++;
  if (text[p] === '%') return true;
  const t = tokens[k];
  const key = t && spaceBetween(text, at, t.start) ? unitAt(text, tokens, k)?.key : undefined;
  return key === 'percent' || key === 'pp' || key === 'bp';
}

export interface ScaleRead {
  value: number;
  /** Added to the number times the scale: مليون ونصف (+500000)، 89 ألفا و500 (+500). */
  add: number;
  end: number;
  construct: boolean;
}

/** The scale after a number in digits (8 مليارات، 2.5 million, 8bn), starting at token `j`. */
export function readScale(text: string, tokens: readonly Token[], j: number, after: number): ScaleRead | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.start === after) {
    const v = ABBREVIATIONS.get(t.text);
    if (v) return { value: v, add: 0, end: j + 1, construct: false };
    // 18,5مليون يورو: an Arabic scale glued to the digits is a missing space.
    if (isEnglish(t)) return null;
  } else if (!spaceBetween(text, after, t.start)) return null;
  // "8 bn" is still a billion, but "5 m" is five metres.
  const abbr = t.text.length > 1 ? ABBREVIATIONS.get(t.text) : undefined;
  if (abbr) return { value: abbr, add: 0, end: j + 1, construct: false };
  const w = numberWords().get(t.text);
  if (w?.kind !== 's' || w.form === 'du') return null;
  const n = tokens[j + 1];
  if (n?.text === 'ونصف' && spaceBetween(text, t.end, n.start)) {
    const repeat = tokens[j + 2];
    const end = repeat?.text.startsWith('ال') && numberWords().get(repeat.text.slice(2))?.value === w.value ? j + 3 : j + 2;
    return { value: w.value, add: w.value / 2, end, construct: false };
  }
  // 89 ألفا و500، 3 ملايين و500 ألف: the rest of the number after the scale.
  const tail = readTail(text, tokens, j + 1, w.value, true);
  if (tail) return { value: w.value, add: tail.add, end: tail.end, construct: tail.construct };
  return { value: w.value, add: 0, end: j + 1, construct: w.form === 'pl' };
}

/** A cardinal after a plural noun (السنوات الثلاث، سنوات ثلاث) or واحد after a singular one. */
export function cardinalAfterNoun(word: string, definite: boolean, plural: boolean): number {
  if (!plural) return !definite && (word === 'واحد' || word === 'واحده') ? 1 : 0;
  if (definite) return word.startsWith('ال') ? (afterNoun().get(word.slice(2)) ?? 0) : 0;
  return afterNoun().get(word) ?? 0;
}

/** True for a token that is a number word or scale on its own (to stop a noun-first reading). */
export function isNumberWord(word: string): boolean {
  return numberWords().has(word) && word !== 'a';
}
