import { browserHighlightEnv } from '../highlight/env';
import { ok, type Result } from '../result';
import { PageController } from './controller';
import { DEFAULT_LOOK } from '../settings/look';
import type { PageDeps } from './deps';

/**
 * The in-page app. Without the CSS Custom Highlight API Siyaq would have to change the page's DOM
 * to highlight, so it does not run; on a site the reader switched off it does nothing either.
 */
export async function startContentApp(deps: PageDeps): Promise<PageController | null> {
  const env = browserHighlightEnv(deps.win);
  if (!env || (await deps.isDisabled().catch(() => false))) return null;
  const controller = new PageController({ ...deps, env, look: await deps.look().catch(() => DEFAULT_LOOK) });
  deps.onLookChange((look) => void controller.session.applyLook(look));
  const { session } = controller;
  const result = <T>(value: T): Result<T> => ok(value);
  deps.handle('page:focus-mention', (d) => result(session.focusMention(d.actorId, d.index)));
  deps.handle('page:focus-quote', (d) => result(session.focusQuote(d.anchor)));
  deps.handle('page:set-highlights', (d) => {
    session.highlighter.setVisible(d.visible);
    return result(d.visible);
  });
  deps.handle('page:reanalyse', () => {
    void controller.start();
    return result(true);
  });
  deps.handle('page:selection', () => result((deps.win.getSelection()?.toString() ?? '').trim().slice(0, 120)));
  deps.handle('page:command', (d) => result(controller.command(d.command)));
  deps.listen(deps.win.document, 'click', (e) => {
    const click = e as MouseEvent;
    if (actsOnClick(click)) session.handleClick(click.clientX, click.clientY);
  });
  deps.listen(deps.win.document, 'mousemove', (e) => controller.hover((e as MouseEvent).clientX, (e as MouseEvent).clientY));
  deps.onLocationChange(() => controller.locationChanged());
  deps.onInvalidated(() => controller.stop());
  await controller.start();
  return controller;
}

/**
 * Whether a click on the page is the reader's: a page's own script can dispatch clicks on the
 * names Siyaq marked (to open the panel on an actor of its choosing, again and again); only
 * the browser's own events from a real input are trusted.
 */
export function actsOnClick(click: Pick<MouseEvent, 'isTrusted' | 'button' | 'defaultPrevented'>): boolean {
  return click.isTrusted && click.button === 0 && !click.defaultPrevented;
}
