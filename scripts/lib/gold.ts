/**
 * The claims-and-figures gold (tests/fixtures/gold/claims-figures.json): its shape, and its
 * documents' text and units read from ../shared at run time (the gold holds only offsets).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldSpeaker, GoldUnit } from './claims-score';
import { anercorpSentences, fingerprint, goldUnits, realPageBody, type Unit } from './gold-text';

export const GOLD_FILE = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'gold', 'claims-figures.json');

export type StoredSpeaker = string | { out: [number, number] };

export interface StoredUnit {
  /** Index of the unit in its document. */
  n: number;
  /** fingerprint() of the unit's text, to notice a source that moved. */
  fp: string;
  /** Offsets relative to the unit; value null for a vague count (عشرات، آلاف). */
  figures?: { at: [number, number]; value: number | null; unit: string; kind: string }[];
  /** Acceptable speakers: "id:ACTOR", "unnamed", "?" (not resolvable), or a name outside the base by document offsets. */
  claim?: StoredSpeaker[];
  /** Spans (unit offsets) whose predictions are not scored: a number the corpus's sentence split cut in two. */
  ignore?: [number, number][];
  /** The whole unit is left out (its text is broken in the source). */
  skip?: boolean;
}

export interface StoredDocument {
  id: string;
  split: 'dev' | 'held-out';
  source: { page: string } | { anercorp: [number, number] };
  units: StoredUnit[];
}

export interface GoldFile {
  version: 1;
  documents: StoredDocument[];
}

export function readGold(path = GOLD_FILE): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}

/** A document's text and its units: a real page's body split by goldUnits, or ANERcorp sentences joined by spaces. */
export function documentText(source: StoredDocument['source']): { text: string; units: Unit[] } {
  if ('page' in source) {
    const text = realPageBody(source.page);
    return { text, units: goldUnits(text) };
  }
  const [from, to] = source.anercorp;
  const sentences = anercorpSentences().slice(from, to);
  const units: Unit[] = [];
  let at = 0;
  for (const s of sentences) {
    units.push({ start: at, end: at + s.length });
    at += s.length + 1;
  }
  return { text: sentences.join(' '), units };
}

/** The stored document made into scorable units with document offsets; throws when the text moved. */
export function resolveDocument(doc: StoredDocument): { text: string; units: GoldUnit[] } {
  const { text, units } = documentText(doc.source);
  const stored = new Map(doc.units.map((u) => [u.n, u]));
  const out = units.map((u, n): GoldUnit => {
    const s = stored.get(n);
    const body = text.slice(u.start, u.end);
    if (s && s.fp !== fingerprint(body))
      throw new Error(`${doc.id} unit ${n}: the source text changed (fingerprint ${s.fp} ≠ ${fingerprint(body)})`);
    const speakers: GoldSpeaker[] | null = s?.claim
      ? s.claim.map((k): GoldSpeaker => {
          if (typeof k !== 'string') return { kind: 'out', text: text.slice(k.out[0], k.out[1]) };
          if (k === 'unnamed') return { kind: 'unnamed' };
          if (k === '?') return { kind: 'unknown' };
          return { kind: 'id', id: k.replace(/^id:/u, '') };
        })
      : null;
    return {
      start: u.start,
      end: u.end,
      skip: s?.skip ?? false,
      figures: (s?.figures ?? []).map((f) => ({
        start: u.start + f.at[0],
        end: u.start + f.at[1],
        value: f.value,
        unit: f.unit,
        kind: f.kind,
      })),
      speakers,
      ignore: (s?.ignore ?? []).map(([a, b]) => ({ start: u.start + a, end: u.start + b })),
    };
  });
  if (doc.units.length !== units.length) throw new Error(`${doc.id}: the gold has ${doc.units.length} units, the text ${units.length}`);
  return { text, units: out };
}
