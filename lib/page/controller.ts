import type { ActorSummary, PageCommand } from '../messaging';
import { HoverCard } from './card';
import type { ControllerDeps } from './deps';
import { PageSession } from './session';

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
    this.session = new PageSession(deps);
  }

  #running: Promise<void> | null = null;
  #again = false;

  /**
   * Analyse now, or, with an analysis in flight, once more right after it: at most one in flight
   * per tab, and any number of changes meanwhile coalesce into one more run, which reads the page
   * as it is by then.
   */
  start(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        await this.#analyse();
      } while (this.#again && !this.#stopped);
      this.#running = null;
    })();
    this.analysed = this.#running;
    return this.#running;
  }

  async #analyse(): Promise<void> {
    if (this.#stopped) return;
    this.session.url = this.#deps.win.location.href;
    // Failures (a background restarting or too slow, an extension being updated) leave the page
    // as it is: the session resolves to null, and the next change or the toolbar tries again.
    const result = await this.session.run().catch(() => null);
    if (this.#stopped) return;
    if (!result) this.#watch(this.session.body);
    else this.#watch(result.detection.isArticle ? this.session.body : null);
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
      void this.start();
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
