import type { EnglishAnalyzer } from '../analysis/english';
import type { MatcherData } from '../kb/compile';
import { browserHighlightEnv } from '../highlight/env';
import type { PageReport } from '../report';
import { PageSession } from './session';

/** What the content script's entrypoint provides: the page, its lifetime, and the way out. */
export interface ContentAppDeps {
  win: Window & typeof globalThis;
  data: MatcherData;
  english?: EnglishAnalyzer;
  /** Adds a listener removed when the extension is reloaded or the script invalidated. */
  listen: (target: EventTarget, type: string, fn: (e: Event) => void) => void;
  onInvalidated: (fn: () => void) => void;
  report: (report: PageReport) => void;
  openActor: (actorId: string) => void;
}

/**
 * The in-page app: analyse the page once, paint, answer clicks. Without the CSS Custom
 * Highlight API Siyaq would have to change the page's DOM to highlight, so it does not run.
 */
export function startContentApp(deps: ContentAppDeps): PageSession | null {
  const env = browserHighlightEnv(deps.win);
  if (!env) return null;
  const session = new PageSession({
    doc: deps.win.document,
    url: deps.win.location.href,
    data: deps.data,
    env,
    ...(deps.english ? { english: deps.english } : {}),
    report: deps.report,
    openActor: deps.openActor,
  });
  session.run();
  deps.listen(deps.win.document, 'click', (e) => {
    const click = e as MouseEvent;
    if (click.button === 0 && !click.defaultPrevented) session.handleClick(click.clientX, click.clientY);
  });
  deps.onInvalidated(() => session.stop());
  return session;
}
