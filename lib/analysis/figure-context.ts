/**
 * A number in digits and what surrounds it: its separators (5,000 / 2٫5), and the words and
 * signs that make it a label, a date, a time or a code rather than a quantity: القرار 2254،
 * عام 2020، 24 أغسطس، الساعة 5، 1441 هـ، F-16، +964. Word lists are in normalised form.
 */
import type { Normalized } from '../text/normalize';
import type { Token } from '../text/tokenize';
import { spaceBetween } from './units';

/** Nouns that number a thing instead of counting it (no ال; it is stripped before lookup). */
const LABELS = new Set(
  [
    'قرار ماده بند فقره فصل صفحه ص رقم طريق رحله غرفه طابق فرقه لواء كتيبه فوج دوره موسم حلقه جزء',
    'مجلد عدد مرسوم قانون اصدار نسخه ايه مرحله جوله ساعه عام سنه شارع بوابه خط كيلو طراز موديل',
    'مرتبه مركز وحده رمز هاتف جوال واتساب كوفيد كورونا اف اس ميغ ميج سو سوخوي تي بي سي ام',
    'resolution article section chapter page paragraph route flight room no number covid division',
    'brigade highway road line gate platform terminal level phase round stage version episode season',
    'vol volume verse year model unit code ward district zone sector block act',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Nouns that name a point in a match, a season or a schedule: في الدقيقة 23، الشوط 2، الأسبوع 12 من
 * الدوري. The number after one is a label unless a counted noun follows it: كل دقيقة 5 أطفال.
 */
const POINTS = new Set('دقيقه شوط اسبوع matchday gameweek'.split(' '));

const MONTHS = new Set(
  [
    'يناير فبراير مارس ابريل مايو يونيو يونيه يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر',
    'كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين',
    'جانفي فيفري افريل ماي جوان جويليه اوت',
    'محرم صفر ربيع جمادي رجب شعبان رمضان شوال ذو ذي',
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
  ]
    .join(' ')
    .split(' '),
);

/** After a number: a time of day or an era (1441 هـ، 632 م، 5 pm). */
const AFTER = new Set(
  'صباحا صباح مساء مساءا ظهرا ظهر فجرا عصرا ليلا بتوقيت غرينتش ه م ق ميلادي ميلاديه هجري هجريه am pm gmt ad bc bce ce'.split(' '),
);

/** English words that may sit between a number and its unit: 5,000 US troops. */
export const ENGLISH_BETWEEN = new Set(
  [
    'us u s american british french russian israeli iranian iraqi syrian turkish palestinian lebanese',
    'egyptian saudi yemeni afghan ukrainian foreign more additional new other armed young innocent',
    'of the its their his her our',
  ]
    .join(' ')
    .split(' '),
);

/** The word with its proclitics (و ف ب ل ك) and article taken off, in the few ways that can be. */
function bare(word: string): string[] {
  const out = [word];
  let w = word;
  if (w.length > 2 && (w[0] === 'و' || w[0] === 'ف')) {
    w = w.slice(1);
    out.push(w);
  }
  if (w.startsWith('لل') && w.length > 3) out.push(w.slice(2), `ل${w.slice(2)}`);
  else if (w.length > 2 && (w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك')) {
    w = w.slice(1);
    out.push(w);
  }
  if (w.startsWith('ال') && w.length > 3) out.push(w.slice(2));
  return out;
}

export function isLabel(word: string): boolean {
  return bare(word).some((w) => LABELS.has(w));
}

export function isPoint(word: string): boolean {
  return bare(word).some((w) => POINTS.has(w));
}

/** أول / first before a count of time: أول 100 يوم، the first nine months (an ordinal period). */
export function isFirst(word: string): boolean {
  return word === 'first' || bare(word).includes('اول');
}

export function isMonth(word: string): boolean {
  return bare(word).some((w) => MONTHS.has(w));
}

export function isTimeOrEra(word: string): boolean {
  return AFTER.has(word);
}

/** Proclitics that may touch digits (بـ34، الـ5000، و5); a definite one makes the number an ordinal
 * unless a noun follows (الـ75 = the 75th, الـ5000 جندي = the 5,000 soldiers). */
const CLITICS = new Map<string, boolean>([
  ...'و ف ب ل ك وب ول فب فل'.split(' ').map((p) => [p, false] as const),
  ...'ال وال بال فال كال لل ولل وبال'.split(' ').map((p) => [p, true] as const),
]);

/** undefined: not a proclitic; otherwise whether it is definite. */
export function clitic(word: string): boolean | undefined {
  return CLITICS.get(word);
}

export function isLatin(t: Token): boolean {
  return t.text.charCodeAt(0) < 0x250;
}

export interface Digits {
  /** Canonical decimal string, e.g. "5000" or "2.5". */
  str: string;
  end: number;
  /** Written as one run of digits, without separators: years, phone numbers, codes. */
  plain: boolean;
  /** 5.000: a decimal before a scale (2.500 مليون), thousands otherwise (5.000 جندي). */
  dot3: boolean;
}

const THIN_SPACES = new Set([0x00a0, 0x2009, 0x202f]);

/** Digits joined by separators (5,000 / 5٬000 / 2.5 / 2٫5 / 1.234,5 / 5 000 with a thin space). */
export function readDigits(original: string, norm: Normalized, tokens: readonly Token[], i: number): Digits | null {
  const text = norm.text;
  const groups = [tokens[i]!.text];
  const seps: string[] = [];
  let k = i;
  for (; k + 1 < tokens.length; k++) {
    const a = tokens[k]!.end;
    const n = tokens[k + 1]!;
    if (n.kind !== 2 || n.start !== a + 1) break;
    let sep = text[a]!;
    if (sep === ' ' && n.text.length === 3 && THIN_SPACES.has(original.charCodeAt(norm.starts[a]!))) sep = ' ';
    else if (sep !== ',' && sep !== '.') break;
    seps.push(sep);
    groups.push(n.text);
  }
  if (seps.length === 0) {
    // 2ر2، 25ر0: ر is a decimal mark in Levantine and Egyptian print. Typed right to left, the
    // fraction comes first in the text: 2717ر1 is 1.2717.
    const r = tokens[k + 1];
    const whole = tokens[k + 2];
    if (r?.text === 'ر' && r.start === tokens[k]!.end && whole?.kind === 2 && whole.start === r.end) {
      const after = tokens[k + 3];
      if (!(after && after.start === whole.end && after.kind === 1)) {
        return { str: `${Number(whole.text)}.${groups[0]}`, end: k + 3, plain: false, dot3: false };
      }
    }
    return { str: groups[0]!, end: k + 1, plain: true, dot3: false };
  }
  const last = seps[seps.length - 1]!;
  const mixed = seps.some((s) => s !== last);
  // One separator before a group that is not three digits, or a lone point, is a decimal mark.
  const decimal = mixed || (seps.length === 1 && (groups[1]!.length !== 3 || last === '.')) ? last : null;
  const whole = decimal ? groups.slice(0, -1) : groups;
  const thousands = decimal ? seps.slice(0, -1) : seps;
  if (thousands.some((s) => s === decimal)) return null;
  if (whole.length > 1 && (whole[0]!.length > 3 || whole.slice(1).some((g) => g.length !== 3))) return null;
  const str = whole.join('') + (decimal ? `.${groups[groups.length - 1]}` : '');
  return { str, end: k + 1, plain: false, dot3: seps.length === 1 && last === '.' && groups[1]!.length === 3 };
}

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013']);
/** Between two runs of digits: a date, a time, or a chain that readDigits refused (1.2.3). */
const JOINS = new Set(['/', ':', '.', ',']);

/** Part of a code, date, time, range or phone number: F-16, كوفيد-19, 24/8/2020, 10:30, +964, 1.2.3. */
export function stuck(text: string, tokens: readonly Token[], i: number, end: number): boolean {
  return stuckBefore(text, tokens, i) || stuckAfter(text, tokens, i, end);
}

/**
 * The half of `stuck` that needs only what comes before token `i`, so it can be asked before the
 * digits are read: a group inside a chain (the 2 of 1,2,3) is stuck to the group before it, and
 * reading the rest of the chain again from every group would be quadratic.
 */
export function stuckBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // Latin letters glued to digits make a code (F16, G20); an Arabic word glued to them is a missing
  // space in print (بنسبة7,5%، الي34 مليار جنيه), unless it labels (ميغ29، كوفيد19) or is the ر of a
  // decimal (2ر2).
  if (prev && prev.end === t.start && (isLatin(prev) || prev.text === 'ر' || (clitic(prev.text) === undefined && isLabel(prev.text))))
    return true;
  const before = text[t.start - 1] ?? '';
  if (before === '+' || before === '#' || (before === '[' && text[t.end] === ']')) return true; // +964, #5, [1]
  if (prev && prev.end === t.start - 1 && (HYPHENS.has(before) || (JOINS.has(before) && prev.kind === 2))) return true;
  // Digits separated only by spaces: a phone number or a list of codes.
  return prev?.kind === 2 && spaceBetween(text, prev.end, t.start);
}

function stuckAfter(text: string, tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  const last = tokens[end - 1]!;
  const after = text[last.end] ?? '';
  const next = tokens[end];
  if (next && next.start === last.end + 1 && (HYPHENS.has(after) || ((after === '/' || after === ':') && next.kind === 2))) return true;
  // A list marker at the start of a line: "1." or "2)".
  if ((after === '.' || after === ')') && end === i + 1 && lineStart(text, t.start)) return true;
  return next?.kind === 2 && spaceBetween(text, last.end, next.start);
}

function lineStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '\r';
}

/** Only a few of `allowed` between a word and its number: القرار (2254), Oct. 12. */
export function near(text: string, a: number, b: number, allowed: string): boolean {
  if (b - a > 4) return false;
  for (let k = a; k < b; k++) if (!allowed.includes(text[k]!)) return false;
  return true;
}
