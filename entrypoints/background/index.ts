import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/handlers';
import { panelApis, togglePanelFromToolbar } from '@/lib/background/panel';
import { forgetTab, type SessionArea } from '@/lib/background/tab-state';
import { toBackground } from '@/lib/messaging';
import { SiyaqDB } from '@/lib/store/db';

export default defineBackground(() => {
  const session = (browser.storage.session ?? browser.storage.local) as unknown as SessionArea;
  const db = new SiyaqDB();
  const panel = panelApis();
  const handlers = createHandlers({ db, session, panel, now: Date.now });

  toBackground.onMessage('page:report', ({ data, sender }) => handlers.report(data, sender.tab?.id));
  toBackground.onMessage('panel:open-actor', ({ data, sender }) => handlers.openActor(data.actorId, sender.tab?.id));
  toBackground.onMessage('tab:state', ({ data }) => handlers.tabState(data.tabId));

  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => {
    void togglePanelFromToolbar(panel, tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(session, tabId));
});
