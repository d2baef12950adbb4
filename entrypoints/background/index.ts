import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import actorsJson from '@/generated/actors.json?raw';
import matcherJson from '@/generated/matcher.json?raw';
import { analyzeEnglish } from '@/lib/analysis/english';
import { analyseTab, type FirefoxContentScripts, registerEnabledSites, type ScriptingApis } from '@/lib/background/activation';
import { createHandlers } from '@/lib/background/handlers';
import { firefoxApi, openPanel, panelApis, togglePanelFromToolbar } from '@/lib/background/panel';
import { backgroundRoutes, guardRoutes } from '@/lib/background/routes';
import type { MatcherData } from '@/lib/kb/compile';
import type { Actor } from '@/lib/kb/schema';
import { type BackgroundProtocol, type PageCommand, toBackground, toContent } from '@/lib/messaging';
import { browserSession } from '@/lib/settings/browser';
import { ENABLED_SITES } from '@/lib/settings/items';
import { forgetTab } from '@/lib/settings/tab-session';
import { once } from '@/lib/once';
import { SiyaqDB } from '@/lib/store/db';

export default defineBackground(() => {
  const session = browserSession().area;
  const db = new SiyaqDB();
  const panel = panelApis();
  const action = browser.action ?? browser.browserAction;
  const h = createHandlers({
    db,
    session,
    panel,
    now: Date.now,
    newId: () => crypto.randomUUID(),
    // The base ships as JSON text, parsed when first needed in this background's life: a
    // background woken by a page parses the matcher (0.5 MB) and not the actors (1.2 MB) until a
    // hover card or the panel asks for them; one woken by the panel, the other way round.
    bundled: once(() => JSON.parse(actorsJson) as Actor[]),
    base: once(() => JSON.parse(matcherJson) as MatcherData),
    english: analyzeEnglish,
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    setBadge: (tabId, count) => {
      void action.setBadgeText({ tabId, text: count ? String(count) : '' });
      void action.setBadgeBackgroundColor?.({ tabId, color: '#9a4d00' });
    },
  });

  // Every message passes the sender check of lib/messaging.ts before its handler runs.
  const routes = guardRoutes(backgroundRoutes(h), browser.runtime.getURL('/'));
  for (const type of Object.keys(routes) as (keyof BackgroundProtocol)[])
    toBackground.onMessage(type, ({ data, sender }) => routes[type](data as never, sender) as never);

  const scripting: ScriptingApis = browser.scripting;
  const reanalyse = (tabId: number) => () => toContent.sendMessage('page:reanalyse', undefined, tabId).then((r) => !!r?.ok);

  // The toolbar button: open the panel (inside the click's gesture, so first), then analyse
  // the page if Siyaq does not run there (activeTab grants this tab for this once).
  action.onClicked.addListener((tab) => {
    void togglePanelFromToolbar(panel, tab.id);
    if (tab.id !== undefined) void analyseTab(scripting, tab.id, reanalyse(tab.id));
  });

  // Keyboard shortcuts are user gestures: opening the panel is allowed here in both browsers.
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    const tabId = tab?.id;
    if (command === 'open-mention') void openPanel(panel, tabId);
    if (tabId === undefined) return;
    void toContent
      .sendMessage('page:command', { command: command as PageCommand }, tabId)
      .then((res) => {
        if (command === 'open-mention' && res?.ok && res.value.actorId) void h.selectActor(res.value.actorId, tabId);
      })
      .catch(() => {});
  });

  // Sites the reader allowed for good: registered at start and whenever the list changes.
  const firefox = firefoxApi<FirefoxContentScripts>('contentScripts', 'register');
  const registered = new Map<string, { unregister(): Promise<void> }>();
  const register = () => void registerEnabledSites(browser.storage.local, scripting, firefox, registered).catch(() => {});
  register();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ENABLED_SITES.key in changes) register();
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(session, tabId));
  // Ask the browser not to evict the reader's notes under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
});
