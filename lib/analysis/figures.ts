import { type Normalized, toOriginal } from '../text/normalize';
import type { Token } from '../text/tokenize';
import {
  clitic,
  ENGLISH_BETWEEN,
  isFirst,
  isLabel,
  isLatin,
  isMonth,
  isPoint,
  isTimeOrEra,
  near,
  readDigits,
  stuck,
  stuckBefore,
} from './figure-context';
import { cardinalAfterNoun, isNumberWord, type NumberRead, readNumberWords, readScale } from './number-words';
import type { Figure } from './types';
import { DUAL, PLURAL, rateAt, SYMBOLS, spaceBetween, type UnitMatch, unitAt } from './units';

interface Ctx {
  original: string;
  norm: Normalized;
  text: string;
  tokens: readonly Token[];
  /** Normalised offset where the last figure ended: nothing may start before it. */
  floor: number;
}

/** A figure in normalised offsets, with the index of the token after it. */
interface Hit {
  value: number;
  unit: string;
  start: number;
  end: number;
  next: number;
}

/** Units of time: after أول/first, or before الأولى, they make an ordinal period, not a count. */
const TIME = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'century']);
/** Adjectives after a definite count of time that make it the first ones: الأشهر التسعة الأولى من العام. */
const FIRST = new Set(['الاولي', 'الاول', 'الاوايل']);

interface After {
  key: string;
  end: number;
  next: number;
}

/** Numbers with their unit (5000 جندي، 8 مليارات دولار، السنوات الثلاث، $8 billion), in original offsets. */
export function findFigures(original: string, norm: Normalized, tokens: readonly Token[]): Figure[] {
  const c: Ctx = { original, norm, text: norm.text, tokens, floor: 0 };
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = tokens[i]!.kind === 2 ? digitFigure(c, i) : (nounFirst(c, i) ?? wordFigure(c, i));
    if (!hit) {
      i++;
      continue;
    }
    const [start, end] = toOriginal(norm, hit.start, hit.end);
    // Digits of other scripts (০) are NaN to Number(), hundreds of digits are Infinity, and one
    // character can hold two numbers (¼ is 1⁄4): none of these is a figure.
    if (Number.isFinite(hit.value) && start >= (out[out.length - 1]?.end ?? 0)) {
      out.push({ value: hit.value, unit: hit.unit, text: original.slice(start, end), start, end });
    }
    c.floor = hit.end;
    i = hit.next;
  }
  return out;
}

/** The unit after a number ending at token `j` (offset `at`): a sign, a noun, من/of + noun. */
function unitAfter(c: Ctx, j: number, at: number, n: { construct: boolean; one: boolean }): After | null {
  const { text, tokens } = c;
  let p = at;
  while (p < text.length && (text[p] === ' ' || text[p] === '\u00a0')) p++;
  const sign = SYMBOLS.get(text[p] ?? '');
  if (sign && !isDigit(text.charCodeAt(p + 1))) return { key: sign, end: p + 1, next: j };
  const t = tokens[j];
  if (!t || !(t.start === at || spaceBetween(text, at, t.start))) return null;
  const direct = unitAt(text, tokens, j);
  if (direct && (!direct.definite || n.construct)) return found(tokens, direct);
  if (n.one) return null;
  if (t.text === 'من') {
    const u = unitAt(text, tokens, j + 1);
    return u && spaceBetween(text, t.end, tokens[j + 1]!.start) ? found(tokens, u) : null;
  }
  // 5,000 US troops, 5,000 U.S. troops, thousands of Israeli soldiers.
  let k = j;
  while (k < j + 3 && tokens[k] && isLatin(tokens[k]!) && ENGLISH_BETWEEN.has(tokens[k]!.text)) k++;
  if (k === j || !tokens[k] || !near(text, tokens[k - 1]!.end, tokens[k]!.start, ' .')) return null;
  const u = unitAt(text, tokens, k);
  return u && !u.definite ? found(tokens, u) : null;
}

function found(tokens: readonly Token[], u: UnitMatch): After {
  return { key: u.key, end: tokens[u.end - 1]!.end, next: u.end };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A sign or code before the number: $8bn, US$8bn, USD 8 billion, %30 (typed right to left). */
function unitBefore(c: Ctx, i: number): { key: string; start: number } | null {
  const { text, tokens } = c;
  const t = tokens[i]!;
  let p = t.start - 1;
  if (text[p] === '%') return p >= c.floor && !isDigit(text.charCodeAt(p - 1)) ? { key: 'percent', start: p } : null;
  while (p >= c.floor && text[p] === ' ') p--;
  const sign = p >= c.floor ? SYMBOLS.get(text[p]!) : undefined;
  const prev = tokens[i - 1];
  if (sign && sign !== 'percent') {
    const us = prev && prev.text === 'us' && prev.end === p && prev.start >= c.floor;
    return { key: sign, start: us ? prev.start : p };
  }
  if (prev && prev.start >= c.floor && (prev.text === 'usd' || prev.text === 'eur') && spaceBetween(text, prev.end, t.start)) {
    return { key: prev.text, start: prev.start };
  }
  return null;
}

function digitFigure(c: Ctx, i: number): Hit | null {
  const { text, tokens } = c;
  if (stuckBefore(text, tokens, i)) return null;
  const d = readDigits(c.original, c.norm, tokens, i);
  if (!d || stuck(text, tokens, i, d.end)) return null;
  const t = tokens[i]!;
  const pre = tokens[i - 1];
  const definite = pre && pre.end === t.start ? clitic(pre.text) === true : false;
  const before = definite ? tokens[i - 2] : pre;
  const gapEnd = definite ? pre!.start : t.start;
  if (before && near(text, before.end, gapEnd, ' ("\'[') && isLabel(before.text)) return null;
  if (before && near(text, before.end, gapEnd, ' .') && isMonth(before.text)) return null; // Oct. 12
  // في الدقيقة 23، الأسبوع 12: a label unless a counted noun follows (كل دقيقة 5 أطفال).
  const point = before !== undefined && near(text, before.end, gapEnd, ' ("\'[') && isPoint(before.text);
  const first = before !== undefined && near(text, before.end, gapEnd, ' ') && isFirst(before.text);
  let end = d.end;
  let at = tokens[end - 1]!.end;
  const nextTok = tokens[end];
  if (nextTok && nextTok.start === at && isLatin(nextTok) && !readScale(text, tokens, end, at) && !unitAt(text, tokens, end)) return null;
  if (nextTok && (nextTok.start === at || spaceBetween(text, at, nextTok.start)) && (isMonth(nextTok.text) || isTimeOrEra(nextTok.text))) {
    return null;
  }
  if (nextTok?.text === 'من' && tokens[end + 1] && isMonth(tokens[end + 1]!.text)) return null;

  const scale = readScale(text, tokens, end, at);
  if (d.dot3 && !scale) d.str = d.str.replace('.', '');
  let value = Number(d.str);
  if (scale) {
    value = Number(`${d.str}e${Math.round(Math.log10(scale.value))}`) + scale.add;
    end = scale.end;
    at = tokens[end - 1]!.end;
  }
  const u = unitAfter(c, end, at, { construct: scale?.construct ?? false, one: false });
  if (point && !u) return null;
  if (first && u && TIME.has(u.key)) return null; // أول 100 يوم، the first 100 days
  const b = unitBefore(c, i);
  let start = t.start;
  let unit = u?.key ?? '';
  let tail = u ? { end: u.end, next: u.next } : { end: at, next: end };
  if (b && (!u || u.key === b.key)) {
    start = b.start;
    unit = b.key;
    // $64 a barrel: the sign's unit takes the rate after the number.
    const rate = u ? null : rateAt(text, tokens, end, unit);
    if (rate) {
      unit = rate.key;
      tail = { end: tokens[rate.end - 1]!.end, next: rate.end };
    }
  }
  if (d.plain && d.str.length > 1 && d.str[0] === '0') return null; // a phone number or a code
  if (!unit && !scale) {
    if (definite) return null; // الـ75: an ordinal
    if (d.plain && (d.str.length >= 7 || (value >= 1900 && value <= 2100))) return null; // a phone number, a year
  }
  return { value, unit, start, end: tail.end, next: tail.next };
}

function wordFigure(c: Ctx, i: number): Hit | null {
  const n: NumberRead | null = readNumberWords(c.text, c.tokens, i);
  if (!n || n.weak) return null;
  const at = c.tokens[n.end - 1]!.end;
  const u = unitAfter(c, n.end, at, { construct: n.construct, one: n.value === 1 });
  const prev = c.tokens[i - 1];
  if (u && TIME.has(u.key) && prev && spaceBetween(c.text, prev.end, c.tokens[i]!.start) && isFirst(prev.text)) return null;
  // A number word alone is too often a plain word (ثلاث، نصف الشعب); one with digits is a number.
  if (!u) return n.digits ? { value: n.value, unit: '', start: n.start, end: at, next: n.end } : null;
  return { value: n.value, unit: u.key, start: n.start, end: u.end, next: u.next };
}

/** Noun before its count: السنوات الثلاث، سنوات ثلاث، يوم واحد، السنوات الـ5; or a dual: عامين. */
function nounFirst(c: Ctx, i: number): Hit | null {
  const { text, tokens } = c;
  const u = unitAt(text, tokens, i, true);
  if (!u) return null;
  const start = tokens[i]!.start + u.skip;
  if (u.cls === DUAL) return dual(c, i, u);
  const t = tokens[u.end];
  if (!t || !spaceBetween(text, tokens[u.end - 1]!.end, t.start)) return null;
  let value = cardinalAfterNoun(t.text, u.definite, u.cls === PLURAL);
  let next = u.end + 1;
  const digits = tokens[u.end + 1];
  if (!value && u.definite && u.cls === PLURAL && t.text === 'ال' && digits?.kind === 2 && digits.start === t.end) {
    value = Number(digits.text);
    next = u.end + 2;
  }
  if (!value) return null;
  const after = tokens[next];
  if (after && spaceBetween(text, tokens[next - 1]!.end, after.start)) {
    if (isNumberWord(after.text) || unitAt(text, tokens, next)) return null;
    if (u.definite && TIME.has(u.key) && FIRST.has(after.text)) return null; // الأشهر التسعة الأولى: an ordinal period
  }
  return { value, unit: u.key, start, end: tokens[next - 1]!.end, next };
}

/** Adjectives that make a definite dual a span of time: العامين الماضيين، اليومين المقبلين (العامين الأولين
 * is an ordinal period, like الأشهر التسعة الأولى). */
const SPAN = new Set(['الماضيين', 'المقبلين', 'القادمين', 'الاخيرين', 'المنصرمين']);

/** A dual noun is a count of two (قبل يومين، مقتل شخصين) unless it agrees with a plural noun
 * before it: مدعين عامين (public prosecutors) uses the plural of عام "general", not "year". */
function dual(c: Ctx, i: number, u: UnitMatch): Hit | null {
  const { text, tokens } = c;
  const prev = tokens[i - 1];
  if (prev && (prev.kind === 2 || isNumberWord(prev.text))) return null;
  if (!u.definite && prev && (prev.text.endsWith('ين') || prev.text.endsWith('ون'))) return null;
  let end = u.end;
  if (u.definite) {
    const adj = tokens[end];
    if (!adj || !SPAN.has(adj.text) || !spaceBetween(text, tokens[end - 1]!.end, adj.start)) return null;
    end++;
  }
  return { value: 2, unit: u.key, start: tokens[i]!.start + u.skip, end: tokens[end - 1]!.end, next: end };
}
