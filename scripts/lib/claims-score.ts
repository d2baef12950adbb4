/**
 * Scoring figures and claims against a hand-written gold (tests/fixtures/gold/README.md).
 * Pure: it takes a document's gold units and the analyser's figures and claims, and returns the
 * counts and every error, so that the numbers and the list of what went wrong come from one place.
 */
import { normalizeKey } from '../../lib/text/normalize';

export interface Span {
  start: number;
  end: number;
}

/** What outlets can disagree about; a gold figure of any other kind (a duration) is not to be highlighted by default. */
export const NEWS_KINDS: ReadonlySet<string> = new Set(['count', 'money', 'percent', 'measure', 'price']);

export interface GoldFigure extends Span {
  /** null: a vague count (عشرات، آلاف) whose value is not compared. */
  value: number | null;
  unit: string;
  kind: string;
}

export type GoldSpeaker = { kind: 'id'; id: string } | { kind: 'unnamed' } | { kind: 'unknown' } | { kind: 'out'; text: string };

export interface GoldUnit extends Span {
  skip: boolean;
  figures: GoldFigure[];
  /** Acceptable speakers when the unit holds a claim, else null. */
  speakers: GoldSpeaker[] | null;
  ignore: Span[];
}

export interface PredictedFigure extends Span {
  value: number;
  unit: string;
  kind?: string;
  text: string;
}

export interface PredictedClaim extends Span {
  speakerId: string | null;
  /** The speaker as written when not in the knowledge base (or an unnamed source). */
  speakerName?: string | null;
  /** The source is unnamed (مصادر مطلعة، بحسب مراقبين). */
  unnamedSource?: boolean;
}

export interface ScoreError {
  kind:
    | 'figure-fp'
    | 'figure-fn'
    | 'figure-value'
    | 'figure-unit'
    | 'figure-kind'
    | 'claim-fp'
    | 'claim-fn'
    | 'speaker-wrong'
    | 'outside-credited'
    | 'outside-unnamed'
    | 'unnamed-credited';
  /** Index of the gold unit. */
  unit: number;
  detail: string;
}

export interface Counts {
  figTp: number;
  figFp: number;
  figFn: number;
  unitAgree: number;
  kindAgree: number;
  kindCompared: number;
  claimTp: number;
  claimFp: number;
  claimFn: number;
  knownSpeakers: number;
  knownRight: number;
  outsideSpeakers: number;
  outsideNamed: number;
  unnamedSources: number;
  unnamedCredited: number;
  unnamedKept: number;
}

export const emptyCounts = (): Counts => ({
  figTp: 0,
  figFp: 0,
  figFn: 0,
  unitAgree: 0,
  kindAgree: 0,
  kindCompared: 0,
  claimTp: 0,
  claimFp: 0,
  claimFn: 0,
  knownSpeakers: 0,
  knownRight: 0,
  outsideSpeakers: 0,
  outsideNamed: 0,
  unnamedSources: 0,
  unnamedCredited: 0,
  unnamedKept: 0,
});

export function addCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof Counts)[]) out[k] += b[k];
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005;

/** Two names are the same speaker when one, normalised, holds the other (فوشيه ~ غوستاف فوشيه). */
export function sameName(a: string, b: string): boolean {
  const x = normalizeKey(a).replace(/^ال/u, '');
  const y = normalizeKey(b).replace(/^ال/u, '');
  return x.length > 1 && y.length > 1 && (x.includes(y) || y.includes(x));
}

/** Score one document: its gold units against the figures (those highlighted by default) and statement claims. */
export function scoreDocument(
  text: string,
  units: readonly GoldUnit[],
  figures: readonly PredictedFigure[],
  claims: readonly PredictedClaim[],
): { counts: Counts; errors: ScoreError[] } {
  const c = emptyCounts();
  const errors: ScoreError[] = [];
  const quote = (s: Span) => `«${text.slice(s.start, s.end)}»`;
  units.forEach((u, n) => {
    if (u.skip) return;
    const preds = figures.filter((f) => f.start >= u.start && f.start < u.end && !u.ignore.some((g) => overlaps(g, f)));
    const news = u.figures.filter((g) => NEWS_KINDS.has(g.kind));
    const matched = new Set<GoldFigure>();
    for (const p of preds) {
      const g = news.find((x) => !matched.has(x) && overlaps(x, p));
      if (!g) {
        const other = u.figures.find((x) => overlaps(x, p));
        c.figFp++;
        errors.push({
          kind: 'figure-fp',
          unit: n,
          detail: `${quote(p)} → ${p.value} ${p.unit || '(no unit)'}${p.kind ? ` [${p.kind}]` : ''}${other ? ` (gold: a ${other.kind}, not highlighted by default)` : ''}`,
        });
        continue;
      }
      if (g.value !== null && !sameValue(g.value, p.value)) {
        c.figFp++;
        errors.push({ kind: 'figure-value', unit: n, detail: `${quote(p)} → ${p.value}, gold ${quote(g)} = ${g.value}` });
        continue;
      }
      matched.add(g);
      c.figTp++;
      if (p.unit === g.unit) c.unitAgree++;
      else errors.push({ kind: 'figure-unit', unit: n, detail: `${quote(p)} unit ${p.unit || '(none)'}, gold ${g.unit}` });
      if (p.kind !== undefined) {
        c.kindCompared++;
        if (p.kind === g.kind) c.kindAgree++;
        else errors.push({ kind: 'figure-kind', unit: n, detail: `${quote(p)} kind ${p.kind}, gold ${g.kind}` });
      }
    }
    for (const g of news) {
      if (matched.has(g)) continue;
      c.figFn++;
      errors.push({ kind: 'figure-fn', unit: n, detail: `${quote(g)} = ${g.value ?? 'vague'} ${g.unit} [${g.kind}]` });
    }

    const said = claims.filter((k) => overlaps(k, u));
    if (!u.speakers) {
      if (said.length) {
        c.claimFp++;
        errors.push({
          kind: 'claim-fp',
          unit: n,
          detail: `${quote(u).slice(0, 160)} (speaker ${said[0]!.speakerId ?? said[0]!.speakerName ?? 'none'})`,
        });
      }
      return;
    }
    if (!said.length) {
      c.claimFn++;
      errors.push({ kind: 'claim-fn', unit: n, detail: `${quote(u).slice(0, 160)} (gold speaker ${u.speakers.map(show).join(' / ')})` });
      return;
    }
    c.claimTp++;
    scoreSpeaker(c, errors, n, u.speakers, said);
  });
  return { counts: c, errors };
}

function show(s: GoldSpeaker): string {
  if (s.kind === 'id') return s.id;
  if (s.kind === 'out') return `«${s.text}» (outside the base)`;
  return s.kind;
}

function showPred(p: PredictedClaim): string {
  if (p.speakerId) return p.speakerId;
  if (p.speakerName) return `«${p.speakerName}»${p.unnamedSource ? ' (unnamed)' : ''}`;
  return p.unnamedSource ? 'unnamed' : 'none';
}

function scoreSpeaker(c: Counts, errors: ScoreError[], n: number, gold: readonly GoldSpeaker[], said: readonly PredictedClaim[]): void {
  const ids = gold.flatMap((s) => (s.kind === 'id' ? [s.id] : []));
  const names = gold.flatMap((s) => (s.kind === 'out' ? [s.text] : []));
  const got = said.map(showPred).join(', ');
  if (ids.length) {
    c.knownSpeakers++;
    const right =
      said.some((p) => p.speakerId !== null && ids.includes(p.speakerId)) ||
      said.some((p) => !p.speakerId && p.speakerName && names.some((x) => sameName(x, p.speakerName!)));
    if (right) c.knownRight++;
    else errors.push({ kind: 'speaker-wrong', unit: n, detail: `gold ${gold.map(show).join(' / ')}, got ${got}` });
    return;
  }
  if (names.length) {
    c.outsideSpeakers++;
    const p = said[0]!;
    if (p.speakerId !== null)
      errors.push({ kind: 'outside-credited', unit: n, detail: `gold ${gold.map(show).join(' / ')}, credited to ${p.speakerId}` });
    else if (said.some((q) => q.speakerName && !q.unnamedSource && names.some((x) => sameName(x, q.speakerName!)))) c.outsideNamed++;
    else errors.push({ kind: 'outside-unnamed', unit: n, detail: `gold ${gold.map(show).join(' / ')}, got ${got}` });
    return;
  }
  if (gold.some((s) => s.kind === 'unnamed')) {
    c.unnamedSources++;
    if (said.some((p) => p.speakerId !== null)) {
      c.unnamedCredited++;
      errors.push({ kind: 'unnamed-credited', unit: n, detail: `an unnamed source credited to ${got}` });
    } else if (said.some((p) => p.unnamedSource)) c.unnamedKept++;
  }
}

export interface Metrics {
  figuresPrecision: number;
  figuresRecall: number;
  unitAgreement: number;
  kindAgreement: number | null;
  claimsPrecision: number;
  claimsRecall: number;
  knownSpeakerAccuracy: number;
  outsideSpeakersNamed: number;
  unnamedCredited: number;
  unnamedKept: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function metrics(c: Counts): Metrics {
  return {
    figuresPrecision: ratio(c.figTp, c.figTp + c.figFp),
    figuresRecall: ratio(c.figTp, c.figTp + c.figFn),
    unitAgreement: ratio(c.unitAgree, c.figTp),
    kindAgreement: c.kindCompared ? c.kindAgree / c.kindCompared : null,
    claimsPrecision: ratio(c.claimTp, c.claimTp + c.claimFp),
    claimsRecall: ratio(c.claimTp, c.claimTp + c.claimFn),
    knownSpeakerAccuracy: ratio(c.knownRight, c.knownSpeakers),
    outsideSpeakersNamed: ratio(c.outsideNamed, c.outsideSpeakers),
    unnamedCredited: c.unnamedCredited,
    unnamedKept: ratio(c.unnamedKept, c.unnamedSources),
  };
}
