/**
 * Keeping mixed Arabic and Latin text readable once it leaves the extension, where no `dir`
 * attribute follows it: editors pick each line's direction from its first strong letter.
 */

export const FSI = '\u2068';
export const PDI = '\u2069';
export const LRM = '\u200e';
export const RLM = '\u200f';

/** Wraps a value of unknown direction so it neither takes nor gives direction to its neighbours. */
export function isolate(s: string): string {
  return s === '' ? '' : `${FSI}${s}${PDI}`;
}

const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;
const EMBEDS = new Set([0x202a, 0x202b, 0x202d, 0x202e]);
const ISOLATES = new Set([0x2066, 0x2067, 0x2068]);
const PDF = 0x202c;
const PDI_CODE = 0x2069;

/**
 * Closes at the end of the line every embedding, override and isolate the line opens, and drops
 * closers that close nothing. User text keeps its own controls, but an override in a note can no
 * longer reverse the lines after it, and a stray PDI cannot end one of our isolates early.
 */
export function balanceBidi(line: string): string {
  if (!CONTROLS.test(line)) return line;
  const open: number[] = [];
  let out = '';
  for (const ch of line) {
    const c = ch.codePointAt(0)!;
    if (EMBEDS.has(c) || ISOLATES.has(c)) open.push(c);
    else if (c === PDF) {
      if (open.length === 0 || !EMBEDS.has(open[open.length - 1]!)) continue;
      open.pop();
    } else if (c === PDI_CODE) {
      const at = open.findLastIndex((o) => ISOLATES.has(o));
      if (at < 0) continue;
      // A PDI also ends the embeddings opened inside its isolate (UAX #9, X6a).
      open.length = at;
    }
    out += ch;
  }
  for (let i = open.length - 1; i >= 0; i--) out += ISOLATES.has(open[i]!) ? PDI : String.fromCharCode(PDF);
  return out;
}

const ARABIC_LETTER = /[\p{Script=Arabic}&&\p{L}]/v;
const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/gu;

export type Direction = 'rtl' | 'ltr';

/** The direction most of a line's letters are written in (ties go to Arabic); null if it has none. */
export function dominantDirection(line: string): Direction | null {
  let arabic = 0;
  let latin = 0;
  for (const m of line.matchAll(LETTER)) {
    if (ARABIC_LETTER.test(m[0])) arabic++;
    else if (LATIN_LETTER.test(m[0])) latin++;
  }
  if (arabic === 0 && latin === 0) return null;
  return arabic >= latin ? 'rtl' : 'ltr';
}

function firstStrong(line: string): Direction | null {
  for (const m of line.matchAll(LETTER)) {
    if (ARABIC_LETTER.test(m[0])) return 'rtl';
    if (LATIN_LETTER.test(m[0])) return 'ltr';
  }
  return null;
}

/**
 * The mark to put in front of a line whose first letter is not in the line's main direction
 * (editors choose a line's direction from its first strong letter); '' when none is needed.
 */
export function lineMark(line: string): string {
  const dir = dominantDirection(line);
  if (dir === null || firstStrong(line) === dir) return '';
  return dir === 'rtl' ? RLM : LRM;
}
