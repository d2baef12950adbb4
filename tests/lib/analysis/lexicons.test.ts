import { describe, expect, it } from 'vitest';
import { numberWords } from '@/lib/analysis/number-lexicon';
import { ARABIC, NATIONS } from '@/lib/analysis/unit-lexicon';
import { normalizeKey } from '@/lib/text/normalize';

/** The figure lexicons are written pre-normalised; a change to the fold must show up here. */
describe('hand-normalised lexicons stay normalised', () => {
  const words = (s: string) => s.split(/[\s_]+/u).filter(Boolean);
  it('number words', () => {
    for (const w of numberWords().keys()) expect(normalizeKey(w)).toBe(w);
  });
  it('Arabic units and nationality stems', () => {
    for (const [, ...forms] of ARABIC) for (const f of forms.flatMap((x) => words(x ?? ''))) expect(normalizeKey(f)).toBe(f);
    for (const [, stems] of NATIONS) for (const s of words(stems)) expect(normalizeKey(s)).toBe(s);
  });
});
