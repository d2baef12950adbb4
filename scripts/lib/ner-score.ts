/**
 * Scores what the analyser marks against gold entity spans. Pure: documents and predictions in,
 * counts out. An overlap is enough to count (the base links "الرئيس بوش" where the gold span is
 * "بوش", and the reverse): the question asked is whether the reader gets a mark on the entity.
 */
import type { EvalDocument, GoldEntity, GoldType } from './conll';

/** What the analyser marked: a link to a known actor, or a name outside the base. */
export interface Predicted {
  start: number;
  end: number;
  text: string;
  /** The gold type it claims to be (see `goldTypeOf`), or null when it claims none. */
  type: GoldType | null;
  /** The actor id for a link; a name's normalised key otherwise. */
  label: string;
}

export interface DocumentPrediction {
  links: Predicted[];
  names: Predicted[];
}

/** A prediction that overlaps no gold entity, in its context, for a person to read. */
export interface Unmatched {
  /** `FIRST+START:LABEL`: the document's first sentence, the offset in it, the label; stable across runs. */
  key: string;
  first: number;
  text: string;
  label: string;
  context: string;
}

export interface PrecisionScore {
  total: number;
  /** Overlapping a gold entity. */
  matched: number;
  /** Overlapping none, and read as right: an entity the annotators left untagged. */
  readRight: number;
  /** Overlapping none, and not read yet: counted as wrong. */
  unread: number;
  /** Overlapping a gold entity of another type than the one predicted. */
  wrongType: number;
  unmatched: Unmatched[];
}

export interface RecallScore {
  gold: number;
  /** Overlapped by a known-actor link. */
  known: number;
  /** Overlapped by a known-actor link or a name outside the base. */
  knownOrName: number;
}

export interface NerScore {
  documents: number;
  links: PrecisionScore;
  names: PrecisionScore;
  recall: Record<GoldType, RecallScore>;
  /** Gold places that are countries (by `isCountry`). */
  countries: RecallScore;
  /** Gold entities no prediction overlaps, by type: what is missed most. */
  missed: Record<GoldType, Map<string, number>>;
}

const GOLD_TYPES: GoldType[] = ['PERS', 'ORG', 'LOC', 'MISC'];

/** The gold type an actor or name type stands for. */
export function goldTypeOf(type: string): GoldType | null {
  switch (type) {
    case 'person':
      return 'PERS';
    case 'party':
    case 'armed_group':
    case 'organisation':
    case 'international_body':
    case 'media':
      return 'ORG';
    case 'state':
    case 'place':
      return 'LOC';
    default:
      return null;
  }
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function context(text: string, start: number, end: number, width = 45): string {
  const clean = (s: string): string => s.replace(/\s+/g, ' ');
  return `${clean(text.slice(Math.max(0, start - width), start))}[${text.slice(start, end)}]${clean(text.slice(end, end + width))}`;
}

function emptyPrecision(): PrecisionScore {
  return { total: 0, matched: 0, readRight: 0, unread: 0, wrongType: 0, unmatched: [] };
}

function emptyRecall(): RecallScore {
  return { gold: 0, known: 0, knownOrName: 0 };
}

export function emptyScore(): NerScore {
  return {
    documents: 0,
    links: emptyPrecision(),
    names: emptyPrecision(),
    recall: { PERS: emptyRecall(), ORG: emptyRecall(), LOC: emptyRecall(), MISC: emptyRecall() },
    countries: emptyRecall(),
    missed: { PERS: new Map(), ORG: new Map(), LOC: new Map(), MISC: new Map() },
  };
}

/**
 * What a person decided on reading a prediction that overlaps no gold entity, by its key:
 * `omission` (the gold left a real entity untagged: the mark is right) or `error`.
 */
export type Readings = ReadonlyMap<string, 'omission' | 'error'>;

/** Parses `KEY<TAB>omission|error[<TAB>why]` lines; # starts a comment. */
export function parseReadings(source: string): Map<string, 'omission' | 'error'> {
  const out = new Map<string, 'omission' | 'error'>();
  for (const line of source.split(/\r?\n/)) {
    const [key, verdict] = line.replace(/#.*/, '').split('\t');
    if (key?.trim() && (verdict === 'omission' || verdict === 'error')) out.set(key.trim(), verdict);
  }
  return out;
}

function precision(into: PrecisionScore, doc: EvalDocument, predicted: readonly Predicted[], readings: Readings): void {
  for (const p of predicted) {
    into.total++;
    const hit = doc.gold.filter((g) => overlaps(g, p));
    if (hit.length === 0) {
      const key = `${doc.first}+${p.start}:${p.label}`;
      const verdict = readings.get(key);
      if (verdict === 'omission') into.readRight++;
      else if (!verdict) into.unread++;
      into.unmatched.push({ key, first: doc.first, text: p.text, label: p.label, context: context(doc.text, p.start, p.end) });
      continue;
    }
    into.matched++;
    if (p.type && !hit.some((g) => g.type === p.type)) into.wrongType++;
  }
}

/** Adds one document's counts to `score` (so that a caller can stream documents). */
export function scoreDocument(
  score: NerScore,
  doc: EvalDocument,
  prediction: DocumentPrediction,
  isCountry: (gold: GoldEntity) => boolean,
  readings: Readings = new Map(),
): void {
  score.documents++;
  precision(score.links, doc, prediction.links, readings);
  precision(score.names, doc, prediction.names, readings);
  for (const g of doc.gold) {
    const known = prediction.links.some((p) => overlaps(g, p));
    const found = known || prediction.names.some((p) => overlaps(g, p));
    const buckets = [score.recall[g.type]];
    if (g.type === 'LOC' && isCountry(g)) buckets.push(score.countries);
    for (const r of buckets) {
      r.gold++;
      if (known) r.known++;
      if (found) r.knownOrName++;
    }
    if (!found) score.missed[g.type].set(g.text, (score.missed[g.type].get(g.text) ?? 0) + 1);
  }
}

export function ratio(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`;
}

/** The figures as Markdown table rows, one column per scored part. */
export function summaryTable(parts: readonly [string, NerScore][]): string {
  const head = `| | ${parts.map(([name]) => name).join(' | ')} |`;
  const rule = `|---|${parts.map(() => '---:').join('|')}|`;
  const row = (label: string, f: (s: NerScore) => string): string => `| ${label} | ${parts.map(([, s]) => f(s)).join(' | ')} |`;
  const prec = (p: PrecisionScore): string => `${ratio(p.matched, p.total)} (${p.matched}/${p.total})`;
  const read = (p: PrecisionScore): string =>
    `${ratio(p.matched + p.readRight, p.total)} (${p.matched + p.readRight}/${p.total}${p.unread ? `, ${p.unread} unread` : ''})`;
  const rec = (r: RecallScore, k: 'known' | 'knownOrName'): string => `${ratio(r[k], r.gold)} (${r[k]}/${r.gold})`;
  const rows = [
    head,
    rule,
    row('documents (runs of sentences)', (s) => String(s.documents)),
    row('precision of known-actor links (overlap)', (s) => prec(s.links)),
    row('… after reading the rest (unread count as wrong)', (s) => read(s.links)),
    row('precision of names outside the base (overlap)', (s) => prec(s.names)),
    row('… after reading the rest (unread count as wrong)', (s) => read(s.names)),
  ];
  for (const t of GOLD_TYPES) {
    rows.push(row(`recall ${t}: known actors`, (s) => rec(s.recall[t], 'known')));
    rows.push(row(`recall ${t}: known actors + names`, (s) => rec(s.recall[t], 'knownOrName')));
  }
  rows.push(row('recall of countries (gold LOC)', (s) => rec(s.countries, 'knownOrName')));
  return rows.join('\n');
}
