import { verbForm } from '../verbs';
import { ambiguousPlaceNouns, genericComplements, loosePlaceNouns, placeNouns, stopWords, titleWords } from './lexicon';
import type { RawName } from './raw';
import { stemsOf, type TextWord } from './words';

/**
 * Places by a place noun and the name after it: مدينة بعقوبة، قرية بوادي، مخيم جنين، ولاية
 * كاليفورنيا. The name is what follows the noun (the noun is kept as the role phrase). After a
 * loose noun (منطقة، حي، جبل) only a word without the article counts: منطقة الحدود is a phrase.
 */
export function findPlaces(words: readonly TextWord[]): RawName[] {
  const out: RawName[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (w.known) continue;
    const reading = stemsOf(w).find(([, s]) => placeNouns().has(s));
    if (!reading) continue;
    const loose = loosePlaceNouns().has(reading[1]) || ambiguousPlaceNouns().has(reading[1]);
    let j = i + 1;
    while (j < words.length && j - i <= 2 && words[j]!.joined && !words[j]!.known) {
      const t = words[j]!.text;
      if (stopWords().has(t) || titleWords().has(t) || placeNouns().has(t) || verbForm(t) !== undefined || t.length < 3) break;
      // An adjective, not a name: منطقة عسكرية، حي سكني، المدينة القديمة.
      if (t.endsWith('يه') || (t.endsWith('ي') && t.length < 5)) break;
      if (t.startsWith('ال')) {
        if (loose || j > i + 1 || genericComplements().has(t) || t.endsWith('ي')) break;
        j++;
        break;
      }
      j++;
    }
    if (j === i + 1) continue;
    out.push({
      start: words[i + 1]!.start,
      end: words[j - 1]!.end,
      type: 'place',
      via: 'place-noun',
      roleStart: w.start + reading[0],
      roleEnd: w.end,
    });
    i = j - 1;
  }
  return out;
}
