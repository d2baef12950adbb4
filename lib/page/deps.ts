import type { HighlightEnv } from '../highlight/highlighter';
import type { ActorSummary, ContentProtocol } from '../messaging';
import type { AnalyseRequest, PageMarks } from '../report';
import type { Look } from '../settings/look';

/**
 * Everything the in-page runtime needs from outside, declared once: the content script's
 * entrypoint provides it (lib/page/bootstrap.ts), tests provide fakes, and the app, the
 * controller and the session each take the part they use (the types below), passed on whole.
 */
export interface PageDeps {
  win: Window & typeof globalThis;
  /** Sends the page's text to the background; the marks to paint, or a rejection. */
  analyse: (request: AnalyseRequest) => Promise<PageMarks>;
  /** Adds a listener removed when the extension is reloaded or the script invalidated. */
  listen: (target: EventTarget, type: string, fn: (e: Event) => void) => void;
  onInvalidated: (fn: () => void) => void;
  /** Single-page navigation (history API) to another URL. */
  onLocationChange: (fn: () => void) => void;
  openActor: (actorId: string) => void;
  /** Who an actor is, for the hover card (null when the background cannot answer). */
  describe: (id: string) => Promise<ActorSummary | null>;
  /** Sites the reader switched Siyaq off on. */
  isDisabled: () => Promise<boolean>;
  /** The reader's palettes and density, and a way to hear of changes. */
  look: () => Promise<Look>;
  onLookChange: (fn: (look: Look) => void) => void;
  /** Interface strings (the browser's i18n) and language, for the hover card. */
  t: (key: 'cardHintClick' | 'cardHintSidebar') => string;
  uiLang: 'ar' | 'en';
  /** Firefox opens its sidebar only from its own UI: the card says so. */
  clickOpensPanel: boolean;
  /** Registers the handlers of the messages addressed to this tab. */
  handle: <K extends keyof ContentProtocol>(
    type: K,
    fn: (data: Parameters<ContentProtocol[K]>[0]) => ReturnType<ContentProtocol[K]>,
  ) => void;
  /** Timers, injected so tests control time. */
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  /** How to hand the main thread back between tasks (default: scheduler.yield or a timer). */
  pause?: () => Promise<void>;
}

/** What the app adds once it runs: a way to highlight, and the look read at start. */
interface Running {
  env: HighlightEnv;
  look?: Look;
}

export type ControllerDeps = Pick<
  PageDeps,
  'win' | 'analyse' | 'openActor' | 'describe' | 't' | 'uiLang' | 'clickOpensPanel' | 'setTimeout' | 'clearTimeout' | 'pause'
> &
  Running;

export type SessionDeps = Pick<ControllerDeps, 'win' | 'analyse' | 'openActor' | 'setTimeout' | 'clearTimeout' | 'pause' | 'env' | 'look'>;
