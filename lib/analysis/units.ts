/**
 * The unit lexicon: normalised Arabic (ة→ه, ى→ي, أإآ→ا) and lower-case English nouns that follow
 * a number, mapped to stable keys. Arabic forms are listed by grammatical number because the
 * reading depends on it: a plural can precede or follow its cardinal (ثلاث سنوات، السنوات الثلاث),
 * a singular takes واحد after it, and a dual is a count of two on its own (عامين، شخصين).
 */

import { once } from '../once';
import type { Token } from '../text/tokenize';
import type { FigureKind } from './types';
import { ARABIC, ENGLISH, GROUPS, NATIONS, PEOPLE_BROKEN, PEOPLE_NISBA, QUALIFIED } from './unit-lexicon';

export const SINGULAR = 0;
export const PLURAL = 1;
export const DUAL = 2;
type Cls = typeof SINGULAR | typeof PLURAL | typeof DUAL;

interface Entry {
  rest: readonly string[];
  key: string;
  cls: Cls;
}
/** A token as written (الجنود، وللسنوات) and the unit readings of the word inside it. */
interface Surface {
  entries: Entry[];
  definite: boolean;
  /** Letters of a proclitic left out of the span (و of والسنوات; لل stays, it holds the article). */
  skip: number;
}
// Every written form is precomputed, article and proclitics included, so a token costs one lookup.
// Built on the first figure read, not when the content script loads on a page that may not be an article.
const lexicon = once(() => {
  const BARE = new Map<string, Entry[]>();
  const SURFACE = new Map<string, Surface>();
  const WITH_PROCLITIC = new Map<string, Surface>();
  const put = (form: string, key: string, cls: Cls): void => {
    const [first, ...rest] = form.split('_');
    const list = BARE.get(first!) ?? [];
    BARE.set(first!, list);
    list.push({ rest, key, cls });
  };
  for (const [key, sg, pl, du] of ARABIC) {
    for (const [forms, cls] of [
      [sg, SINGULAR],
      [pl, PLURAL],
      [du ?? '', DUAL],
    ] as const) {
      for (const f of forms.split(' ')) if (f) put(f, key, cls);
    }
  }
  for (const [key, sg, pl, du] of Object.values(GROUPS).flat()) {
    for (const f of pl.split(' ')) {
      if (!f) continue;
      put(f, key, PLURAL);
      // اثنين من زملائه: people counted after من often carry a possessive.
      if (GROUPS.people!.some((e) => e[0] === key) && !f.includes('_')) {
        const stem = f.endsWith('اء') ? `${f.slice(0, -1)}ي` : f.replace(/ين$/u, 'ي');
        for (const p of ['ه', 'ها', 'هم']) put(`${stem}${p}`, key, PLURAL);
      }
    }
    for (const f of sg.split(' ')) {
      if (!f) continue;
      put(f, key, SINGULAR);
      const [head, ...rest] = f.split('_');
      const tail = rest.length ? `_${rest.join('_')}` : '';
      // The accusative of a masculine singular (مفقودا), unless the word already ends in a vowel letter.
      if (!rest.length && !/[اهيو]$/u.test(f)) put(`${f}ا`, key, SINGULAR);
      // A dual of its own when the entry lists none: حالة → حالتان، حالتين (and حالتا، حالتي before
      // a second word: حالتي وفاة); a nisba (…ي) is left out, its dual is written like its plural.
      if (du === undefined && unitKind(key) === 'count' && !head!.endsWith('ي')) {
        const stem = head!.endsWith('ه') ? `${head!.slice(0, -1)}ت` : head!;
        for (const end of rest.length ? ['ا', 'ي', 'ان', 'ين'] : ['ان', 'ين']) put(`${stem}${end}${tail}`, key, DUAL);
      }
    }
    for (const f of (du ?? '').split(' ')) if (f) put(f, key, DUAL);
  }
  for (const s of PEOPLE_NISBA.split(' ')) {
    for (const f of [s, `${s}ا`]) put(f, 'person', SINGULAR);
    for (const f of [`${s}ين`, `${s}ون`]) put(f, 'person', PLURAL);
  }
  for (const f of PEOPLE_BROKEN.split(' ')) put(f, 'person', PLURAL);
  for (const [key, forms] of ENGLISH) for (const f of forms.split(' ')) put(f, key, PLURAL);
  for (const [word, entries] of BARE) {
    // Longest first: طايرة مسيرة is a drone before طايرة is an aircraft.
    entries.sort((a, b) => b.rest.length - a.rest.length);
    SURFACE.set(word, { entries, definite: false, skip: 0 });
  }
  for (const [word, entries] of BARE) {
    // Two-letter forms stay bare: الكم is "the quantity", not "the kilometre".
    if (word.charCodeAt(0) < 0x600 || word.length < 3) continue;
    if (!SURFACE.has(`ال${word}`)) SURFACE.set(`ال${word}`, { entries, definite: true, skip: 0 });
    for (const p of ['و', 'ف', 'ب', 'ك', 'وب', 'فب', 'وك'])
      WITH_PROCLITIC.set(`${p}ال${word}`, { entries, definite: true, skip: p.length });
    for (const p of ['', 'و', 'ف']) WITH_PROCLITIC.set(`${p}لل${word}`, { entries, definite: true, skip: p.length });
  }

  const AR_NATION = new Map<string, string>();
  const EN_NATION = new Map<string, string>();
  for (const [code, stems, english] of NATIONS) {
    for (const s of stems.split(' ')) {
      for (const f of [s, `${s}ه`, `${s}ا`, `${s}ين`, `${s}ون`]) {
        AR_NATION.set(f, code);
        AR_NATION.set(`ال${f}`, code);
      }
    }
    for (const e of english.split(' ')) EN_NATION.set(e, code);
  }
  return { BARE, SURFACE, WITH_PROCLITIC, AR_NATION, EN_NATION };
});

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000;
}
const HYPHEN = 0x2d;

/** True when `[a, b)` is a non-empty run of whitespace (or hyphens, for "twenty-five"). */
export function spaceBetween(text: string, a: number, b: number, hyphen = false): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (!isSpace(c) && !(hyphen && c === HYPHEN)) return false;
  }
  return true;
}

export interface UnitMatch {
  key: string;
  cls: Cls;
  /** Written with ال (الجنود): a definite noun only follows a vague count or leads a cardinal. */
  definite: boolean;
  /** Index of the first token after the unit. */
  end: number;
  /** Letters of a proclitic (و، ب، ل) before the unit's article, when `proclitics` allowed one. */
  skip: number;
}

/** Words after `tokens[j-1]` equal to `words`, each with ال when `definite`; returns the index after. */
function follows(text: string, tokens: readonly Token[], j: number, words: readonly string[], definite: boolean): number {
  for (const w of words) {
    const t = tokens[j];
    if (!t || !spaceBetween(text, tokens[j - 1]!.end, t.start)) return -1;
    if (t.text !== w && !(definite && t.text === `ال${w}`)) return -1;
    j++;
  }
  return j;
}

const PER_DAY = [['يوميا'], ['في', 'اليوم'], ['a', 'day'], ['per', 'day'], ['each', 'day'], ['daily']];
/** A price per unit of a commodity after a sum of money: 64 دولارا للبرميل، $64 a barrel, 400 دينار للطن. */
const PER_GOOD: [string[], string][] = [
  [['للبرميل'], 'barrel'],
  [['لكل', 'برميل'], 'barrel'],
  [['a', 'barrel'], 'barrel'],
  [['per', 'barrel'], 'barrel'],
  [['للطن'], 'tonne'],
  [['لكل', 'طن'], 'tonne'],
  [['a', 'ton'], 'tonne'],
  [['per', 'ton'], 'tonne'],
  [['a', 'tonne'], 'tonne'],
  [['per', 'tonne'], 'tonne'],
];
/** Keys of money, the qualified currencies (sar, lbp …) included. */
const MONEY = once(
  () =>
    new Set([
      ...'usd eur gbp pound egp dinar riyal dirham lira irt ils rub cny'.split(' '),
      ...Object.values(QUALIFIED).flatMap((t) => Object.values(t)),
    ]),
);

/**
 * A rate written after the unit `key` whose words start at token `j`: برميل يوميا (barrel/day),
 * دولارا للبرميل (usd/barrel). Returns the rate's key and the index of the token after it, or null.
 */
export function rateAt(text: string, tokens: readonly Token[], j: number, key: string): { key: string; end: number } | null {
  if (j === 0) return null;
  if (key === 'barrel') {
    for (const rate of PER_DAY) {
      const r = follows(text, tokens, j, rate, false);
      if (r > 0) return { key: 'barrel/day', end: r };
    }
  } else if (MONEY().has(key)) {
    for (const [rate, per] of PER_GOOD) {
      const r = follows(text, tokens, j, rate, false);
      if (r > 0) return { key: `${key}/${per}`, end: r };
    }
  }
  return null;
}

/**
 * The unit noun at token `i` (with its qualifier and rate), or null. A noun right after a number
 * takes no proclitic; a noun before its cardinal may (`proclitics`): خلال والسنوات الثلاث.
 */
export function unitAt(text: string, tokens: readonly Token[], i: number, proclitics = false): UnitMatch | null {
  const t = tokens[i];
  if (!t) return null;
  const { BARE, SURFACE, WITH_PROCLITIC, AR_NATION, EN_NATION } = lexicon();
  const surface = SURFACE.get(t.text) ?? (proclitics ? WITH_PROCLITIC.get(t.text) : undefined);
  let list = surface?.entries;
  const definite = surface?.definite ?? false;
  let nation: string | undefined;
  let at = i;
  if (!list) {
    // Iraqi dinars, Saudi riyals: the English qualifier comes first.
    nation = EN_NATION.get(t.text);
    const n = tokens[i + 1];
    const next = nation && n && spaceBetween(text, t.end, n.start) ? BARE.get(n.text) : undefined;
    if (!next?.some((e) => QUALIFIED[e.key])) return null;
    list = next;
    at = i + 1;
  }
  for (const e of list) {
    const end = follows(text, tokens, at + 1, e.rest, definite);
    if (end < 0) continue;
    let key = e.key;
    let stop = end;
    const table = QUALIFIED[key];
    if (table) {
      const q = tokens[stop];
      const code =
        nation ??
        (q && spaceBetween(text, tokens[stop - 1]!.end, q.start)
          ? (AR_NATION.get(q.text) ?? (q.text === 'sterling' ? 'gb' : undefined))
          : undefined);
      const qualified = code ? table[code] : undefined;
      if (qualified) {
        key = qualified;
        if (!nation) stop++;
      } else if (nation) continue;
    }
    const rate = rateAt(text, tokens, stop, key);
    if (rate) {
      key = rate.key;
      stop = rate.end;
    }
    return { key, cls: e.cls, definite, end: stop, skip: surface?.skip ?? 0 };
  }
  return null;
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century']);
const MEASURES = new Set(
  'km2 km m3 m cm mm kg g tonne litre hectare dunam acre mw gw kwh degree barrel barrel/day mile feet m2 bcm'.split(' '),
);

/** The kind of a figure with this unit key. */
export function unitKind(key: string): FigureKind {
  if (!key) return 'number';
  if (TIME_UNITS.has(key)) return 'duration';
  if (key === 'percent' || key === 'pp' || key === 'bp') return 'percent';
  if (MEASURES.has(key)) return 'measure';
  if (key.includes('/')) return 'price';
  if (MONEY().has(key)) return 'money';
  return 'count';
}

/** Currency and percent signs, before or after the number ($8bn, 30%, 5 €). */
export const SYMBOLS = new Map<string, string>([
  ['$', 'usd'],
  ['€', 'eur'],
  ['£', 'gbp'],
  ['%', 'percent'],
  ['°', 'degree'],
]);
