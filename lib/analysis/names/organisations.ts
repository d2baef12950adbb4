import { verbForm } from '../verbs';
import { genericComplements, movementWords, namingHeads, organisationHeads, stopWords, titleWords } from './lexicon';
import type { RawName } from './raw';
import { stemsOf, type TextWord } from './words';

/**
 * A bare word that may be a proper name: not an indefinite nisba (فنية، أميركية), not a verbal
 * noun of the إفعال / افتعال / استفعال patterns (إنتاج، استيراد), not a word with a pronoun.
 */
function properShape(w: string): boolean {
  if (w.length < 3 || w.endsWith('يه') || w.endsWith('ي') || /(ه|ها|هم|نا)$/u.test(w)) return false;
  return !/^(ا.تا.|ا.ت.ا.|است..ا.|ا..ا.)$/u.test(w);
}

/**
 * Organisations by a head noun and its complement: حركة المقاومة الإسلامية، حزب الدعوة، شركة
 * نوكيا، جامعة الدول العربية، وزارة الصحة الفلسطينية. A head named by its complement alone
 * (حزب، حركة، شركة، جامعة …) needs one word that is not generic; the others (وزارة، مجلس، لجنة،
 * قوات …) need a qualifier too, or they are the generic "the ministry of health", "the security forces".
 */
export function findOrganisations(text: string, words: readonly TextWord[]): RawName[] {
  const out: RawName[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.known) continue;
    const reading = stemsOf(w).find(([, s]) => organisationHeads().has(s));
    if (!reading) continue;
    const [clitic, head] = reading;
    const quoted = quotedAfter(text, words, i);
    if (quoted) {
      out.push({ start: w.start + clitic, end: quoted.end, type: 'organisation', via: 'head-noun' });
      i = quoted.last;
      continue;
    }
    let j = i + 1;
    let proper = 0;
    let qualified = 0;
    let definite = 0;
    while (j < words.length && words[j]!.joined && !words[j]!.known && j - i <= 5) {
      const t = words[j]!.text;
      if (stopWords().has(t) || titleWords().has(t) || verbForm(t) !== undefined || /^[0-9]/.test(t)) break;
      // وال…: a second noun joined by و (حزبا الدعوة والفضيلة) ends the name.
      if (t.startsWith('وال')) break;
      const article = t.startsWith('ال') || /^(لل|بال)/u.test(t);
      if (article) {
        if (proper > 0 && !(t.endsWith('ي') || t.endsWith('يه'))) break; // شركة نوكيا الفنلندية, not شركة نوكيا العام
        definite++;
        if (!genericComplements().has(t) && !genericComplements().has(t.replace(/^(لل|بال)/u, 'ال'))) qualified++;
      } else {
        // A bare word right after a naming head is a proper name (شركة نوكيا); after the article it
        // ends the name, and an indefinite adjective or verbal noun is no name (لجنة فنية، شركة إنتاج).
        if (definite > 0 || proper > 0 || !namingHeads().has(head) || organisationHeads().has(t) || !properShape(t)) break;
        proper++;
      }
      j++;
    }
    if (j === i + 1) continue;
    const naming = namingHeads().has(head);
    let ok = naming ? qualified + proper >= 1 : qualified >= 2;
    if (head === 'حركه') ok = words.slice(i + 1, j).some((x) => movementWords().has(x.text));
    if (!ok) continue;
    out.push({ start: w.start + clitic, end: words[j - 1]!.end, type: 'organisation', via: 'head-noun' });
    i = j - 1;
  }
  return out;
}

/** شركة "نوفارتيس": the quoted words after a head noun, if a closing quote follows within five. */
function quotedAfter(text: string, words: readonly TextWord[], i: number): { end: number; last: number } | undefined {
  const next = words[i + 1];
  if (!next || !/^\s*["«]\s*$/u.test(text.slice(words[i]!.end, next.start))) return undefined;
  for (let k = i + 1; k < words.length && k <= i + 5; k++) {
    const after = words[k + 1];
    const gap = text.slice(words[k]!.end, after ? after.start : text.length);
    if (/^\s*["»]/u.test(gap)) return { end: words[k]!.end, last: k };
    if (!/^\s*$/u.test(gap)) return undefined;
  }
  return undefined;
}
