// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type HighlightEnv, Highlighter, type HighlightLike } from '@/lib/highlight/highlighter';
import { FakeHighlight } from '../../helpers/fakes';

function setup(html: string) {
  document.body.innerHTML = html;
  const registry = new Map<string, HighlightLike>();
  let caret: { node: Node; offset: number } | null = null;
  const env: HighlightEnv = { registry, createHighlight: () => new FakeHighlight(), caretAt: () => caret };
  const setCaret = (node: Node, offset: number) => {
    caret = { node, offset };
  };
  return { registry, env, setCaret };
}

function rangeOf(node: Text, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
}

describe('Highlighter', () => {
  it('registers one highlight per kind and finds the mark under the caret', () => {
    const { registry, env, setCaret } = setup('<p>زار الكاظمي واشنطن</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    const h = new Highlighter<string>(env);
    h.set('siyaq-actor', [
      { range: rangeOf(text, 4, 11), data: 'kadhimi' },
      { range: rangeOf(text, 12, 18), data: 'washington' },
    ]);
    expect([...registry.keys()]).toEqual(['siyaq-actor']);
    expect(registry.get('siyaq-actor')!.size).toBe(2);
    setCaret(text, 15);
    expect(h.hitTest(10, 10)?.data).toBe('washington');
    setCaret(text, 2);
    expect(h.hitTest(10, 10)).toBeUndefined();
  });

  it('replaces a kind wholesale and forgets the old marks', () => {
    const { registry, env, setCaret } = setup('<p>بغداد</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    const h = new Highlighter<string>(env);
    h.set('siyaq-actor', [{ range: rangeOf(text, 0, 5), data: 'old' }]);
    h.set('siyaq-actor', [{ range: rangeOf(text, 0, 5), data: 'new' }]);
    setCaret(text, 1);
    expect(h.hitTest(0, 0)?.data).toBe('new');
    expect(registry.get('siyaq-actor')!.size).toBe(1);
    h.remove('siyaq-actor');
    expect(registry.size).toBe(0);
    expect(h.hitTest(0, 0)).toBeUndefined();
  });

  it('hides and shows without losing marks, and ignores hits while hidden', () => {
    const { registry, env, setCaret } = setup('<p>طهران</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    const h = new Highlighter<string>(env);
    h.set('siyaq-actor', [{ range: rangeOf(text, 0, 5), data: 'tehran' }]);
    setCaret(text, 2);
    h.setVisible(false);
    expect(registry.size).toBe(0);
    expect(h.hitTest(0, 0)).toBeUndefined();
    h.setVisible(true);
    expect(registry.size).toBe(1);
    expect(h.hitTest(0, 0)?.data).toBe('tehran');
  });

  it('filters hits by kind', () => {
    const { env, setCaret } = setup('<p>5000 جندي</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    const h = new Highlighter<string>(env);
    h.set('siyaq-figure', [{ range: rangeOf(text, 0, 9), data: 'figure' }]);
    setCaret(text, 1);
    expect(h.hitTest(0, 0, ['siyaq-actor'])).toBeUndefined();
    expect(h.hitTest(0, 0, ['siyaq-figure'])?.data).toBe('figure');
  });
});
