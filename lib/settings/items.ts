import type { PageReport } from '../report';
import { defineItem, type Item } from './area';
import { DEFAULT_LOOK, type Look, readLook } from './look';

/**
 * Every value Siyaq keeps outside its database tables, one item per key: where it lives, its
 * type, its default, and how an older or malformed value reads. A new setting is a new item here.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

// ── The database's settings table: travels with backups; written by the background only.

/** The interface language the reader chose; 'auto' follows the browser. */
export type LangSetting = 'ar' | 'en' | 'auto';
const langSetting = (v: unknown): LangSetting => (v === 'ar' || v === 'en' ? v : 'auto');
export const LANG = defineItem<LangSetting>('lang', 'database', 'auto', langSetting);

/** How many days may pass before the panel reminds the reader to back up. */
export const REMINDER_DAYS = defineItem('backup.reminderDays', 'database', 30, (v, fallback) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 1 ? v : fallback,
);

/** When (ms since the epoch) the last full backup was handed to the browser; null: never. */
export const LAST_EXPORT = defineItem<number | null>('backup.lastExportAt', 'database', null, (v) =>
  typeof v === 'number' && Number.isFinite(v) ? v : null,
);

/** What the background accepts from 'settings:set': each a plain value, stored only as it parses. */
export const DATABASE_ITEMS: readonly Item<string | number | null>[] = [LANG, REMINDER_DAYS, LAST_EXPORT];

// ── Extension storage.local: read by the content script too, which cannot open the database.

export const LOOK: Item<Look> = defineItem('siyaq:look', 'local', DEFAULT_LOOK, readLook);
/** Listed news sites the reader switched off (a domain switches off its subdomains). */
export const DISABLED_SITES = defineItem<string[]>('siyaq:disabled-sites', 'local', [], strings);
/** Other sites the reader allowed for good (each with its optional host permission). */
export const ENABLED_SITES = defineItem<string[]>('siyaq:enabled-sites', 'local', [], strings);

// ── Extension storage.session: per-tab state that must outlive an idle service worker.

/** The actor the reader last selected, on a page (its tab) or in the panel (no tab). */
export interface Selection {
  tabId: number | null;
  actorId: string;
  at: number;
}

/** What the panel shows for a tab: the page's latest report and the actor last clicked there. */
export interface TabState {
  report: PageReport | null;
  selectedActorId: string | null;
}

export const SELECTION = defineItem<Selection | null>('siyaq:selection', 'session', null, (v) =>
  isRecord(v) && typeof v.actorId === 'string' && typeof v.at === 'number' && (typeof v.tabId === 'number' || v.tabId === null)
    ? { tabId: v.tabId, actorId: v.actorId, at: v.at }
    : null,
);

/** The background writes these itself: a value of another shape is one from an older version, and is dropped. */
export function tabStateItem(tabId: number): Item<TabState | null> {
  return defineItem<TabState | null>(`siyaq:tab:${tabId}`, 'session', null, (v) =>
    isRecord(v) && (isRecord(v.report) || v.report === null) && (typeof v.selectedActorId === 'string' || v.selectedActorId === null)
      ? { report: v.report as PageReport | null, selectedActorId: v.selectedActorId }
      : null,
  );
}

// ── The extension pages' localStorage: read synchronously, before IndexedDB answers.

/** A copy of LANG, so a page opening cold paints in the right language at once. */
export const LANG_MIRROR = defineItem<LangSetting>('siyaq:lang', 'page', 'auto', langSetting);

/** An unsaved note's text, kept until it is saved (per stored note, or per thing a new note is on). */
export const noteDraftKey = (noteId: string | null, target: { kind: string; on: string }) =>
  `siyaq:draft:${noteId ?? `new:${target.kind}:${target.on}`}`;
