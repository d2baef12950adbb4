import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analysis/analyze';
import { analyzeInSegments, MAX_TEXT, segments } from '@/lib/analysis/segments';
import { BUNDLED } from '../../helpers/kb';

const PARA = 'وقال رئيس الوزراء العراقي مصطفى الكاظمي إن لدى الولايات المتحدة 5000 جندي في العراق.';

describe('long texts in pieces', () => {
  it('cuts at paragraph ends and covers the text exactly', () => {
    const text = Array.from({ length: 40 }, (_, i) => `${i} ${PARA}`).join('\n');
    const parts = segments(text, 500);
    expect(parts[0]!.start).toBe(0);
    expect(parts.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < parts.length; i++) {
      expect(parts[i]!.start).toBe(parts[i - 1]!.end);
      expect(text[parts[i]!.start - 1]).toBe('\n');
    }
  });

  it('gives the same mentions, figures and claims as one piece, at the same offsets', async () => {
    const text = Array.from({ length: 600 }, () => PARA).join('\n');
    let pauses = 0;
    const pieces = await analyzeInSegments(text, BUNDLED, {}, async () => {
      pauses++;
    });
    const whole = analyzeText(text, BUNDLED);
    expect(pauses).toBeGreaterThan(0);
    expect(pieces.mentions.map((m) => [m.start, m.actorId])).toEqual(whole.mentions.map((m) => [m.start, m.actorId]));
    expect(pieces.figures.map((f) => [f.start, f.value])).toEqual(whole.figures.map((f) => [f.start, f.value]));
    expect(pieces.claims.map((c) => [c.start, c.speakerId, c.figures.map((i) => pieces.figures[i]!.start)])).toEqual(
      whole.claims.map((c) => [c.start, c.speakerId, c.figures.map((i) => whole.figures[i]!.start)]),
    );
  });

  it('stops at the cap on a page far longer than any article', async () => {
    const text = Array.from({ length: Math.ceil((MAX_TEXT * 1.5) / PARA.length) }, () => PARA).join('\n');
    const a = await analyzeInSegments(text, BUNDLED, {}, async () => {});
    expect(a.text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(a.mentions.at(-1)!.end).toBeLessThanOrEqual(a.text.length);
  });
});
