import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { toBackground, toContent } from '../messaging';
import { readItem, watchItem } from '../settings/area';
import { LOOK } from '../settings/items';
import { isSiteDisabled } from '../settings/sites';
import { startContentApp } from './content-app';

/**
 * The glue between the content script's entrypoint and the in-page app: messages, the browser's
 * i18n, storage and the script's lifetime.
 */
export function bootstrap(ctx: ContentScriptContext): void {
  const send = toBackground.sendMessage;
  // This page load's id (crypto.randomUUID needs a secure context; http pages are not one).
  const load = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  void startContentApp({
    win: window,
    analyse: async (request) => {
      // Every analysis of this page load carries its id: the background counts one read per load.
      const res = await send('page:analyse', { ...request, load });
      if (!res.ok) throw new Error(res.error.message);
      return res.value;
    },
    listen: (target, type, fn) => ctx.addEventListener(target, type as keyof WindowEventMap, fn),
    onInvalidated: (fn) => ctx.onInvalidated(fn),
    onLocationChange: (fn) => ctx.addEventListener(window, 'wxt:locationchange', fn),
    openActor: (actorId) => void send('panel:open-actor', { actorId }).catch(() => {}),
    describe: async (id) => {
      const res = await send('kb:describe', { id });
      return res.ok ? res.value : null;
    },
    isDisabled: () => isSiteDisabled(browser.storage.local, location.hostname),
    look: () => readItem(browser.storage.local, LOOK),
    onLookChange: (fn) => ctx.onInvalidated(watchItem(browser.storage.onChanged, 'local', LOOK, fn)),
    t: (key) => browser.i18n.getMessage(key),
    uiLang: browser.i18n.getUILanguage().toLowerCase().startsWith('ar') ? 'ar' : 'en',
    clickOpensPanel: import.meta.env.BROWSER !== 'firefox',
    handle: (type, fn) => toContent.onMessage(type, ({ data: d }) => fn(d as never)),
  });
}
