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
import { DUAL, PLURAL, rateAt, SYMBOLS, spaceBetween, type UnitMatch, unitAt, unitKind } from './units';

export { highlightedByDefault } from './figure-kinds';

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
    if (Number.isFinite(hit.value) && start >= (out[out.length - 1]?.end ?? 0) && !isAge(c, hit, i)) {
      out.push({ value: hit.value, unit: hit.unit, kind: unitKind(hit.unit), text: original.slice(start, end), start, end });
    }
    c.floor = hit.end;
    i = hit.next;
  }
  shareRangeUnits(original, out);
  return out;
}

/** 50000 الى 100000 شخص: the first number of a range counts what the second counts. */
function shareRangeUnits(original: string, out: Figure[]): void {
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    const between = original.slice(a.end, b.start);
    // و joins a range only after بين (بين 800 ألف و900 ألف شخص); otherwise it joins two figures.
    const range =
      /^\s*(?:-|–|ـ|الى|إلى|الي|إلي|او|أو|to|or)\s*$/u.test(between) ||
      (/^\s*و\s*$/u.test(between) && /(?:^|\s)بين\s+\S*$/u.test(original.slice(Math.max(0, a.start - 12), a.start)));
    if (!range) continue;
    if (!a.unit && b.unit && a.kind === 'number') {
      a.unit = b.unit;
      a.kind = b.kind;
    } else if (a.unit && PERSONS.has(b.unit) && EVENT_KEYS.has(a.unit)) b.unit = a.unit; // قتل 50000 الى 100000 شخص
  }
}

/** Words that make "N years" an age: عن عمر 75 عاما، البالغ من العمر 79 عامًا، ابن عشر سنين. */
const AGE_BEFORE = new Set(['عمر', 'العمر', 'بعمر', 'عمره', 'عمرها', 'سن', 'السن', 'بسن', 'ابن', 'ابنه', 'بنت', 'عمري', 'يناهز', 'ناهز']);

/**
 * An age is not a figure: years after عمر/سن/ابن, or a number of years set off by commas or brackets
 * after a name (ستيوارت وايت، 21 عاما، أحد الذين اعتقلوا).
 */
function isAge(c: Ctx, hit: Hit, first: number): boolean {
  if (hit.unit !== 'year') return false;
  const { tokens, text } = c;
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
    const w = tokens[k]!.text;
    if (AGE_BEFORE.has(w) || AGE_BEFORE.has(w.replace(/^[وف]/u, ''))) return true;
  }
  let a = hit.start - 1;
  while (a >= 0 && text[a] === ' ') a--;
  let b = hit.end;
  while (b < text.length && text[b] === ' ') b++;
  return (text[a] === '،' || text[a] === ',' || text[a] === '(') && (text[b] === '،' || text[b] === ',' || text[b] === ')');
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
  // A label numbers with an integer: القرار 2254، العام 2020 — but الدين العام 2ر2 تريليون is a sum.
  if (before && d.plain && near(text, before.end, gapEnd, ' ("\'[') && isLabel(before.text)) return null;
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
  // 12 من ديسمبر، 29 من الشهر: a day of a month.
  if (nextTok?.text === 'من' && tokens[end + 1] && (isMonth(tokens[end + 1]!.text) || tokens[end + 1]!.text === 'الشهر')) return null;

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
  return { value, unit: unitInContext(c, i, unit), start, end: tail.end, next: tail.next };
}

/** Nouns of an event before a bare count that say what it counts: مقتل 1200، إصابة 40. */
const EVENT_UNITS = new Map([
  ...'مقتل قتل استشهاد وفاه مصرع'.split(' ').map((w) => [w, 'killed'] as const),
  ...'اصابه جرح'.split(' ').map((w) => [w, 'wounded'] as const),
  ...'اعتقال احتجاز توقيف'.split(' ').map((w) => [w, 'detainee'] as const),
  ...'نزوح تهجير'.split(' ').map((w) => [w, 'displaced'] as const),
]);
/** Words between such a noun and its count: مقتل نحو 1200، عدد الشهداء إلى 56. */
const FILLERS = new Set(['نحو', 'حوالي', 'قرابه', 'اكثر', 'اقل', 'من', 'الى', 'بلغ', 'وصل', 'ارتفع', 'ما', 'يقارب', 'يزيد', 'عن', 'عدد']);
/** Nouns of a life lost before a count of people: أودت بحياة 626 شخصا، أرواح 3176 مصابا. */
const LIVES = new Set(['حياه', 'بحياه', 'ارواح', 'بارواح', 'روح']);
const EVENT_KEYS = new Set<string>(EVENT_UNITS.values());
/** Nouns of a death that make the people counted after them the dead: مقتل 5 أشخاص (not the verb: قتل ثلاثة لبنانيين). */
const DEATHS = new Set(['مقتل', 'بمقتل', 'مصرع', 'استشهاد', 'وفاه']);
const PERSONS = new Set(['person', 'civilian', 'child', 'woman', 'girl']);
const PEOPLE_UNITS = new Set(['person', 'civilian', 'child', 'woman', 'wounded', 'girl', 'passenger', 'worker', 'student']);

/**
 * What a count counts when the context says so: a bare number after an event noun (مقتل 1200) or
 * after a counted noun (عدد الشهداء 56), and people after a word for lives (بحياة 626 شخصا) are the dead.
 */
function unitInContext(c: Ctx, i: number, unit: string): string {
  const { tokens, text } = c;
  let k = i - 1;
  while (k >= 0 && i - k <= 4) {
    const t = tokens[k]!;
    if (t.end <= c.floor || /[.،,:;؛()]/u.test(text.slice(t.end, tokens[k + 1]!.start))) break;
    const w = t.text.replace(/^[وفب]/u, '');
    if (unit) {
      if (!PEOPLE_UNITS.has(unit) || unit === 'wounded') return LIVES.has(t.text) && unit === 'wounded' ? 'killed' : unit;
      if (LIVES.has(t.text) || (PERSONS.has(unit) && (DEATHS.has(t.text) || DEATHS.has(w)))) return 'killed'; // مقتل 5 أشخاص
      if (!FILLERS.has(t.text) && !FILLERS.has(w)) return unit;
      k--;
      continue;
    }
    const event = EVENT_UNITS.get(t.text) ?? EVENT_UNITS.get(w);
    if (event) return event;
    const noun = t.text.startsWith('ال') ? unitAt(text, tokens, k, true) : null;
    if (noun && noun.end === k + 1 && unitKind(noun.key) === 'count') return noun.key;
    if (!FILLERS.has(t.text) && !FILLERS.has(w)) break;
    k--;
  }
  return unit;
}

function wordFigure(c: Ctx, i: number): Hit | null {
  const n: NumberRead | null = readNumberWords(c.text, c.tokens, i);
  if (!n) return null;
  const at = c.tokens[n.end - 1]!.end;
  // اثنين من الشرطة، أحد عشر من: a weak number word (واحد، اثنين) counts only before من and a counted noun.
  if (n.weak && !(c.tokens[n.end]?.text === 'من' && n.value > 1)) return null;
  const u = unitAfter(c, n.end, at, { construct: n.construct, one: n.value === 1 });
  const prev = c.tokens[i - 1];
  if (u && TIME.has(u.key) && prev && spaceBetween(c.text, prev.end, c.tokens[i]!.start) && isFirst(prev.text)) return null;
  // A number word alone is too often a plain word (ثلاث، نصف الشعب); one with digits is a number.
  if (!u) return n.digits ? { value: n.value, unit: '', start: n.start, end: at, next: n.end } : null;
  return { value: n.value, unit: unitInContext(c, i, u.key), start: n.start, end: u.end, next: u.next };
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
    // الجنديين الأسيرين: a definite dual with an adjective that agrees is two of them; of time, only
    // the spans (العامين الماضيين), since العامين الأولين is an ordinal period.
    const adj = tokens[end];
    if (!adj || !spaceBetween(text, tokens[end - 1]!.end, adj.start)) return null;
    const agrees = TIME.has(u.key) ? SPAN.has(adj.text) : adj.text.startsWith('ال') && /(?:ين|ان)$/u.test(adj.text);
    if (!agrees) return null;
    end++;
  }
  return { value: 2, unit: u.key, start: tokens[i]!.start + u.skip, end: tokens[end - 1]!.end, next: end };
}
