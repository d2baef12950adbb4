import nlp from 'compromise';
import type { Proposal, Span } from './types';

/**
 * English analysis with compromise: sentences, quotations, numbers written in words, and the
 * people and organisations it recognises, proposed to the reader when the knowledge base does
 * not know them. compromise weighs about 350 KB, so only the English content script and the
 * command-line analyser import this module; Arabic pages never load it.
 */
export interface EnglishAnalysis {
  sentences: Span[];
  quotations: Span[];
  /** Numbers compromise reads, words included ("five thousand"), with their values. */
  numbers: (Span & { value: number; percent: boolean })[];
  proposals: Proposal[];
}

interface Offset {
  offset: { start: number; length: number };
  text: string;
}

export type EnglishAnalyzer = (text: string) => EnglishAnalysis;

/** A quote ending a sentence (`leave."`) ends it, even when compromise runs on past it. */
const QUOTE_END = /[.!?]["”’](?=\s+["“‘]?[A-Z])/gu;

function spans(list: Offset[]): Span[] {
  return list.map((s) => ({ start: s.offset.start, end: s.offset.start + s.offset.length }));
}

function splitAtQuoteEnds(text: string, sentences: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    let start = s.start;
    const inner = text.slice(s.start, s.end);
    for (const m of inner.matchAll(QUOTE_END)) {
      const end = s.start + m.index + m[0].length;
      out.push({ start, end });
      start = end;
      while (start < s.end && /\s/u.test(text[start]!)) start++;
    }
    if (start < s.end) out.push({ start, end: s.end });
  }
  return out;
}

/**
 * The most text given to compromise at once. Its cost grows faster than the text (one paragraph
 * of 96,000 characters held a page for 7 s), so a long text is analysed in pieces of about this
 * size, cut where a sentence ends.
 */
export const ENGLISH_PIECE = 10_000;

/** Where the last sentence ending in `text[from, to)` ends (after its closing quote), or -1. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  let best = -1;
  for (const m of window.matchAll(/[.!?…]["”’)\]]*\s/gu)) best = from + m.index + m[0].length;
  return best;
}

/**
 * Cuts `text` into pieces of at most `max` characters that together are the text: at the last
 * paragraph end in the window, else the last sentence end, else the last space, and only when
 * there is none of these (a 10,000-character word) in the middle, never inside a surrogate pair.
 */
export function englishPieces(text: string, max = ENGLISH_PIECE): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const half = start + Math.floor(max / 2);
      const paragraph = text.lastIndexOf('\n', end - 1) + 1;
      const sentence = lastSentenceEnd(text, half, end);
      const space = text.lastIndexOf(' ', end - 1) + 1;
      end = paragraph > half ? paragraph : sentence > half ? sentence : space > start ? space : end;
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff && end - 1 > start) end--;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

const shift = <T extends Span>(list: T[], by: number): T[] =>
  by ? list.map((x) => ({ ...x, start: x.start + by, end: x.end + by })) : list;

/** English analysis of a long text, piece by piece (englishPieces), with offsets into the whole. */
export const analyzeEnglish: EnglishAnalyzer = (text) => {
  const out: EnglishAnalysis = { sentences: [], quotations: [], numbers: [], proposals: [] };
  for (const { start, end } of englishPieces(text)) {
    const part = analyzePiece(start === 0 && end === text.length ? text : text.slice(start, end));
    out.sentences.push(...shift(part.sentences, start));
    out.quotations.push(...shift(part.quotations, start));
    out.numbers.push(...shift(part.numbers, start));
    out.proposals.push(...shift(part.proposals, start));
  }
  return out;
};

function analyzePiece(text: string): EnglishAnalysis {
  const doc = nlp(text);
  const sentences = splitAtQuoteEnds(text, spans(doc.sentences().json({ offset: true }) as Offset[]));
  const quotations = spans(doc.quotations().json({ offset: true }) as Offset[]);
  const numbers = (doc.numbers().json({ offset: true }) as (Offset & { number?: { num?: number; unit?: string } })[])
    .filter((n) => typeof n.number?.num === 'number')
    .map((n) => ({
      start: n.offset.start,
      end: n.offset.start + n.offset.length,
      value: n.number!.num!,
      percent: n.number!.unit === 'percent' || /%|percent/i.test(n.text),
    }));
  const proposals: Proposal[] = [
    ...(doc.people().json({ offset: true }) as Offset[]).map((p) => ({ ...p, kind: 'person' as const })),
    ...(doc.organizations().json({ offset: true }) as Offset[]).map((p) => ({ ...p, kind: 'organisation' as const })),
    ...(doc.places().json({ offset: true }) as Offset[]).map((p) => ({ ...p, kind: 'place' as const })),
  ]
    .map((p) => ({ text: p.text.replace(/[\s.,;:'’]+$/u, ''), start: p.offset.start, end: p.offset.start + p.offset.length, kind: p.kind }))
    .map((p) => ({ ...p, end: p.start + p.text.length }))
    .filter((p) => p.text.length > 2)
    .sort((a, b) => a.start - b.start);
  return { sentences, quotations, numbers, proposals };
}
