import type { SiyaqDB } from './db';
import type { ArticleRecord } from './types';

export interface HistoryFilter {
  site?: string;
  actorId?: string;
  /** ISO dates (YYYY-MM-DD), inclusive, on the reading date. */
  from?: string;
  to?: string;
}

const LIMIT = 200;

/** Articles read, newest first; the most selective index does the first cut. */
export async function historyQuery(db: SiyaqDB, f: HistoryFilter): Promise<ArticleRecord[]> {
  const fromMs = f.from ? Date.parse(`${f.from}T00:00:00Z`) : Number.NEGATIVE_INFINITY;
  const toMs = f.to ? Date.parse(`${f.to}T23:59:59.999Z`) : Number.POSITIVE_INFINITY;
  const base = f.actorId ? db.articles.where('actorIds').equals(f.actorId) : f.site ? db.articles.where('site').equals(f.site) : null;
  const list = base
    ? await base.filter((a) => (!f.site || a.site === f.site) && a.readAt >= fromMs && a.readAt <= toMs).toArray()
    : await db.articles.where('readAt').between(fromMs, toMs, true, true).reverse().limit(LIMIT).toArray();
  return list.sort((a, b) => b.readAt - a.readAt).slice(0, LIMIT);
}

export async function historySites(db: SiyaqDB): Promise<string[]> {
  return (await db.articles.orderBy('site').uniqueKeys()).map(String);
}
