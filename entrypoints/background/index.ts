import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/handlers';
import { panelApis, togglePanelFromToolbar } from '@/lib/background/panel';
import { forgetTab, type SessionArea } from '@/lib/background/tab-state';
import { BUNDLED_ACTORS } from '@/lib/kb/bundled';
import { toBackground } from '@/lib/messaging';
import { SiyaqDB } from '@/lib/store/db';

export default defineBackground(() => {
  const session = (browser.storage.session ?? browser.storage.local) as unknown as SessionArea;
  const db = new SiyaqDB();
  const panel = panelApis();
  const h = createHandlers({ db, session, panel, now: Date.now, newId: () => crypto.randomUUID(), bundled: () => BUNDLED_ACTORS });

  toBackground.onMessage('page:report', ({ data, sender }) => h.report(data, sender.tab?.id));
  toBackground.onMessage('panel:open-actor', ({ data, sender }) => h.openActor(data.actorId, sender.tab?.id));
  toBackground.onMessage('kb:reader-actors', () => h.readerActors());
  toBackground.onMessage('tab:state', ({ data }) => h.tabState(data.tabId));
  toBackground.onMessage('panel:select-actor', ({ data }) => h.selectActor(data.actorId, data.tabId));
  toBackground.onMessage('notes:save', ({ data }) => h.saveNote(data));
  toBackground.onMessage('notes:delete', ({ data }) => h.deleteNote(data.id));
  toBackground.onMessage('kb:save-actor', ({ data }) => h.saveActor(data.actor));
  toBackground.onMessage('kb:delete-actor', ({ data }) => h.deleteActor(data.id));
  toBackground.onMessage('kb:import-pack', ({ data }) => h.importPack(data.name, data.actors));
  toBackground.onMessage('settings:set', ({ data }) => h.setSetting(data.key, data.value));
  toBackground.onMessage('data:erase', () => h.erase());
  toBackground.onMessage('data:import', ({ data }) => h.importBackup(data.text, data.mode));

  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => {
    void togglePanelFromToolbar(panel, tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(session, tabId));
  // Ask the browser not to evict the reader's notes under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
});
