import type { PageReport } from '../report';
import { bundledOutletId } from '../kb/outlet-table';
import { normalizeUrl } from '../url';
import { toClaimRecord } from './claims';
import type { ArticleRecord, SiyaqDB } from './db';

/**
 * Stores a visit and its claims in one transaction. Reading the same article again updates its
 * record and replaces its claims (same sentence, same id) instead of adding a second copy.
 */
export async function recordVisit(db: SiyaqDB, report: PageReport, now: number): Promise<ArticleRecord> {
  const url = normalizeUrl(report.url);
  return db.transaction('rw', db.articles, db.claims, async () => {
    const previous = await db.articles.get(url);
    const actorCounts: Record<string, number> = {};
    for (const a of report.actors) actorCounts[a.id] = a.count;
    const record: ArticleRecord = {
      url,
      title: report.title,
      site: report.site,
      lang: report.lang,
      byline: report.byline,
      publishedAt: report.publishedAt,
      firstReadAt: previous?.firstReadAt ?? now,
      readAt: now,
      readCount: (previous?.readCount ?? 0) + 1,
      actorCounts,
      actorIds: Object.keys(actorCounts),
      claimCount: report.claims.length,
      outletId: reportedOutlet(report),
    };
    await db.articles.put(record);
    const context = {
      url,
      site: record.site,
      title: record.title,
      publishedAt: record.publishedAt,
      readAt: now,
      lang: record.lang,
      outletId: record.outletId,
    };
    await db.claims.where('articleUrl').equals(url).delete();
    await db.claims.bulkPut(report.claims.map((c) => toClaimRecord(context, c)));
    return record;
  });
}

/**
 * The report's outlet (its analysis also knows the reader's own outlets) when it is a well-formed
 * id; otherwise the bundled base's outlet for the URL, so a report from an older content script
 * or a malformed one still files the article under its publisher.
 */
function reportedOutlet(report: PageReport): string | null {
  const id = report.outlet?.actorId;
  return typeof id === 'string' && /^[a-zA-Z0-9-]{1,100}$/.test(id) ? id : bundledOutletId(report.url);
}

/** The most recently read articles first. */
export function recentArticles(db: SiyaqDB, limit = 50): Promise<ArticleRecord[]> {
  return db.articles.orderBy('readAt').reverse().limit(limit).toArray();
}

/** Articles that mention an actor, most recent first. */
export async function articlesMentioning(db: SiyaqDB, actorId: string): Promise<ArticleRecord[]> {
  const list = await db.articles.where('actorIds').equals(actorId).toArray();
  return list.sort((a, b) => b.readAt - a.readAt);
}
