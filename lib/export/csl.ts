import type { ArticleRecord } from '../store/types';
import { filterBackupData } from './filter';
import { isoTime } from './time';
import type { BackupData, ExportOptions } from './types';

/** One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the fields Siyaq knows. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  URL: string;
  language?: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': [number[]] };
  accessed: { 'date-parts': [number[]] };
}

export interface CslOptions extends ExportOptions {
  /** The outlet's name in the export's language, when the article's outlet is known; else the site is used. */
  outletName?: (article: ArticleRecord) => string | undefined;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD…` as CSL date parts; null for anything else (a site's free-text date). */
export function dateParts(date: string | null): number[] | null {
  const m = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return null;
  const parts = [Number(m[1]), ...(m[2] ? [Number(m[2])] : []), ...(m[3] ? [Number(m[3])] : [])];
  if ((parts[1] ?? 1) < 1 || (parts[1] ?? 1) > 12 || (parts[2] ?? 1) < 1 || (parts[2] ?? 1) > 31) return null;
  return parts;
}

/**
 * The articles read, as a CSL-JSON list that reference managers (Zotero, Mendeley, pandoc's
 * citeproc) import as they are: each a newspaper article with its outlet as the container,
 * when it was published (issued) and when the reader last read it (accessed). The id is the
 * article's address, the same on every export, so importing twice finds the duplicate.
 */
export function exportCsl(data: BackupData, options: CslOptions): string {
  const d = filterBackupData(data, options.filter);
  const items = [...d.articles]
    .sort((a, b) => b.readAt - a.readAt || (a.url < b.url ? -1 : 1))
    .map((a): CslItem => {
      const issued = dateParts(a.publishedAt);
      const byline = a.byline?.replace(/\s+/gu, ' ').trim();
      return {
        id: a.url,
        type: 'article-newspaper',
        title: a.title.replace(/\s+/gu, ' ').trim() || a.url,
        'container-title': options.outletName?.(a) ?? a.site,
        URL: a.url,
        ...(a.lang === 'ar' || a.lang === 'en' ? { language: a.lang } : {}),
        // A byline is one string as the site wrote it ("مراسل الجزيرة"): CSL's literal keeps it whole.
        ...(byline ? { author: [{ literal: byline }] } : {}),
        ...(issued ? { issued: { 'date-parts': [issued] as [number[]] } } : {}),
        accessed: { 'date-parts': [dateParts(isoTime(a.readAt))!] as [number[]] },
      };
    });
  return `${JSON.stringify(items, null, 2)}\n`;
}
