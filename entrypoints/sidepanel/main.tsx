import { render } from 'preact';
import { browser } from 'wxt/browser';
import { paintInLanguage } from '@/lib/i18n/lang-choice';
import type { Lang } from '@/lib/i18n/messages';
import { loadBundledActors } from '@/lib/kb/bundled-file';
import { SiyaqDB } from '@/lib/store/db';
import '@/components/panel.css';
import { App } from './App';

/**
 * The tab this panel speaks for: `?tab=` if given, the active tab of this window for the side
 * panel, or none when the panel page is itself the active tab (then it follows the last click).
 */
async function currentTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Opened as a tab itself: speak for the tab the reader last clicked in.
  if (!tab || tab.url?.startsWith(browser.runtime.getURL('/'))) return null;
  return tab.id ?? null;
}

// Started first: the base's file is read while the database opens and the tab is found.
const bundled = loadBundledActors().catch((e: unknown) => {
  console.error(e);
  return [];
});
const root = document.getElementById('app');
const db = new SiyaqDB();
async function mount(lang: Lang): Promise<void> {
  if (!root) return;
  render(<App db={db} lang={lang} tabId={await currentTab()} bundled={await bundled} />, root);
}
// The language setting is read from the database without holding up the first paint.
const settled = paintInLanguage(
  db.settings.get('lang').then((s) => s?.value),
  localStorage,
  browser.i18n.getUILanguage(),
  (lang) => void mount(lang),
);
browser.tabs.onActivated.addListener(() => void settled.then(mount));
