import { browser } from 'wxt/browser';
import { toBackground, toContent } from '../messaging';
import { fail, type Result } from '../result';
import { readItem, writeItem } from '../settings/area';
import { LOOK } from '../settings/items';
import { disabledSites, enabledSites, setSiteDisabled, setSiteEnabled, siteMatches } from '../settings/sites';
import type { SiyaqDB } from '../store/db';
import { storeQueries } from './queries';
import type { AppServices } from './services';

/** A message that finds no listener (a tab without Siyaq, a background restarting) is a failure value. */
async function send<T>(p: Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await p;
  } catch (e) {
    return fail('unavailable', e instanceof Error ? e.message : String(e));
  }
}

/** Files leave through an anchor with `download`: no downloads permission needed. */
export function download(name: string, data: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The panel's services in the browser: writes go to the background, page requests to the tab. */
export function browserServices(db: SiyaqDB): AppServices {
  return {
    queries: storeQueries(db),
    saveNote: (note) => send(toBackground.sendMessage('notes:save', note)),
    deleteNote: (id) => send(toBackground.sendMessage('notes:delete', { id })),
    saveActor: (actor) => send(toBackground.sendMessage('kb:save-actor', { actor })),
    deleteActor: (id) => send(toBackground.sendMessage('kb:delete-actor', { id })),
    selectActor: (tabId, actorId) => send(toBackground.sendMessage('panel:select-actor', { tabId, actorId })),
    focusMention: (tabId, actorId) => send(toContent.sendMessage('page:focus-mention', { actorId }, tabId)),
    focusQuote: (tabId, anchor) => send(toContent.sendMessage('page:focus-quote', { anchor }, tabId)),
    pageSelection: (tabId) => send(toContent.sendMessage('page:selection', undefined, tabId)),
    importPack: (name, actors) => send(toBackground.sendMessage('kb:import-pack', { name, actors })),
    setSetting: (item, value) => send(toBackground.sendMessage('settings:set', { key: item.key, value })),
    erase: () => send(toBackground.sendMessage('data:erase', undefined)),
    importBackup: (text, mode) => send(toBackground.sendMessage('data:import', { text, mode })),
    download,
    look: {
      get: () => readItem(browser.storage.local, LOOK),
      set: (look) => writeItem(browser.storage.local, LOOK, look),
    },
    sites: {
      disabled: () => disabledSites(browser.storage.local),
      setDisabled: (host, off) => setSiteDisabled(browser.storage.local, host, off),
      allowed: () => enabledSites(browser.storage.local),
      async allow(host) {
        const granted = await browser.permissions.request({ origins: siteMatches(host) }).catch(() => false);
        if (granted) await setSiteEnabled(browser.storage.local, host, true);
        return granted;
      },
      async revoke(host) {
        await setSiteEnabled(browser.storage.local, host, false);
        await browser.permissions.remove({ origins: siteMatches(host) }).catch(() => false);
      },
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    now: () => Date.now(),
  };
}
