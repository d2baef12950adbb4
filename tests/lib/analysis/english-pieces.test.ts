import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ENGLISH_PIECE, englishPieces } from '@/lib/analysis/english';

// Every call into compromise, to see how much text each one is given.
const calls = vi.hoisted(() => [] as number[]);
vi.mock('compromise', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (text: string) => unknown }).default;
  const spy = Object.assign((text: string) => {
    calls.push(text.length);
    return real(text);
  }, real);
  return { default: spy };
});

const { analyzeEnglish } = await import('@/lib/analysis/english');

// The English fixture article's story, run together as one paragraph and repeated to about
// 32,000 characters: the shape (if a third of the size) of the page that held the main thread
// for 7 s with one paragraph of 96,000.
const story = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/pages/sites/thenational-article.expected.json'), 'utf8')) as {
    bodyParagraphs: string[];
  }
).bodyParagraphs.join(' ');
const LONG = Array.from({ length: Math.ceil(32_000 / (story.length + 1)) }, () => story).join(' ');

describe('English on long text', () => {
  it('gives compromise at most a piece at a time, cut where a sentence ends', { timeout: 60_000 }, () => {
    calls.length = 0;
    const a = analyzeEnglish(LONG);
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...calls)).toBeLessThanOrEqual(ENGLISH_PIECE);
    // Every sentence is a sentence of the story, in place: offsets into the whole text.
    const sentences = new Set(a.sentences.map((s) => LONG.slice(s.start, s.end).trim()));
    const once = new Set(analyzeEnglish(story).sentences.map((s) => story.slice(s.start, s.end).trim()));
    expect([...sentences].filter((s) => !once.has(s))).toEqual([]);
    for (const n of a.numbers) expect(LONG.slice(n.start, n.end)).toMatch(/\d|[a-z]/i);
    expect(a.sentences.every((s, i) => i === 0 || s.start >= a.sentences[i - 1]!.end)).toBe(true);
  });

  it('a short text is one piece, analysed as before', () => {
    expect(englishPieces(story)).toEqual([{ start: 0, end: story.length }]);
  });

  it('pieces cover the text exactly, each within the bound, never splitting a surrogate pair (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '.', '\n', '😀', '"', 'b'), maxLength: 400 }),
        fc.integer({ min: 4, max: 60 }),
        (text, max) => {
          const pieces = englishPieces(text, max);
          expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
          for (const p of pieces) {
            expect(p.end - p.start).toBeLessThanOrEqual(max);
            expect(p.end).toBeGreaterThan(p.start);
            const c = text.charCodeAt(p.end - 1);
            if (p.end < text.length) expect(c >= 0xd800 && c <= 0xdbff).toBe(false);
          }
        },
      ),
    );
  });
});
