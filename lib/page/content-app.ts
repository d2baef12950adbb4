import type { EnglishAnalyzer } from '../analysis/english';
import { browserHighlightEnv } from '../highlight/env';
import { compileMatcher, type MatcherData } from '../kb/compile';
import type { Actor } from '../kb/schema';
import type { ContentProtocol } from '../messaging';
import type { PageReport } from '../report';
import { ok, type Result } from '../result';
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
  /** The reader's own actors (an empty list when the background cannot answer). */
  readerActors: () => Promise<Actor[]>;
  /** Registers the handlers of the messages addressed to this tab. */
  handle: <K extends keyof ContentProtocol>(
    type: K,
    fn: (data: Parameters<ContentProtocol[K]>[0]) => ReturnType<ContentProtocol[K]>,
  ) => void;
}

/**
 * The in-page app: analyse the page, paint, answer clicks and the panel's requests. Without the
 * CSS Custom Highlight API Siyaq would have to change the page's DOM to highlight, so it does not run.
 */
export async function startContentApp(deps: ContentAppDeps): Promise<PageSession | null> {
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
  const compileReaders = async (): Promise<MatcherData | undefined> => {
    const actors = await deps.readerActors().catch(() => []);
    return actors.length ? compileMatcher(actors) : undefined;
  };
  session.run(await compileReaders());
  deps.listen(deps.win.document, 'click', (e) => {
    const click = e as MouseEvent;
    if (click.button === 0 && !click.defaultPrevented) session.handleClick(click.clientX, click.clientY);
  });
  const result = <T>(value: T): Result<T> => ok(value);
  deps.handle('page:focus-mention', (d) => result(session.focusMention(d.actorId, d.index)));
  deps.handle('page:focus-quote', (d) => result(session.focusQuote(d.anchor)));
  deps.handle('page:set-highlights', (d) => {
    session.highlighter.setVisible(d.visible);
    return result(d.visible);
  });
  deps.handle('page:reanalyse', () => {
    void compileReaders().then((extra) => session.run(extra));
    return result(true);
  });
  deps.handle('page:selection', () => result((deps.win.getSelection()?.toString() ?? '').trim().slice(0, 120)));
  deps.onInvalidated(() => session.stop());
  return session;
}
