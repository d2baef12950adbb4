import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeKey, toOriginal } from '@/lib/text/normalize';

describe('normalizeKey', () => {
  it.each([
    ['alef variants fold to bare alef', 'أحمد إبراهيم آمال ٱلله', 'احمد ابراهيم امال الله'],
    ['alef maqsura and teh marbuta fold', 'مصطفى الكاظمي والحكومة', 'مصطفي الكاظمي والحكومه'],
    ['hamza on waw and on yeh fold to their carriers', 'فؤاد رضائي خامنئي', 'فواد رضايي خامنيي'],
    ['diacritics and tatweel go', 'مُصْطَفَى الكـــاظمي', 'مصطفي الكاظمي'],
    ['Persian yeh and the lost space', 'اسماعیلقاآنی', 'اسماعيلقااني'],
    ['Persian keheh, gaf, peh, tcheh, jeh', 'کرمان گرگان پاکستان چابهار ژنو', 'كرمان كركان باكستان جابهار زنو'],
    ['Urdu and Persian heh forms', 'خامنہ خانۀ', 'خامنه خانه'],
    ['ZWNJ inside a Persian word is dropped', 'خامنه\u200cای', 'خامنهاي'],
    ['bidi marks are dropped', '\u200fبغداد\u200e', 'بغداد'],
    ['Eastern Arabic digits and separators', '٥٬٠٠٠ جندي و٢٫٥٪', '5,000 جندي و2.5%'],
    ['Persian digits', '۸ میلیارد', '8 ميليارد'],
    ['presentation forms and ligatures (NFKC)', 'ﻻ ﷲ', 'لا الله'],
    ['alef + combining hamza composes, then folds (NFC)', 'ا\u0654حمد', 'احمد'],
    ['curly quotes and guillemets become plain quotes', '«قال» “ناجحا”', '"قال" "ناجحا"'],
    ['English is case- and accent-insensitive', 'Erdoğan ÇAVUŞOĞLU Séjourné', 'erdogan cavusoglu sejourne'],
    ['non-breaking spaces are spaces, runs collapse in keys', 'الولايات\u00a0 المتحدة', 'الولايات المتحده'],
    ['Maghrebi veh and gaf', 'ڤيينا ڨالمة', 'فيينا قالمه'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeKey(input)).toBe(expected);
  });
});

describe('normalize offset map', () => {
  it('maps every normalised unit back to the letters that produced it', () => {
    const original = 'وصل اللواء اسماعیل قاآنی ، قائد فيلق القدس';
    const n = normalize(original);
    const at = n.text.indexOf('قااني');
    const [s, e] = toOriginal(n, at, at + 'قااني'.length);
    expect(original.slice(s, e)).toBe('قاآنی');
  });

  it('keeps a vowelled word whole, marks included', () => {
    const original = 'قال مُصْطَفَى';
    const n = normalize(original);
    const at = n.text.indexOf('مصطفي');
    const [s, e] = toOriginal(n, at, at + 5);
    expect(original.slice(s, e)).toBe('مُصْطَفَى');
  });

  it('maps a span inside a ligature to the whole ligature', () => {
    const n = normalize('ﷲ');
    expect(n.text).toBe('الله');
    expect(toOriginal(n, 1, 3)).toEqual([0, 1]);
  });

  const text = fc.string({
    unit: fc.oneof(
      fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإئؤةىیکگپچژھۀ٠١٢٣٤٥٦٧٨٩۰۱۲٬٫ـًٌٍَُِّْٰ«»“” ،.؟!\n\u200c\u200f\u00a0ﻻﷲ'),
      fc.constantFrom(...'AbcÉéİıÇçğ 0123456789'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 200,
  });

  it('is monotone, in range, and maps each unit back to a source that normalises to it (property)', () => {
    fc.assert(
      fc.property(text, (original) => {
        const n = normalize(original);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.ends.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          const s = n.starts[i]!;
          const e = n.ends[i]!;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(original.length);
          expect(s).toBeLessThan(e);
          if (i > 0) {
            expect(s).toBeGreaterThanOrEqual(n.starts[i - 1]!);
            expect(e).toBeGreaterThanOrEqual(n.ends[i - 1]!);
          }
        }
        // Each source cluster normalises, on its own, to exactly the units it produced.
        let i = 0;
        while (i < n.text.length) {
          let j = i;
          while (j < n.text.length && n.starts[j] === n.starts[i]) j++;
          expect(normalize(original.slice(n.starts[i], n.ends[i])).text).toBe(n.text.slice(i, j));
          i = j;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('concatenating the sources of all units gives back the original minus dropped characters (property)', () => {
    fc.assert(
      fc.property(text, (original) => {
        const n = normalize(original);
        const dropped = new Set<number>();
        let covered = 0;
        for (let i = 0; i < n.text.length; i++) {
          for (let k = covered; k < n.starts[i]!; k++) dropped.add(k);
          covered = Math.max(covered, n.ends[i]!);
        }
        for (let k = covered; k < original.length; k++) dropped.add(k);
        // Every dropped character normalises to nothing on its own.
        for (const k of dropped) {
          const c = original.codePointAt(k)!;
          if (c >= 0xdc00 && c <= 0xdfff) continue; // low half of a pair counted with its high half
          expect(normalize(String.fromCodePoint(c)).text).toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});
