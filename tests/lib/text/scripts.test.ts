import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countScripts } from '@/lib/text/scripts';

const byRegex = (text: string) => ({
  arabic: text.match(/\p{Script=Arabic}/gu)?.length ?? 0,
  latin: text.match(/\p{Script=Latin}/gu)?.length ?? 0,
  letters: text.match(/\p{L}/gu)?.length ?? 0,
});

describe('countScripts', () => {
  it('counts Arabic, Latin and all letters in mixed news text', () => {
    // The Arabic comma is of the Common script, as digits and punctuation are.
    expect(countScripts('قال بايدن (Biden) في 2021، إن…')).toEqual({ arabic: 12, latin: 5, letters: 17 });
    expect(countScripts('')).toEqual({ arabic: 0, latin: 0, letters: 0 });
  });

  it('agrees with the Unicode property patterns on any text, astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(countScripts(text)).toEqual(byRegex(text));
      }),
      { numRuns: 300 },
    );
    const mixed = 'اسماعیل قاآنی 𞸀𝐀 中文 ـ، ٣٤ Ünïcödé 😀';
    expect(countScripts(mixed)).toEqual(byRegex(mixed));
  });
});
