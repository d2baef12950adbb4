import { render } from 'preact';
import { browser } from 'wxt/browser';
import { databaseArea, readItem } from '@/lib/settings/area';
import { LANG } from '@/lib/settings/items';
import { paintInLanguage } from '@/lib/settings/lang';
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
void paintInLanguage(readItem(databaseArea(db), LANG), localStorage, browser.i18n.getUILanguage(), (lang) => void mount(lang));
