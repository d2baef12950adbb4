import { type Normalized, normalizeKey, toOriginal } from '../../text/normalize';
import type { FoundName, Mention, Proposal, Span } from '../types';
import { givenName } from './given-names';
import { stopWords, titleWords } from './lexicon';
import { findOrganisations } from './organisations';
import { findPeople } from './people';
import { findPlaces } from './places';
import type { RawName } from './raw';
import { stemsOf, textWords } from './words';

/** و ف ب ل ك: the letters a proclitic starts with. */
const PROCLITIC_FIRST = new Set([0x648, 0x641, 0x628, 0x644, 0x643]);

/** The first normalised index whose original start is at or after `at`. */
function normIndex(norm: Normalized, at: number): number {
  let lo = 0;
  let hi = norm.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The longest of overlapping names, the first on a tie. */
function disjoint(names: RawName[]): RawName[] {
  names.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawName[] = [];
  for (const n of names) {
    const last = out[out.length - 1];
    if (last && n.start < last.end) {
      if (n.end - n.start > last.end - last.start) out[out.length - 1] = n;
      continue;
    }
    out.push(n);
  }
  return out;
}

/**
 * Names outside the base in one article: people, organisations and places from evidence in
 * the Arabic text, a person named again by their surname alone, and (on English pages) what
 * compromise proposes. Known-actor mentions win: no name overlaps one.
 */
export function findNames(
  original: string,
  norm: Normalized,
  mentions: readonly Mention[],
  english: readonly Proposal[] = [],
): FoundName[] {
  const covered: Span[] = mentions.map((m) => ({ start: normIndex(norm, m.start), end: normIndex(norm, m.end) }));
  const words = textWords(norm.text, covered);
  const found = disjoint([...findPeople(norm.text, words), ...findOrganisations(norm.text, words), ...findPlaces(words)]);

  // The fullest name of each surname, for the surname alone later on (كوفي أنان … أنان).
  const bySurname = new Map<string, RawName>();
  for (const n of found) {
    const s = n.surname;
    if (n.type !== 'person' || !s || s.length < 3 || givenName(s) || stopWords().has(s) || titleWords().has(s)) continue;
    // An ال-word is found again alone only when it is a nisba (الزرقاوي), not a noun (الرحيل، المنتخب).
    if (s.startsWith('ال') && !(s.endsWith('ي') && s.length >= 7)) continue;
    if (!bySurname.has(s)) bySurname.set(s, n);
  }
  const full = new Map<RawName, RawName>();
  if (bySurname.size) {
    const taken = found.slice();
    let t = 0;
    for (const w of words) {
      if (w.known) continue;
      while (t < taken.length && taken[t]!.end <= w.start) t++;
      if (t < taken.length && taken[t]!.start < w.end) continue;
      if (!bySurname.has(w.text) && !PROCLITIC_FIRST.has(w.text.charCodeAt(0))) continue;
      for (const [clitic, stem] of stemsOf(w)) {
        const named = bySurname.get(stem);
        if (!named || named.start > w.start) continue;
        const raw: RawName = { start: w.start + clitic, end: w.end, type: 'person', via: 'coreference' };
        found.push(raw);
        full.set(raw, named);
        break;
      }
    }
    found.sort((a, b) => a.start - b.start);
  }

  const out: FoundName[] = [];
  // The normalised text is already the key's form.
  const keyOf = (n: RawName): string => norm.text.slice(n.start, n.end).replace(/\s+/gu, ' ');
  for (const n of found) {
    const [start, end] = toOriginal(norm, n.start, n.end);
    const name: FoundName = { start, end, text: original.slice(start, end), type: n.type, key: keyOf(full.get(n) ?? n), via: n.via };
    if (n.roleStart !== undefined && n.roleEnd !== undefined) {
      const [rs, re] = toOriginal(norm, n.roleStart, n.roleEnd);
      name.role = original.slice(rs, re);
      name.roleSpan = { start: rs, end: re };
    }
    out.push(name);
  }
  for (const p of english) {
    if (mentions.some((m) => m.start < p.end && m.end > p.start)) continue;
    out.push({ start: p.start, end: p.end, text: p.text, type: p.kind, key: normalizeKey(p.text), via: 'english' });
  }
  return out.sort((a, b) => a.start - b.start);
}
