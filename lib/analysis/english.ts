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

export const analyzeEnglish: EnglishAnalyzer = (text) => {
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
  ]
    .map((p) => ({ text: p.text.replace(/[\s.,;:'’]+$/u, ''), start: p.offset.start, end: p.offset.start + p.offset.length, kind: p.kind }))
    .map((p) => ({ ...p, end: p.start + p.text.length }))
    .filter((p) => p.text.length > 2)
    .sort((a, b) => a.start - b.start);
  return { sentences, quotations, numbers, proposals };
};
