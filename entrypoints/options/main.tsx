import { render } from 'preact';
import { browser } from 'wxt/browser';
import { paintInLanguage } from '@/lib/i18n/lang-choice';
import type { Lang } from '@/lib/i18n/messages';
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
async function mount(lang: Lang): Promise<void> {
  if (root) render(<App db={db} lang={lang} bundled={await bundled} />, root);
}
void paintInLanguage(
  db.settings.get('lang').then((s) => s?.value),
  localStorage,
  browser.i18n.getUILanguage(),
  (lang) => void mount(lang),
);
