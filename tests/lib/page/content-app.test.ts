import { describe, expect, it } from 'vitest';
import { actsOnClick } from '@/lib/page/content-app';

describe('clicks on the page', () => {
  it('acts on the reader’s own left click only, not on one a page script dispatched', () => {
    // What a page's script dispatches: the browser marks it untrusted (the browser test clicks for real).
    expect(actsOnClick({ isTrusted: false, button: 0, defaultPrevented: false })).toBe(false);
    expect(actsOnClick({ isTrusted: true, button: 0, defaultPrevented: false })).toBe(true);
    expect(actsOnClick({ isTrusted: true, button: 1, defaultPrevented: false })).toBe(false);
    expect(actsOnClick({ isTrusted: true, button: 0, defaultPrevented: true })).toBe(false);
  });
});
