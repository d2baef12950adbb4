import { describe, expect, it } from 'vitest';
import { checkNameConsistency, skeleton } from '../../../lib/kb/consistency';
import type { Actor } from '../../../lib/kb/schema';

// The actors below are written for these tests, each after a real entry of the base as it was
// before these checks (Hassan Nasrallah, Kamala Harris, Khalifa and Saddam Haftar).
const person = (over: Partial<Actor> & { id: string }): Actor => ({
  type: 'person',
  names: { ar: 'اسم', en: 'Name' },
  note: { ar: 'شخص.', en: 'A person.' },
  ...over,
});

describe('the consistency of names across the base', () => {
  it('makes a flag on a name written with a space hold for the name written joined (نصر الله / نصرالله)', () => {
    const nasrallah = person({
      id: 'hassan-nasrallah',
      names: { ar: 'حسن نصر الله', en: 'Hassan Nasrallah' },
      aliases: { ar: ['نصر الله', 'نصرالله'], en: ['Nasrallah'] },
      ambiguous: ['نصر الله'],
    });
    expect(checkNameConsistency([nasrallah]).map((i) => i.message)).toEqual([
      '"نصرالله" is "نصر الله" spelled another way; flag it ambiguous too',
    ]);
    expect(checkNameConsistency([{ ...nasrallah, ambiguous: ['نصر الله', 'نصرالله'] }])).toEqual([]);
  });

  it("makes a person's surname flagged in English hold for its Arabic spelling (Harris / هاريس)", () => {
    const harris = person({
      id: 'kamala-harris',
      names: { ar: 'كامالا هاريس', en: 'Kamala Harris' },
      aliases: { ar: ['هاريس'], en: ['Harris'] },
      ambiguous: ['Harris'],
    });
    expect(checkNameConsistency([harris]).map((i) => i.message)).toEqual([
      '"هاريس" is the Arabic of ambiguous "Harris"; flag it ambiguous too',
    ]);
    expect(checkNameConsistency([{ ...harris, ambiguous: ['Harris', 'هاريس'] }])).toEqual([]);
  });

  it('leaves alone a flag that belongs to one spelling: a word in Arabic (كابل, cable) but not as كابول', () => {
    const kabul: Actor = {
      id: 'kabul',
      type: 'place',
      names: { ar: 'كابل', en: 'Kabul' },
      aliases: { ar: ['كابول'] },
      ambiguous: ['كابل'],
      note: { ar: 'مدينة.', en: 'A city.' },
    };
    expect(checkNameConsistency([kabul])).toEqual([]);
  });

  it('flags a surname alone when another person of the base bears it (حفتر: Khalifa and Saddam Haftar)', () => {
    const khalifa = person({
      id: 'khalifa-haftar',
      names: { ar: 'خليفة حفتر', en: 'Khalifa Haftar' },
      aliases: { ar: ['حفتر'], en: ['Haftar'] },
    });
    const saddam = person({ id: 'saddam-haftar', names: { ar: 'صدام حفتر', en: 'Saddam Haftar' } });
    expect(checkNameConsistency([khalifa, saddam]).map((i) => i.message)).toEqual([
      '"حفتر" is also the surname of "saddam-haftar"; flag it ambiguous',
      '"Haftar" is also the surname of "saddam-haftar"; flag it ambiguous',
    ]);
    expect(checkNameConsistency([{ ...khalifa, ambiguous: ['حفتر', 'Haftar'] }, saddam])).toEqual([]);
    // Alone in the base, the surname is his.
    expect(checkNameConsistency([khalifa])).toEqual([]);
  });

  it('gives a name and its transliteration one skeleton, and different names different ones', () => {
    expect(skeleton('هاريس')).toBe(skeleton('Harris'));
    expect(skeleton('غريفيثس')).toBe(skeleton('Griffiths'));
    expect(skeleton('الدبيبة')).toBe(skeleton('Dbeibah'));
    expect(skeleton('خامنئي')).toBe(skeleton('Khamenei'));
    expect(skeleton('كيري')).not.toBe(skeleton('Harris'));
    expect(skeleton('بولتون')).not.toBe(skeleton('Bolton Wanderers'));
  });
});
