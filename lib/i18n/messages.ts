import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';

/**
 * Interface strings come from the extension's _locales files (the browser's own i18n format),
 * loaded as data so the reader can switch language without changing the browser's.
 */
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageKey = keyof typeof en;

type Catalog = Record<string, { message: string } | undefined>;
const CATALOGS: Record<Lang, Catalog> = { ar, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** `t('since', { date })` fills `{date}` in the message; a missing key falls back to English. */
export function translator(lang: Lang): Translate {
  const table = CATALOGS[lang];
  return (key, vars) => {
    const message = table[key]?.message ?? (en as Catalog)[key]?.message ?? key;
    return vars ? message.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : message;
  };
}

/** The interface language for a browser locale: Arabic for any `ar*`, English otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
