import { highlightedByDefault } from '../analysis/figure-kinds';
import type { Figure, Mention } from '../analysis/types';
import { collectText, type PageText, rangeFor } from '../article/collect';
import { type Detection, detectArticle } from '../article/detect';
import { Highlighter } from '../highlight/highlighter';
import type { AnalyseRequest, PageMarks, QuoteAnchor } from '../report';
import { SEGMENT } from '../text/cut';
import type { SessionDeps } from './deps';
import { DEFAULT_LOOK, type Look } from '../settings/look';
import { highlightName } from './look';
import { findQuote } from './quote';
import { requestFor } from './read';

export const ACTOR_HIGHLIGHT = 'siyaq-actor';
export const FIGURE_HIGHLIGHT = 'siyaq-figure';
export const FOCUS_HIGHLIGHT = 'siyaq-focus';
const FLASH_MS = 1600;
/**
 * A background that has not answered an ordinary article by then is not waited for: the page stays
 * as it is. A very long page gets as long again per piece of SEGMENT characters the background
 * analyses in turn (a 5 MB page, cut to MAX_TEXT, gets about half a minute).
 */
export const ANSWER_MS = 2000;
const answerMs = (text: string) => ANSWER_MS * Math.max(1, Math.ceil(text.length / SEGMENT));
/** Ranges made per task when painting a long page. */
const PAINT_BATCH = 2000;

/** Hands the main thread back to the page: scheduler.yield where the browser has it. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0));
}

const onPage = ({ range }: { range: Range }) => range.startContainer.isConnected && range.endContainer.isConnected;

/** What a painted range stands for. */
export type PageMark = { kind: 'actor'; mention: Mention } | { kind: 'figure'; figure: Figure } | { kind: 'focus' };

export interface SessionResult {
  detection: Detection;
  /** What was painted (empty when the page is not an article). */
  marks: PageMarks;
}

class TimedOut extends Error {}

/**
 * One analysis of one page: detect the article, collect its text, send it to the background
 * (which analyses it and stores the visit), paint the marks it answers with in one task, and
 * answer clicks on the highlights.
 */
export class PageSession {
  readonly #deps: SessionDeps;
  readonly highlighter: Highlighter<PageMark>;
  #text: PageText | null = null;
  #marks: PageMarks | null = null;
  #body: Element | null = null;

  /** The page's address; a single-page site changes it without reloading. */
  url: string;
  #look: Look = DEFAULT_LOOK;

  constructor(deps: SessionDeps) {
    this.#deps = deps;
    this.url = deps.win.location.href;
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
    if (density && this.#marks) await this.#paint(this.#marks, this.#deps.pause ?? yieldToPage, () => false);
  }

  #generation = 0;

  /**
   * Detect, collect, ask the background, paint. A newer run, or stop(), supersedes one still
   * under way (which then resolves to null and paints nothing); so does a background that does
   * not answer within ANSWER_MS or cannot answer (the page stays as it is until the next try).
   */
  async run(): Promise<SessionResult | null> {
    const doc = this.#deps.win.document;
    const url = this.url;
    const generation = ++this.#generation;
    const pause = this.#deps.pause ?? yieldToPage;
    const stale = () => generation !== this.#generation;
    // User Timing: the benchmark (and a curious reader's devtools) see what Siyaq costs the page,
    // task by task: detect, collect and send, paint (the wait for the background is not the page's).
    const perf = globalThis.performance;
    perf?.mark?.('siyaq:run:start');
    const detection = detectArticle(doc, url);
    perf?.measure?.('siyaq:detect', 'siyaq:run:start');
    let pageText: PageText | null = null;
    if (detection.isArticle && detection.body) {
      await pause();
      if (stale()) return null;
      perf?.mark?.('siyaq:collect:start');
      pageText = collectText(detection.body, detection.exclude);
    } else perf?.mark?.('siyaq:collect:start');
    const asking = this.#ask(requestFor(detection, url, pageText));
    perf?.measure?.('siyaq:collect', 'siyaq:collect:start');
    const marks = await asking.catch((e: unknown) => {
      if (!stale()) console.warn('Siyaq could not analyse this page:', e instanceof Error ? e.message : e);
      return null;
    });
    if (!marks || stale()) return null;
    this.#marks = marks;
    this.#text = pageText;
    this.#body = detection.body;
    this.#focusIndex = -1;
    perf?.mark?.('siyaq:paint:start');
    if (!(await this.#paint(marks, pause, stale))) return null;
    perf?.measure?.('siyaq:paint', 'siyaq:paint:start');
    perf?.measure?.('siyaq:run', 'siyaq:run:start');
    return { detection, marks };
  }

  /** The background's answer, or a rejection after ANSWER_MS. */
  #ask(request: AnalyseRequest): Promise<PageMarks> {
    const set = this.#deps.setTimeout ?? setTimeout;
    const clear = this.#deps.clearTimeout ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
    return new Promise<PageMarks>((resolve, reject) => {
      const ms = answerMs(request.text);
      const timer = set(() => reject(new TimedOut(`no answer from the background within ${ms} ms`)), ms);
      this.#deps.analyse(request).then(
        (marks) => {
          clear(timer);
          resolve(marks);
        },
        (e: unknown) => {
          clear(timer);
          reject(e);
        },
      );
    });
  }

  /** Ranges are made in batches between pauses, then painted at once (no half-painted page). */
  async #paint(analysis: PageMarks, pause: () => Promise<void>, stale: () => boolean): Promise<boolean> {
    const text = this.#text;
    if (!text) return false;
    const actors: { range: Range; data: PageMark }[] = [];
    const figures: { range: Range; data: PageMark }[] = [];
    const density = this.#look.density;
    const seen = new Set<string>();
    const mentions = density === 'first' ? analysis.mentions.filter((m) => !seen.has(m.actorId) && seen.add(m.actorId)) : analysis.mentions;
    const jobs: (() => void)[] = [
      ...mentions.map((m) => () => {
        const range = rangeFor(this.#deps.win.document, text.runs, m.start, m.end);
        if (range) actors.push({ range, data: { kind: 'actor', mention: m } });
      }),
      ...(density === 'names' ? [] : analysis.figures.filter((f) => highlightedByDefault(f, this.#look))).map((f) => () => {
        const range = rangeFor(this.#deps.win.document, text.runs, f.start, f.end);
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
    const range = rangeFor(this.#deps.win.document, text.runs, at, at + anchor.exact.length);
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

  /** The marks last painted (offsets into the collected text). */
  get marks(): PageMarks | null {
    return this.#marks;
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

  /** Clears the page; an analysis under way is dropped when its answer comes. */
  stop(): void {
    this.#generation++;
    this.highlighter.clear();
    this.#focusIndex = -1;
  }
}
