import { type Lang, langFromLocale } from '../i18n/messages';
import { LANG_MIRROR, type LangSetting } from './items';

/**
 * The reader's interface language lives in the database's settings (LANG: it travels with
 * backups), but a page opening cold waits tens of milliseconds for IndexedDB. So the extension
 * pages keep a copy in their origin's localStorage (LANG_MIRROR), readable at once, and correct
 * it when the database answers.
 */

type Mirror = Pick<Storage, 'getItem' | 'setItem'>;

/** The language a setting value ('ar', 'en', 'auto' or nothing) gives in a browser of this locale. */
export function langOf(setting: unknown, locale: string | undefined): Lang {
  return setting === 'ar' || setting === 'en' ? setting : langFromLocale(locale);
}

/** The language to paint with before the database has answered. */
export function mirroredLang(mirror: Mirror | undefined, locale: string | undefined): Lang {
  let value: string | null = null;
  try {
    value = mirror?.getItem(LANG_MIRROR.key) ?? null;
  } catch {
    // Storage can be disabled or throw on access; the browser's language is then the guess.
  }
  return langOf(value, locale);
}

/** Remember the database's setting for the next page that opens. */
export function mirrorLang(mirror: Mirror | undefined, setting: unknown): void {
  const value: LangSetting = LANG_MIRROR.parse(setting);
  try {
    mirror?.setItem(LANG_MIRROR.key, value);
  } catch {
    // A full or disabled storage only costs the next page a repaint in the right language.
  }
}

/**
 * Paints at once in the mirrored language; once the database's setting is read, mirrors it and
 * paints again only if it differs. Resolves to the language finally used.
 */
export async function paintInLanguage(
  setting: Promise<unknown>,
  mirror: Mirror | undefined,
  locale: string | undefined,
  paint: (lang: Lang) => void,
): Promise<Lang> {
  const first = mirroredLang(mirror, locale);
  paint(first);
  const value = await setting.catch(() => undefined);
  mirrorLang(mirror, value);
  const lang = langOf(value, locale);
  if (lang !== first) paint(lang);
  return lang;
}
