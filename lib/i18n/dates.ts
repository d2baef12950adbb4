import type { Lang } from './messages';

/**
 * A date as the interface language writes it, with Latin digits in both languages (readers
 * compare dates across Arabic and English sources). Partial dates (2020, 2020-05) stay partial.
 */
export function formatDate(value: string | number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && /^\d{4}$/.test(value)) return value;
  const partialMonth = typeof value === 'string' && /^\d{4}-\d{2}$/.test(value);
  const d = new Date(partialMonth ? `${value}-01T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) return String(value);
  return formatter(lang, partialMonth).format(d);
}

// Building a formatter costs a hundred times more than using one, and a card dates every claim.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, partialMonth: boolean): Intl.DateTimeFormat {
  const key = `${lang}${partialMonth ? 'm' : 'd'}`;
  let f = formatters.get(key);
  if (!f) {
    const locale = lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
    const options: Intl.DateTimeFormatOptions = partialMonth
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { dateStyle: 'medium', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}
