import type { EnglishAnalyzer } from '../analysis/english';
import type { HighlightEnv } from '../highlight/highlighter';
import { compileMatcher, type MatcherData } from '../kb/compile';
import type { Actor } from '../kb/schema';
import type { ActorSummary, PageCommand } from '../messaging';
import type { PageReport } from '../report';
import { HoverCard } from './card';
import type { Look } from '../settings/look';
import { PageSession } from './session';

export interface ControllerDeps {
  win: Window & typeof globalThis;
  env: HighlightEnv;
  data: () => Promise<MatcherData>;
  english?: EnglishAnalyzer;
  report: (report: PageReport) => void;
  openActor: (actorId: string) => void;
  readerActors: () => Promise<Actor[]>;
  describe: (id: string) => Promise<ActorSummary | null>;
  /** Interface strings (the browser's i18n) and language, for the hover card. */
  t: (key: 'cardHintClick' | 'cardHintSidebar') => string;
  uiLang: 'ar' | 'en';
  /** Firefox opens its sidebar only from its own UI: the card says so. */
  clickOpensPanel: boolean;
  look?: Look;
}

/** Quiet time after the last DOM change before the page is analysed again. */
export const SETTLE_MS = 400;
/** A page that never stops changing (a ticking live blog) is still analysed this often. */
export const MAX_WAIT_MS = 1500;
/** How long a page without an article is watched for one to appear. */
export const LATE_ARTICLE_MS = 60_000;

/**
 * The page's lifetime around one PageSession: the first analysis, analysing again when the
 * article changes (live blogs, pages that render late or re-render, single-page navigation),
 * the hover card and the keyboard commands. Only the article body is watched, so page churn
 * elsewhere (tickers, ads, comment widgets) costs nothing.
 */
export class PageController {
  readonly #deps: ControllerDeps;
  readonly session: PageSession;
  readonly #card: HoverCard;
  #observer: MutationObserver | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #startedAt = Date.now();
  #stopped = false;
  #hoverFrame = 0;
  #hoverKey = '';
  readonly #summaries = new Map<string, Promise<ActorSummary | null>>();
  /** Resolves after each analysis (tests and the benchmark wait on it). */
  analysed: Promise<void> = Promise.resolve();

  constructor(deps: ControllerDeps) {
    this.#deps = deps;
    this.#card = new HoverCard(deps.win.document);
    this.session = new PageSession({
      doc: deps.win.document,
      url: deps.win.location.href,
      data: deps.data,
      env: deps.env,
      ...(deps.english ? { english: deps.english } : {}),
      report: deps.report,
      openActor: deps.openActor,
      ...(deps.look ? { look: deps.look } : {}),
    });
  }

  start(): Promise<void> {
    this.analysed = this.#analyse();
    return this.analysed;
  }

  async #analyse(): Promise<void> {
    const actors = await this.#deps.readerActors().catch(() => []);
    if (this.#stopped) return;
    this.session.url = this.#deps.win.location.href;
    const result = await this.session.run(actors.length ? compileMatcher(actors) : undefined).catch((e: unknown) => {
      // The base could not be had (a background restarting, an extension being updated): the page
      // stays as it is, and the next change or reload tries again.
      console.warn('Siyaq could not analyse this page:', e);
      return null;
    });
    if (!result || this.#stopped) return;
    this.#watch(result.detection.isArticle ? this.session.body : null);
  }

  /**
   * Watch for changes to the article body (or, on a page without one yet, anywhere for a while).
   * The whole page is observed so that a body the page removes or replaces is noticed, but only
   * changes inside the body, or its removal, lead to work: churn elsewhere costs a check.
   */
  #watch(body: Element | null): void {
    this.#observer?.disconnect();
    const doc = this.#deps.win.document;
    if (!doc.body || (!body && Date.now() - this.#startedAt >= LATE_ARTICLE_MS)) return;
    this.#observer = new this.#deps.win.MutationObserver((records) => {
      if (!body?.isConnected || records.some((r) => body.contains(r.target))) this.#schedule();
    });
    this.#observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  }

  #firstChange = 0;

  /** Debounced, with a ceiling: quiet for SETTLE_MS, or MAX_WAIT_MS after the first change. */
  #schedule(delay = SETTLE_MS): void {
    const now = Date.now();
    if (!this.#timer) this.#firstChange = now;
    else clearTimeout(this.#timer);
    const wait = Math.max(0, Math.min(delay, this.#firstChange + MAX_WAIT_MS - now));
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.analysed = this.#analyse();
    }, wait);
  }

  /** A single-page site moved to another URL: start again from a clean page. */
  locationChanged(): void {
    this.session.stop();
    this.#card.hide();
    this.#startedAt = Date.now();
    this.#schedule(SETTLE_MS * 1.5);
  }

  hover(x: number, y: number): void {
    cancelAnimationFrame(this.#hoverFrame);
    this.#hoverFrame = requestAnimationFrame(() => void this.#showCard(x, y));
  }

  async #showCard(x: number, y: number): Promise<void> {
    const hit = this.session.actorAt(x, y);
    if (!hit) {
      this.#hoverKey = '';
      this.#card.hide();
      return;
    }
    const key = `${hit.mention.actorId}@${hit.mention.start}`;
    if (key === this.#hoverKey && this.#card.visible) return;
    this.#hoverKey = key;
    const summary = await this.#summary(hit.mention.actorId);
    if (this.#hoverKey !== key) return;
    const lang = this.#deps.uiLang;
    const other = lang === 'ar' ? 'en' : 'ar';
    const rect = hit.range.getBoundingClientRect();
    this.#card.show(
      {
        name: summary?.names[lang] ?? hit.mention.name[lang],
        otherName: summary?.names[other] ?? hit.mention.name[other],
        role: summary?.role?.[lang] ?? '',
        hint: this.#deps.t(this.#deps.clickOpensPanel ? 'cardHintClick' : 'cardHintSidebar'),
      },
      rect,
      this.#deps.win.getComputedStyle(hit.range.startContainer.parentElement ?? this.#deps.win.document.body).direction === 'rtl',
    );
  }

  #summary(id: string): Promise<ActorSummary | null> {
    let s = this.#summaries.get(id);
    if (!s) {
      s = this.#deps.describe(id).catch(() => null);
      this.#summaries.set(id, s);
    }
    return s;
  }

  /** Keyboard commands; returns the actor now focused (or opened). */
  command(command: PageCommand): { actorId: string | null } {
    if (command === 'toggle-highlights') {
      this.session.highlighter.setVisible(!this.session.highlighter.visible);
      return { actorId: null };
    }
    if (command === 'open-mention') {
      const m = this.session.focused() ?? this.session.step(1);
      return { actorId: m?.actorId ?? null };
    }
    const m = this.session.step(command === 'next-mention' ? 1 : -1);
    if (m) this.#card.announce(`${m.name[this.#deps.uiLang]} — ${m.text}`);
    return { actorId: m?.actorId ?? null };
  }

  stop(): void {
    this.#stopped = true;
    this.#observer?.disconnect();
    if (this.#timer) clearTimeout(this.#timer);
    this.session.stop();
    this.#card.remove();
  }
}
