import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtLeast, firstStartingAt } from '@/lib/sorted';

const sorted = fc.array(fc.integer({ min: -50, max: 50 })).map((a) => a.sort((x, y) => x - y));

describe('binary search over ascending lists', () => {
  it('finds the first element at or after a point, as a linear scan does', () => {
    fc.assert(
      fc.property(sorted, fc.integer({ min: -60, max: 60 }), (list, at) => {
        const linear = list.findIndex((v) => v >= at);
        const expected = linear < 0 ? list.length : linear;
        expect(firstAtLeast(list, at)).toBe(expected);
        expect(
          firstStartingAt(
            list.map((start) => ({ start })),
            at,
          ),
        ).toBe(expected);
      }),
    );
  });

  it('answers 0 on an empty list, and the first of equal elements', () => {
    expect(firstAtLeast([], 3)).toBe(0);
    expect(firstAtLeast([1, 3, 3, 3, 7], 3)).toBe(1);
    expect(firstStartingAt([{ start: 2 }, { start: 5 }], 9)).toBe(2);
  });
});
