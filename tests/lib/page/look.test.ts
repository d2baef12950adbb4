// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type HighlightEnv, Highlighter, type HighlightLike } from '@/lib/highlight/highlighter';
import { highlightName } from '@/lib/page/look';
import { readLook } from '@/lib/settings/look';
import { FakeHighlight } from '../../helpers/fakes';

describe('the look of highlights', () => {
  it('names layers by palette; the defaults keep the plain names', () => {
    const look = readLook({ actors: 'green', figures: 'grey', density: 'first' });
    expect(highlightName('siyaq-actor', look)).toBe('siyaq-actor-green');
    expect(highlightName('siyaq-figure', look)).toBe('siyaq-figure-grey');
    expect(highlightName('siyaq-focus', look)).toBe('siyaq-focus');
    expect(highlightName('siyaq-actor', readLook(undefined))).toBe('siyaq-actor');
  });

  it('reads anything unknown as the default', () => {
    expect(readLook({ actors: 'plaid', density: 42 })).toEqual({ actors: 'amber', figures: 'blue', density: 'all' });
  });

  it('re-registers painted layers under the new names without repainting', () => {
    document.body.innerHTML = '<p>بغداد</p>';
    const registry = new Map<string, HighlightLike>();
    const env: HighlightEnv = { registry, createHighlight: () => new FakeHighlight(), caretAt: () => null };
    const h = new Highlighter<string>(env);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    h.set('siyaq-actor', [{ range, data: 'baghdad' }]);
    h.rename((k) => highlightName(k, readLook({ actors: 'blue' })));
    expect([...registry.keys()]).toEqual(['siyaq-actor-blue']);
    h.setVisible(false);
    expect(registry.size).toBe(0);
    h.setVisible(true);
    expect([...registry.keys()]).toEqual(['siyaq-actor-blue']);
    expect(h.items('siyaq-actor')).toHaveLength(1);
  });
});
