import { verbForm } from '../verbs';
import { type GivenStrength, givenName, isDivineName, takesDin } from './given-names';
import {
  chainWords,
  complementWords,
  kunyaWords,
  officeWords,
  ordinals,
  organisationHeads,
  placeNouns,
  stopWords,
  titleWords,
} from './lexicon';
import type { RawName } from './raw';
import { stemsOf, type TextWord } from './words';

/**
 * People the base does not know, from evidence in the text (precision first):
 * - a given name (given-names.ts) and the name parts after it (خالد مجاهد، عبد الله بن فهد،
 *   أبو مصعب الزرقاوي); a given name that is also an everyday word (أمل، جمال، سعيد) needs a
 *   second name part that is a name too, or a title;
 * - a title or office before a name the lexicon does not know (وزيرة الخارجية الأميركية
 *   كوندوليزا رايس), across the office's complement;
 * - an apposition after one (كريستوفر هيل، مساعد وزيرة الخارجية).
 */
export function findPeople(text: string, words: readonly TextWord[]): RawName[] {
  const out: RawName[] = [];
  let i = 0;
  while (i < words.length) {
    const found = givenNameAt(words, i) ?? titledNameAt(words, i) ?? appositionNameAt(text, words, i);
    if (!found) {
      i++;
      continue;
    }
    out.push(found);
    // Continue after the name (a titled name starts after its title).
    while (i < words.length && words[i]!.start < found.end) i++;
    if (found.roleStart === undefined) roleAfter(text, words, found, i);
  }
  return out;
}

/** Is a word one that may be a family or foreign name (not a particle, verb, title, noun of a kind)? */
function plainNamePart(w: TextWord): boolean {
  w.plain ??= w.text.length >= 2 && stemsOf(w).every(([, s]) => plainStem(s));
  return w.plain;
}

function plainStem(w: string): boolean {
  // لقضية، بدولة: a preposition on a feminine noun, not a family name.
  if (/^[لبك]/u.test(w) && w.endsWith('ه') && w.length >= 5) return false;
  return (
    !w.startsWith('ال') &&
    !stopWords().has(w) &&
    !titleWords().has(w) &&
    !officeWords().has(w) &&
    !organisationHeads().has(w) &&
    !placeNouns().has(w) &&
    verbForm(w) === undefined &&
    !/^[0-9]/.test(w)
  );
}

/**
 * A word the lexicon does not know that may be a foreign name after a title: not with a pronoun
 * or the accusative alif (وزرائه، مطلعا), not a feminine plural, not shaped like an imperfect
 * verb (يشكل، تبذل).
 */
function foreignShape(w: TextWord): boolean {
  const t = w.text;
  if (t.length < 3 || /(ه|ها|هم|هما|نا|كم|ا|ات)$/u.test(t) || /^[وف]/u.test(t)) return false;
  return !(/^[يت]/u.test(t) && t.length <= 5);
}

/** An ال-word that may end a name as a family name or nisba (الزرقاوي، الحكيم). */
function familyName(w: string): boolean {
  return w.startsWith('ال') && w.length >= 5 && !stopWords().has(w) && !titleWords().has(w) && !complementWords().has(w);
}

function isNisba(w: string): boolean {
  return w.startsWith('ال') && w.endsWith('ي') && w.length >= 5;
}

interface Opening {
  strength: GivenStrength;
  /** Words the opening takes (عبد الله: 2). */
  take: number;
  clitic: number;
}

/** A given name (or عبد + a name of God, or a kunya) starting at word `i`, behind a proclitic or not. */
function openingAt(words: readonly TextWord[], i: number): Opening | undefined {
  const w = words[i]!;
  const next = words[i + 1];
  const nextJoined = next?.joined === true && !next.known;
  for (const [clitic, stem] of stemsOf(w)) {
    if (nextJoined && next!.text === 'الدين' && takesDin(stem)) return { strength: 'strong', take: 2, clitic };
    const g = givenName(stem);
    // Behind a proclitic only a given name that is no everyday word, and only after و or ل
    // (ولؤي، لمحمد): كامل is not ك + أمل, بسام may be ب + سام.
    if (g && (clitic === 0 || (g === 'strong' && /^[وفل]+$/u.test(w.text.slice(0, clitic))))) return { strength: g, take: 1, clitic };
    if (stem.startsWith('عبد') && stem.length > 5 && isDivineName(stem.slice(3))) return { strength: 'strong', take: 1, clitic };
    if (!nextJoined) continue;
    if (stem === 'عبد' && isDivineName(next.text)) return { strength: 'strong', take: 2, clitic };
    // أبو مازن، أبو مصعب: a kunya with a given name, or a name part, after it.
    if (kunyaWords().has(stem) && (givenName(next.text) !== undefined || (plainNamePart(next) && next.text.length >= 3)))
      return { strength: givenName(next.text) ? 'strong' : 'weak', take: 2, clitic };
  }
  return undefined;
}

/** The name parts after an opening, up to five words in all. */
function extend(words: readonly TextWord[], from: number, allowPlain: boolean): { end: number; parts: number; strongSecond: boolean } {
  let j = from;
  let parts = 0;
  let strongSecond = false;
  let plain = 0;
  const joinedAt = (k: number) => k < words.length && words[k]!.joined && !words[k]!.known;
  while (joinedAt(j) && parts < 4) {
    const t = words[j]!.text;
    if (chainWords().has(t) && joinedAt(j + 1)) {
      const o = openingAt(words, j + 1);
      const n = words[j + 1]!;
      if (o) j += 1 + o.take;
      else if (plainNamePart(n) || familyName(n.text)) j += 2;
      else break;
      parts++;
      strongSecond = true;
      continue;
    }
    // آل ثاني، آل سعود (normalised: ال).
    if (t === 'ال' && joinedAt(j + 1)) {
      j += 2;
      parts++;
      strongSecond = true;
      break;
    }
    const o = openingAt(words, j);
    if (o && o.clitic === 0) {
      j += o.take;
      parts++;
      if (o.strength === 'strong' || o.take === 2) strongSecond = true;
      continue;
    }
    if (ordinals().has(t) && parts === 0) {
      j++;
      parts++;
      strongSecond = true;
      break;
    }
    if (familyName(t)) {
      j++;
      parts++;
      if (isNisba(t)) strongSecond = true;
      break;
    }
    // One name part the lexicon does not know (خالد مجاهد), then only names, chains and a family name.
    if (allowPlain && plain === 0 && plainNamePart(words[j]!)) {
      j++;
      parts++;
      plain++;
      continue;
    }
    break;
  }
  return { end: j, parts, strongSecond };
}

/** Where the title before word `i` starts, across an office's complement (وزير الخارجية الأمريكي). */
function titleBefore(words: readonly TextWord[], i: number): number | undefined {
  let k = i - 1;
  let skipped = 0;
  if (!words[i]!.joined) return undefined;
  while (k >= 0 && skipped <= 5) {
    const w = words[k]!;
    if (stemsOf(w).some(([, s]) => titleWords().has(s))) return k;
    const inComplement =
      !w.known && !stopWords().has(w.text) && (w.text.startsWith('ال') || complementWords().has(w.text) || /^(ب|ل|لل)ال/u.test(w.text));
    if (!inComplement || !w.joined) return undefined;
    skipped++;
    k--;
  }
  return undefined;
}

function givenNameAt(words: readonly TextWord[], i: number): RawName | undefined {
  const w = words[i]!;
  if (w.known) return undefined;
  const o = openingAt(words, i);
  if (!o) return undefined;
  // علي is also على ("on") once the normaliser folds ى: only a name with a name after it.
  if (w.text === 'علي' || (w.text.endsWith('لي') && w.text.length === 4 && stemsOf(w).some(([, s]) => s === 'علي'))) {
    const next = words[i + 1];
    if (!next?.joined || next.known || !(givenName(next.text) || next.text === 'عبد' || chainWords().has(next.text) || isNisba(next.text)))
      return undefined;
  }
  const title = titleBefore(words, i);
  const allowPlain = o.strength === 'strong' || title !== undefined || reportingBefore(words, i);
  const { end, parts, strongSecond } = extend(words, i + o.take, allowPlain);
  const total = parts + (o.take === 2 ? 1 : 0);
  const ok =
    (total >= 1 && o.strength === 'strong') ||
    (total >= 1 && strongSecond) ||
    title !== undefined ||
    (o.strength === 'strong' && reportingBefore(words, i));
  if (!ok) return undefined;
  const last = words[end - 1]!;
  const name: RawName = { start: w.start + o.clitic, end: last.end, type: 'person', via: title !== undefined ? 'title' : 'given-name' };
  if (title !== undefined) {
    name.roleStart = words[title]!.start;
    name.roleEnd = words[i - 1]!.end;
  }
  if (total >= 1) name.surname = last.text;
  return name;
}

function reportingBefore(words: readonly TextWord[], i: number): boolean {
  const prev = words[i - 1];
  return prev !== undefined && words[i]!.joined && verbForm(prev.text) !== undefined;
}

/** A name the lexicon does not know right after a title and its complement. */
function titledNameAt(words: readonly TextWord[], i: number): RawName | undefined {
  const w = words[i]!;
  if (w.known || !stemsOf(w).some(([, s]) => officeWords().has(s) || titleWords().has(s))) return undefined;
  let k = i + 1;
  let skipped = 0;
  while (k < words.length && words[k]!.joined && skipped < 5) {
    const t = words[k]!;
    const inComplement =
      !t.known && !stopWords().has(t.text) && (complementWords().has(t.text) || titleWords().has(t.text) || /^(ال|بال|لل)/u.test(t.text));
    if (!inComplement) break;
    skipped++;
    k++;
  }
  const first = words[k];
  if (!first?.joined || first.known || !plainNamePart(first) || !foreignShape(first)) return undefined;
  if (openingAt(words, k)) return undefined; // a given name: givenNameAt reads it with its title
  let end = k + 1;
  while (
    end < words.length &&
    end - k < 3 &&
    words[end]!.joined &&
    !words[end]!.known &&
    plainNamePart(words[end]!) &&
    foreignShape(words[end]!)
  )
    end++;
  if (end < words.length && words[end]!.joined && !words[end]!.known && familyName(words[end]!.text) && end - k < 3) end++;
  // One word alone must end its phrase (a comma, a verb, a particle): مدرب منتخب فرنسا is no name.
  const after = words[end];
  if (end - k === 1 && after?.joined && !stopWords().has(after.text) && verbForm(after.text) === undefined) return undefined;
  return {
    start: first.start,
    end: words[end - 1]!.end,
    type: 'person',
    via: 'title',
    roleStart: w.start,
    roleEnd: words[k - 1]!.end,
    surname: end - k >= 2 ? words[end - 1]!.text : undefined,
  };
}

/** Two or three name words the lexicon does not know, right before an office: إبنيزر نجوي مدير البرنامج. */
function appositionNameAt(text: string, words: readonly TextWord[], i: number): RawName | undefined {
  const w = words[i]!;
  if (w.known || w.text.length < 3) return undefined;
  const prev = words[i - 1];
  const opensClause = !w.joined || (prev !== undefined && verbForm(prev.text) !== undefined);
  if (!opensClause) return undefined;
  // The office comes two or three words on: look for it before testing the words.
  const office2 = words[i + 2];
  const office3 = words[i + 3];
  if (!(office2 && officeWords().has(office2.text)) && !(office3 && officeWords().has(office3.text))) return undefined;
  if (!plainNamePart(w)) return undefined;
  let end = i + 1;
  while (end < words.length && end - i < 3 && words[end]!.joined && !words[end]!.known && plainNamePart(words[end]!)) end++;
  if (end - i < 2) return undefined;
  const office = words[end];
  if (!office) return undefined;
  const gap = text.slice(words[end - 1]!.end, office.start);
  if (!/^\s*[،,]?\s*$/u.test(gap) || !officeWords().has(office.text)) return undefined;
  for (let k = i; k < end; k++) if (!foreignShape(words[k]!)) return undefined;
  return { start: w.start, end: words[end - 1]!.end, type: 'person', via: 'apposition', surname: words[end - 1]!.text };
}

/** "خالد مجاهد، المتحدث الرسمي لوزارة الصحة": the role phrase after a comma, to the next punctuation. */
function roleAfter(text: string, words: readonly TextWord[], p: RawName, from: number): void {
  let k = from;
  while (k < words.length && words[k]!.start < p.end) k++;
  if (k >= words.length) return;
  const first = words[k]!;
  const gap = text.slice(p.end, first.start);
  const head = first.text.startsWith('ال') ? first.text.slice(2) : first.text;
  if (!/^\s*[،,]?\s*$/u.test(gap) || !(titleWords().has(first.text) || officeWords().has(first.text) || officeWords().has(head))) return;
  let end = k + 1;
  while (end < words.length && words[end]!.joined && end - k < 8) end++;
  k = end - 1;
  p.roleStart = first.start;
  p.roleEnd = words[k]!.end;
}
