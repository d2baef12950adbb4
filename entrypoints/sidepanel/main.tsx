import { render } from 'preact';
import '@/components/panel.css';
import { browser } from 'wxt/browser';
import { databaseArea, readItem } from '@/lib/settings/area';
import { LANG } from '@/lib/settings/items';
import { paintInLanguage } from '@/lib/settings/lang';
import type { Lang } from '@/lib/i18n/messages';
import { loadBundledActors } from '@/lib/kb/bundled-file';
import type { Actor } from '@/lib/kb/schema';
import { once } from '@/lib/once';
import { takeStarted } from '@/lib/panel/start-card';
import { SiyaqDB } from '@/lib/store/db';
import { App } from './App';

/** How long the first card may take before the base's file is read instead. */
const WAIT_MS = 150;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const { tab, first } = takeStarted(location.search);
// User Timing for the benchmark (scripts/bench/panel.ts): when the background's answer came.
void first.then((card) => card && performance.mark('siyaq:panel:first-card'));
const root = document.getElementById('app');
const db = new SiyaqDB();
const loadBase = once(() =>
  loadBundledActors().catch((e: unknown) => {
    console.error(e);
    return [] as Actor[];
  }),
);
// The background is awake when a click opened the panel, and answers in tens of milliseconds;
// reading the base meanwhile would only hold up the main thread. One that has not answered
// in WAIT_MS may be a service worker starting up: then paint with whichever comes first.
const card = Promise.race([first, delay(WAIT_MS).then(() => loadBase().then(() => null))]);

let base: readonly Actor[] | null = null;
let painted: Lang | null = null;
async function mount(lang: Lang): Promise<void> {
  if (!root) return;
  const [tabId, opening] = await Promise.all([tab, card]);
  // The card brings its own actors; any other first view waits for the base.
  if (!opening) base ??= await loadBase();
  painted = lang;
  render(<App db={db} lang={lang} tabId={tabId} bundled={base} first={opening} />, root);
}
// The language setting is read from the database without holding up the first paint.
const settled = paintInLanguage(readItem(databaseArea(db), LANG), localStorage, browser.i18n.getUILanguage(), (lang) => void mount(lang));
// With a card on screen, the whole base (search, the other views) is read after its paint.
void card
  .then((opening) => (opening ? afterPaint() : undefined))
  .then(loadBase)
  .then((actors) => {
    base = actors;
    if (painted) void mount(painted);
  });
browser.tabs.onActivated.addListener(() => void settled.then(mount));
