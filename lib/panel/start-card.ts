import { browser } from 'wxt/browser';
import { toBackground } from '../messaging';
import type { FirstCard } from '../store/first-card';
import { requestFirstCard } from './first-card';

/** The side panel's first request, started before its main script has loaded. */
export interface StartedCard {
  tab: Promise<number | null>;
  first: Promise<FirstCard | null>;
}

/**
 * The tab this panel speaks for: `?tab=` if given, the active tab of this window for the side
 * panel, or none when the panel page is itself the active tab (then it follows the last click).
 */
async function currentTab(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.url?.startsWith(browser.runtime.getURL('/'))) return null;
  return tab.id ?? null;
}

/** `search`: the panel's query string (`?actor=…&tab=…`). */
export function startFirstCard(search: string): StartedCard {
  const tab = currentTab(search).catch(() => null);
  const first = requestFirstCard({
    param: new URLSearchParams(search).get('actor'),
    tab,
    ask: (actorId) => toBackground.sendMessage('panel:first-card', { actorId }),
  });
  return { tab, first };
}

// The panel page runs two bundles: a small classic script in its <head>, run while the page is
// still parsed, and the panel's module, which loads and compiles meanwhile. This is their one
// hand-off.
const KEY = '__siyaqStartedCard';
type Holder = { [KEY]?: StartedCard };

export function leaveStarted(started: StartedCard, holder: object = globalThis): void {
  (holder as Holder)[KEY] = started;
}

/** What the first script started, or a start now if it did not run. Taken once. */
export function takeStarted(search: string, holder: object = globalThis): StartedCard {
  const h = holder as Holder;
  const started = h[KEY] ?? startFirstCard(search);
  delete h[KEY];
  return started;
}
