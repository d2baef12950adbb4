import { normalizeKey } from '../text/normalize';
import type { Actor } from './schema';

/**
 * Checks of the bundled base that look across names rather than at one field: an ambiguity flag
 * must hold for every spelling that names the same thing in the same way, and a surname that two
 * people share must not link to one of them alone. They fail `npm run kb:build`; the validator of
 * imported packs and the reader's own actors (validate.ts) does not run them, since a reader's
 * actor may well be the only one of its surname they care about.
 */
export interface ConsistencyIssue {
  actorId: string;
  message: string;
}

const ARABIC = /\p{Script=Arabic}/u;

/** The key with spaces, hyphens and joiners taken out: نصر الله = نصرالله, Abdul-Mahdi = Abdul Mahdi. */
function joinedKey(name: string): string {
  return normalizeKey(name).replace(/[\s\-‐‑–—'’]+/gu, '');
}

/**
 * A consonant skeleton shared by an Arabic spelling and its Latin transliteration (هاريس / Harris,
 * غريفيثس / Griffiths): letters mapped to rough sound classes, vowels, the article, a final h and
 * doubled letters dropped. It is loose on purpose, and only ever compares two names of one actor.
 */
const AR_CLASS: Record<string, string> = {};
const setClass = (letters: string, cls: string) => {
  for (const c of letters) AR_CLASS[c] = cls;
};
setClass('بپ', 'b');
setClass('تطث', 't');
setClass('جچغقكگک', 'k');
setClass('حهخة', 'h');
setClass('دضذ', 'd');
setClass('ر', 'r');
setClass('زظژ', 'z');
setClass('سص', 's');
setClass('ش', 'x');
setClass('فڤ', 'f');
setClass('ل', 'l');
setClass('م', 'm');
setClass('ن', 'n');
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/kh/g, 'h'],
  [/sh|ch/g, 'x'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/gh/g, 'k'],
  [/ph/g, 'f'],
];
const LATIN_CLASS: Record<string, string> = { p: 'b', v: 'f', c: 'k', g: 'k', j: 'k', q: 'k', x: 'ks' };

export function skeleton(name: string): string {
  let out = '';
  if (ARABIC.test(name)) {
    const s = name.trim().replace(/^ال/u, '').replace(/\sال/gu, ' ').replace(/تش/gu, 'ش');
    for (const c of s) out += AR_CLASS[c] ?? '';
  } else {
    let s = name
      .normalize('NFD')
      .toLowerCase()
      .replace(/[^a-z\s-]/g, '')
      .replace(/^(al|el|ad|an|as|ar|at)[\s-]/, '');
    for (const [re, to] of LATIN_DIGRAPHS) s = s.replace(re, to);
    for (const c of s) out += /[bdfhklmnrstz]/.test(c) ? c : (LATIN_CLASS[c] ?? '');
  }
  return out.replace(/(.)\1+/g, '$1').replace(/h$/, '');
}

interface Named {
  text: string;
  lang: 'ar' | 'en';
  ambiguous: boolean;
}

function namesOf(actor: Actor): Named[] {
  const amb = new Set(actor.ambiguous ?? []);
  const list: Named[] = [];
  const seen = new Set<string>();
  const add = (text: string, lang: 'ar' | 'en') => {
    if (seen.has(text)) return;
    seen.add(text);
    list.push({ text, lang, ambiguous: amb.has(text) });
  };
  add(actor.names.ar, 'ar');
  add(actor.names.en, 'en');
  for (const a of actor.aliases?.ar ?? []) add(a, 'ar');
  for (const a of actor.aliases?.en ?? []) add(a, 'en');
  return list;
}

const oneWord = (s: string) => !/\s/u.test(s.trim());

/** Keys of a surname with and without the article, so الخامنئي meets خامنئي. */
function surnameKeys(word: string): string[] {
  const k = normalizeKey(word);
  return k.startsWith('ال') && k.length > 4 ? [k, k.slice(2)] : [k];
}

export function checkNameConsistency(actors: readonly Actor[]): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];

  // The last word of every person's name of two words or more: the surnames in the base.
  const surnames = new Map<string, Set<string>>();
  for (const a of actors) {
    if (a.type !== 'person') continue;
    for (const n of namesOf(a)) {
      const words = n.text.trim().split(/\s+/u);
      if (words.length < 2) continue;
      for (const k of surnameKeys(words[words.length - 1]!)) {
        if (!surnames.has(k)) surnames.set(k, new Set());
        surnames.get(k)!.add(a.id);
      }
    }
  }

  for (const a of actors) {
    const names = namesOf(a);
    const flagged = names.filter((n) => n.ambiguous);
    if (flagged.length) {
      // 1. One name written with or without spaces (نصر الله / نصرالله) is one name.
      for (const f of flagged) {
        const k = joinedKey(f.text);
        for (const n of names) {
          if (!n.ambiguous && n.lang === f.lang && joinedKey(n.text) === k) {
            issues.push({ actorId: a.id, message: `"${n.text}" is "${f.text}" spelled another way; flag it ambiguous too` });
          }
        }
      }
      // 2. A person's surname ambiguous in English (Harris) is as ambiguous in Arabic (هاريس).
      if (a.type === 'person') {
        for (const f of flagged) {
          if (f.lang !== 'en' || !oneWord(f.text)) continue;
          const s = skeleton(f.text);
          if (s.length < 2) continue;
          for (const n of names) {
            if (!n.ambiguous && n.lang === 'ar' && oneWord(n.text) && skeleton(n.text) === s) {
              issues.push({ actorId: a.id, message: `"${n.text}" is the Arabic of ambiguous "${f.text}"; flag it ambiguous too` });
            }
          }
        }
      }
    }
    // 3. A surname alone that is another person's surname too (حفتر: Khalifa and Saddam Haftar).
    if (a.type === 'person') {
      for (const n of names) {
        if (n.ambiguous || !oneWord(n.text)) continue;
        const others = new Set<string>();
        for (const k of surnameKeys(n.text)) for (const id of surnames.get(k) ?? []) if (id !== a.id) others.add(id);
        if (others.size) {
          issues.push({
            actorId: a.id,
            message: `"${n.text}" is also the surname of ${[...others].map((id) => `"${id}"`).join(', ')}; flag it ambiguous`,
          });
        }
      }
    }
  }
  return issues;
}
