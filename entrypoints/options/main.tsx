import { render } from 'preact';
import { browser } from 'wxt/browser';
import { langFromLocale } from '@/lib/i18n/messages';
import { loadBundledActors } from '@/lib/kb/bundled-file';
import { SiyaqDB } from '@/lib/store/db';
import '@/components/panel.css';
import { App } from './App';

const bundled = loadBundledActors().catch((e: unknown) => {
  console.error(e);
  return [];
});
const root = document.getElementById('app');
const db = new SiyaqDB();
void (async () => {
  if (!root) return;
  const setting = (await db.settings.get('lang').catch(() => undefined))?.value;
  const lang = setting === 'ar' || setting === 'en' ? setting : langFromLocale(browser.i18n.getUILanguage());
  render(<App db={db} lang={lang} bundled={await bundled} />, root);
})();
