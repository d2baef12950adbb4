import { describe, expect, it } from 'vitest';
import { once } from '@/lib/once';

describe('once', () => {
  it('makes the value on the first call and returns that same value after', () => {
    let calls = 0;
    const get = once(() => ({ n: ++calls }));
    expect(calls).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(calls).toBe(1);
  });

  it('tries again when making the value threw', () => {
    let calls = 0;
    const get = once(() => {
      if (++calls === 1) throw new Error('first');
      return calls;
    });
    expect(() => get()).toThrow('first');
    expect(get()).toBe(2);
    expect(get()).toBe(2);
  });
});
