import { CLASS_CACHE, classOf, LETTER } from '../../text/chars';

/** A letter word of the normalised text, and whether only spaces separate it from the one before. */
export interface TextWord {
  text: string;
  start: number;
  end: number;
  /** Only spaces (no punctuation, no line break) between this word and the previous one. */
  joined: boolean;
  /** Covered by a known-actor mention. */
  known: boolean;
  /** Memo of `stemsOf`. */
  readings?: [clitic: number, stem: string][];
  /** Memo of people.ts's test for a name part the lexicon does not know. */
  plain?: boolean;
}

/** Proclitics written on a name: و، ف، ب، ل، ك and their pairs (وب، ول، فب، فل). */
const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

// A module-level binding: read through an import on every character, it costs a getter call.
const CLASSES = CLASS_CACHE;

/** The words of `text`, with `known` set where `covered` (sorted, disjoint spans) covers them. */
export function textWords(text: string, covered: readonly { start: number; end: number }[]): TextWord[] {
  const out: TextWord[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = -1;
  let m = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((CLASSES[c] || classOf(c)) !== LETTER) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const u = text.charCodeAt(j);
      if ((CLASSES[u] || classOf(u)) !== LETTER) break;
      j++;
    }
    let joined = prevEnd >= 0;
    for (let k = prevEnd; joined && k < i; k++) {
      const g = text.charCodeAt(k);
      if (g !== 0x20 && g !== 0xa0 && g !== 0x09) joined = false;
    }
    while (m < covered.length && covered[m]!.end <= i) m++;
    const known = m < covered.length && covered[m]!.start < j;
    const word = text.slice(i, j);
    out.push({ text: word, start: i, end: j, joined, known });
    prevEnd = j;
    i = j;
  }
  return out;
}

/** A word's readings as proclitic and stem, made on first use. */
export function stemsOf(w: TextWord): [clitic: number, stem: string][] {
  w.readings ??= stems(w.text);
  return w.readings;
}

/** The ways to read a word as a proclitic and a stem, the bare word first. */
export function stems(word: string): [clitic: number, stem: string][] {
  const out: [number, string][] = [[0, word]];
  const c = word.charCodeAt(0);
  // و ف ب ل ك: nothing to strip from any other first letter.
  if (c !== 0x648 && c !== 0x641 && c !== 0x628 && c !== 0x644 && c !== 0x643) return out;
  for (const p of PROCLITICS) {
    if (word.length - p.length < 3 || !word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    out.push([p.length, rest]);
    // لل + stem stands for ل + ال + stem.
    if (p.endsWith('ل') && rest.startsWith('ل')) out.push([p.length - 1, `ا${rest}`]);
  }
  return out;
}
