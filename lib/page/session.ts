import type { EnglishAnalyzer } from '../analysis/english';
import type { ArticleAnalysis, Figure, Mention } from '../analysis/types';
import { type HighlightEnv, Highlighter } from '../highlight/highlighter';
import type { MatcherData } from '../kb/compile';
import { buildReport, type PageReport, type QuoteAnchor } from '../report';
import { analyzeDocumentInSteps } from '../article/analyze-document';
import { type PageText, rangeFor } from '../article/collect';
import type { Detection } from '../article/detect';
import { DEFAULT_LOOK, type Look } from '../settings/look';
import { highlightName } from './look';
import { findQuote } from './quote';

export const ACTOR_HIGHLIGHT = 'siyaq-actor';
export const FIGURE_HIGHLIGHT = 'siyaq-figure';
export const FOCUS_HIGHLIGHT = 'siyaq-focus';
const FLASH_MS = 1600;
/** Ranges made per task when painting a long page. */
const PAINT_BATCH = 2000;
const SUPERSEDED = Symbol('superseded');

/** Hands the main thread back to the page: scheduler.yield where the browser has it. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0));
}

const onPage = ({ range }: { range: Range }) => range.startContainer.isConnected && range.endContainer.isConnected;

/** What a painted range stands for. */
export type PageMark = { kind: 'actor'; mention: Mention } | { kind: 'figure'; figure: Figure } | { kind: 'focus' };

export interface SessionDeps {
  doc: Document;
  url: string;
  /** The bundled base, asked for on the first page that is an article. */
  data: () => Promise<MatcherData>;
  english?: EnglishAnalyzer;
  env: HighlightEnv;
  report: (report: PageReport) => void;
  openActor: (actorId: string) => void;
  /** Timers, injected so tests control time. */
  setTimeout?: (fn: () => void, ms: number) => unknown;
  /** How to hand the main thread back between tasks (default: yieldToPage). */
  pause?: () => Promise<void>;
  /** The reader's choice of palettes and density. */
  look?: Look;
}

export interface SessionResult {
  detection: Detection;
  analysis: ArticleAnalysis | null;
  report: PageReport;
}

/**
 * One analysis of one page: detect the article, collect its text, analyse it, paint the
 * highlights, report to the background, and answer clicks on the highlights.
 */
export class PageSession {
  readonly #deps: SessionDeps;
  readonly highlighter: Highlighter<PageMark>;
  #text: PageText | null = null;
  #analysis: ArticleAnalysis | null = null;
  #body: Element | null = null;

  /** The page's address; a single-page site changes it without reloading. */
  url: string;
  #look: Look = DEFAULT_LOOK;

  constructor(deps: SessionDeps) {
    this.#deps = deps;
    this.url = deps.url;
    this.highlighter = new Highlighter<PageMark>(deps.env);
    if (deps.look) this.#setLook(deps.look);
  }

  #setLook(look: Look): void {
    this.#look = look;
    this.highlighter.rename((kind) => highlightName(kind, look));
  }

  /** The reader changed the look: new palettes apply at once, a new density repaints. */
  async applyLook(look: Look): Promise<void> {
    const density = look.density !== this.#look.density;
    this.#setLook(look);
    if (density && this.#analysis) await this.#paint(this.#analysis, this.#deps.pause ?? yieldToPage, () => false);
  }

  #generation = 0;

  /**
   * Analyse and paint; `extra` holds the reader's own actors, compiled. The work is cut into
   * tasks with the main thread handed back to the page in between; a newer run supersedes an
   * older one still under way (which then stops and resolves to null).
   */
  async run(extra?: MatcherData): Promise<SessionResult | null> {
    const { doc, data } = this.#deps;
    const url = this.url;
    const generation = ++this.#generation;
    const pause = this.#deps.pause ?? yieldToPage;
    const stale = () => generation !== this.#generation;
    // User Timing: the benchmark (and a curious reader's devtools) see what Siyaq costs the page.
    globalThis.performance?.mark?.('siyaq:run:start');
    const { detection, pageText, analysis } = (await analyzeDocumentInSteps(
      doc,
      url,
      data,
      { ...(this.#deps.english ? { english: this.#deps.english } : {}), ...(extra ? { extra } : {}) },
      async () => {
        await pause();
        if (stale()) throw SUPERSEDED;
      },
    ).catch((e: unknown) => {
      if (e === SUPERSEDED) return null;
      throw e;
    })) ?? { detection: null, pageText: null, analysis: null };
    if (!detection || stale()) return null;
    this.#analysis = analysis;
    this.#body = detection.body;
    this.#focusIndex = -1;
    const meta = {
      url,
      title: detection.title,
      site: detection.site,
      byline: detection.byline,
      publishedAt: detection.publishedAt,
      isArticle: detection.isArticle,
    };
    if (!analysis || !pageText) {
      const report = buildReport(meta, null);
      this.#deps.report(report);
      return { detection, analysis: null, report };
    }
    this.#text = pageText;
    if (!(await this.#paint(analysis, pause, stale))) return null;
    const report = buildReport(meta, analysis);
    this.#deps.report(report);
    globalThis.performance?.mark?.('siyaq:run:end');
    globalThis.performance?.measure?.('siyaq:run', 'siyaq:run:start', 'siyaq:run:end');
    return { detection, analysis, report };
  }

  /** Ranges are made in batches between pauses, then painted at once (no half-painted page). */
  async #paint(analysis: ArticleAnalysis, pause: () => Promise<void>, stale: () => boolean): Promise<boolean> {
    const text = this.#text;
    if (!text) return false;
    const actors: { range: Range; data: PageMark }[] = [];
    const figures: { range: Range; data: PageMark }[] = [];
    const density = this.#look.density;
    const seen = new Set<string>();
    const mentions = density === 'first' ? analysis.mentions.filter((m) => !seen.has(m.actorId) && seen.add(m.actorId)) : analysis.mentions;
    const jobs: (() => void)[] = [
      ...mentions.map((m) => () => {
        const range = rangeFor(this.#deps.doc, text.runs, m.start, m.end);
        if (range) actors.push({ range, data: { kind: 'actor', mention: m } });
      }),
      ...(density === 'names' ? [] : analysis.figures).map((f) => () => {
        const range = rangeFor(this.#deps.doc, text.runs, f.start, f.end);
        if (range) figures.push({ range, data: { kind: 'figure', figure: f } });
      }),
    ];
    for (let i = 0; i < jobs.length; i++) {
      if (i > 0 && i % PAINT_BATCH === 0) {
        await pause();
        if (stale()) return false;
      }
      jobs[i]!();
    }
    // The page may have replaced the article while the analysis paused: marks on text it removed
    // would be painted nowhere and sorted against live ones. The change it made brings a new run.
    this.highlighter.set(FIGURE_HIGHLIGHT, figures.filter(onPage), 0);
    this.highlighter.set(ACTOR_HIGHLIGHT, actors.filter(onPage), 1);
    return true;
  }

  /** A click on the page: if it lands on a highlighted actor, open it. Returns the mention. */
  handleClick(x: number, y: number): Mention | undefined {
    const hit = this.highlighter.hitTest(x, y, [ACTOR_HIGHLIGHT]);
    if (hit?.data.kind !== 'actor') return undefined;
    this.#deps.openActor(hit.data.mention.actorId);
    return hit.data.mention;
  }

  /** Scrolls to the `index`-th mention of an actor and flashes it. */
  focusMention(actorId: string, index = 0): boolean {
    const marks = this.highlighter.items(ACTOR_HIGHLIGHT).filter((m) => m.data.kind === 'actor' && m.data.mention.actorId === actorId);
    const mark = marks[Math.min(index, marks.length - 1)];
    if (!mark) return false;
    this.#flash(mark.range);
    return true;
  }

  /** Scrolls to a quoted passage (a claim's sentence) and flashes it. */
  focusQuote(anchor: QuoteAnchor): boolean {
    const text = this.#text;
    if (!text) return false;
    const at = findQuote(text.text, anchor);
    if (at < 0) return false;
    const range = rangeFor(this.#deps.doc, text.runs, at, at + anchor.exact.length);
    if (!range) return false;
    this.#flash(range);
    return true;
  }

  #focusIndex = -1;

  /** The actor marks in reading order (document order of their ranges). */
  #actorMarks() {
    return this.highlighter.items(ACTOR_HIGHLIGHT).filter((m) => m.data.kind === 'actor');
  }

  /**
   * Moves the keyboard focus to the next (delta 1) or previous (-1) mention, wrapping around,
   * marks it with the focus highlight and scrolls it into view. Returns the mention.
   */
  step(delta: 1 | -1): Mention | undefined {
    const marks = this.#actorMarks();
    if (marks.length === 0) return undefined;
    this.#focusIndex = (this.#focusIndex + delta + marks.length) % marks.length;
    const mark = marks[this.#focusIndex]!;
    this.highlighter.set(FOCUS_HIGHLIGHT, [{ range: mark.range, data: { kind: 'focus' } }], 2);
    (mark.range.startContainer.parentElement as Element | null)?.scrollIntoView?.({ block: 'center' });
    return mark.data.kind === 'actor' ? mark.data.mention : undefined;
  }

  /** The mention the keyboard focus is on, if any. */
  focused(): Mention | undefined {
    const mark = this.#actorMarks()[this.#focusIndex];
    return mark?.data.kind === 'actor' ? mark.data.mention : undefined;
  }

  /** The actor mark under a point, for hover. */
  actorAt(x: number, y: number): { mention: Mention; range: Range } | undefined {
    const hit = this.highlighter.hitTest(x, y, [ACTOR_HIGHLIGHT]);
    return hit?.data.kind === 'actor' ? { mention: hit.data.mention, range: hit.range } : undefined;
  }

  get analysis(): ArticleAnalysis | null {
    return this.#analysis;
  }

  #flash(range: Range): void {
    (range.startContainer.parentElement as Element | null)?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    this.highlighter.set(FOCUS_HIGHLIGHT, [{ range, data: { kind: 'focus' } }], 2);
    (this.#deps.setTimeout ?? setTimeout)(() => this.highlighter.remove(FOCUS_HIGHLIGHT), FLASH_MS);
  }

  /** The body element the last analysis read, to watch for changes and detachment. */
  get body(): Element | null {
    return this.#body;
  }

  stop(): void {
    this.highlighter.clear();
    this.#focusIndex = -1;
  }
}
