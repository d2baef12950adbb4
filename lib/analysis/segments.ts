import type { MatcherData } from '../kb/compile';
import { cutText, SEGMENT } from '../text/cut';
import { type AnalyzeOptions, analysisSteps, analyzeText } from './analyze';
import { attachCredits } from './credits';
import type { ArticleAnalysis, Span } from './types';

export { cutText, MAX_TEXT, SEGMENT } from '../text/cut';

/** Cuts text into pieces of about `size` characters at paragraph ends (never inside a line). */
export function segments(text: string, size = SEGMENT): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n', end);
      end = cut > start ? cut + 1 : text.indexOf('\n', end) + 1 || text.length;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

function shift<T extends Span>(list: readonly T[], by: number): T[] {
  return list.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));
}

/**
 * The analysis of a long text in paragraph-aligned pieces, giving the page the main thread back
 * between them and between the stages of each (`pause`). An ordinary article is one piece, so its
 * result is analyzeText's; in a very long page, an ambiguous short name is supported only by
 * names in its own piece.
 */
export async function analyzeInSegments(
  fullText: string,
  data: MatcherData,
  options: AnalyzeOptions,
  pause: () => Promise<void>,
): Promise<ArticleAnalysis> {
  const text = cutText(fullText);
  const parts = segments(text);
  const run = async (piece: string): Promise<ArticleAnalysis> => {
    const steps = analysisSteps(piece, data, options);
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      await pause();
    }
  };
  if (parts.length <= 1) return run(text);
  const merged: ArticleAnalysis = { ...analyzeText('', data, options), text };
  for (const [k, part] of parts.entries()) {
    if (k > 0) await pause();
    const a = await run(text.slice(part.start, part.end));
    if (k === 0) merged.lang = a.lang;
    const figureBase = merged.figures.length;
    merged.mentions.push(...shift(a.mentions, part.start));
    merged.figures.push(...shift(a.figures, part.start));
    merged.sentences.push(...shift(a.sentences, part.start));
    merged.claims.push(...shift(a.claims, part.start).map((c) => ({ ...c, figures: c.figures.map((i) => i + figureBase) })));
    merged.proposals.push(...shift(a.proposals, part.start));
    merged.credits.push(...shift(a.credits, part.start));
    merged.names.push(...shift(a.names, part.start).map((n) => (n.roleSpan ? { ...n, roleSpan: shift([n.roleSpan], part.start)[0]! } : n)));
  }
  // A dateline's agency in the first piece sources the claims of every piece.
  attachCredits(text, merged.claims, merged.credits, merged.sentences);
  return merged;
}
