import { render } from 'preact';
import { browser } from 'wxt/browser';
import { langOf, mirroredLang, mirrorLang } from '@/lib/i18n/lang-choice';
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
const locale = browser.i18n.getUILanguage();
const setting = db.settings.get('lang').then(
  (s) => s?.value,
  () => undefined,
);
async function mount(lang: Lang): Promise<void> {
  if (root) render(<App db={db} lang={lang} bundled={await bundled} />, root);
}
// Painted in the mirrored language at once, repainted if the database's setting says otherwise.
const first = mirroredLang(localStorage, locale);
void mount(first);
void setting.then((value) => {
  mirrorLang(localStorage, value);
  if (langOf(value, locale) !== first) void mount(langOf(value, locale));
});
