import type { PageOutlet } from './analysis/outlet';
import type { ArticleAnalysis, Claim, Figure, Mention, Span } from './analysis/types';
import type { ActorType } from './kb/schema';

/** Where a passage is in its article: the exact words and a little context on each side (W3C TextQuoteSelector). */
export interface QuoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A figure as a report carries it and a claim record keeps it. */
export interface StoredFigure {
  value: number;
  unit: string;
  text: string;
  /** The actors the figure is about (its clause); absent on claims stored before this field. */
  actorIds?: string[];
}

/** What the content script tells the background about a page it analysed. */
export interface PageReport {
  schema: number;
  url: string;
  title: string;
  site: string;
  lang: string;
  byline: string | null;
  publishedAt: string | null;
  isArticle: boolean;
  /**
   * One id per page load, the same for every report of that load (a live page analysed again
   * as it changes): the background counts a read once per load. Absent: each report is a load.
   */
  load?: string;
  actors: ReportActor[];
  figures: StoredFigure[];
  claims: ReportClaim[];
  /** The outlet that publishes the page (lib/analysis/outlet.ts). */
  outlet?: PageOutlet | null;
}

export interface ReportActor {
  id: string;
  type: ActorType;
  name: { ar: string; en: string };
  count: number;
}

export interface ReportClaim {
  kind: Claim['kind'];
  text: string;
  speakerId: string | null;
  /** The speaker as written when the knowledge base does not know them, or an unnamed source. */
  speakerName?: string;
  /** The source names nobody (مصادر مطلعة): kept as such, never credited to an actor. */
  unnamedSource?: boolean;
  verb: string | null;
  content: string | null;
  actorIds: string[];
  figures: StoredFigure[];
  anchor: QuoteAnchor;
  /** Outlets credited with the claim (actor ids). */
  credits?: string[];
}

/**
 * What the content script sends the background to analyse: the page's metadata and the article's
 * text (empty when the page is not an article). The offsets of the answer index into `text`; the
 * background checks that `url` is on the sending tab's site (lib/background/senders.ts).
 */
export interface AnalyseRequest extends PageMeta {
  text: string;
  /** This page load's id (PageReport.load). */
  load?: string;
}

/** The background's answer: what to paint, as offsets into the text that was sent. */
export interface PageMarks {
  lang: ArticleAnalysis['lang'];
  mentions: Mention[];
  figures: Figure[];
  /** Claims' sentences, to find one again on the page. */
  claims: Span[];
}

export const REPORT_SCHEMA_VERSION = 2;

/** Characters of context kept on each side of a quote: enough to find it again on the page. */
export const ANCHOR_CONTEXT = 32;
/** An article has dozens of claims; a page with thousands is not one, and is not stored whole. */
export const MAX_REPORTED = 500;

export interface PageMeta {
  url: string;
  title: string;
  site: string;
  byline: string | null;
  publishedAt: string | null;
  isArticle: boolean;
}

/** A text-quote anchor for `text[start, end)`: the exact words and their surroundings. */
export function anchorOf(text: string, start: number, end: number): QuoteAnchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT),
  };
}

/** The report of one analysed page: actors by mentions (most first), figures and claims. */
export function buildReport(meta: PageMeta, analysis: ArticleAnalysis | null): PageReport {
  const byId = new Map<string, ReportActor>();
  for (const m of analysis?.mentions ?? []) {
    const a = byId.get(m.actorId);
    if (a) a.count++;
    else byId.set(m.actorId, { id: m.actorId, type: m.type, name: m.name, count: 1 });
  }
  const figure = (i: number): StoredFigure => {
    const f = analysis!.figures[i]!;
    return { value: f.value, unit: f.unit, text: f.text };
  };
  return {
    schema: REPORT_SCHEMA_VERSION,
    ...meta,
    lang: analysis?.lang ?? 'other',
    outlet: analysis?.outlet ?? null,
    actors: [...byId.values()].sort((a, b) => b.count - a.count),
    figures: (analysis?.figures ?? []).slice(0, MAX_REPORTED).map((_, i) => figure(i)),
    claims: (analysis?.claims ?? []).slice(0, MAX_REPORTED).map((c) => ({
      kind: c.kind,
      text: c.text,
      speakerId: c.speakerId,
      ...(c.speakerName && !c.speakerId ? { speakerName: c.speakerName } : {}),
      ...(c.unnamedSource ? { unnamedSource: true } : {}),
      verb: c.verb,
      content: c.content,
      actorIds: c.actorIds,
      figures: c.figures.map((f, k) => ({ ...figure(f), actorIds: c.figureActors[k] ?? [] })),
      anchor: anchorOf(analysis!.text, c.start, c.end),
      credits: c.credits ?? [],
    })),
  };
}
