import { sameData } from './equal';
import type { PageReport } from '../report';
import { bundledOutletId } from '../kb/outlet-table';
import { normalizeUrl } from '../url';
import { toClaimRecord } from './claims';
import type { ArticleRecord, SiyaqDB } from './db';

/**
 * Stores a visit and its claims in one transaction. Reading the same article again updates its
 * record and its claims (same sentence, same id) instead of adding a second copy.
 *
 * `sameLoad`: the report comes from the page load already recorded (a live page analysed again
 * as it changes). It is not another read: the count and the read time stay, and only what
 * changed is written (claims gone are deleted, new or changed ones put), so a page that ticks
 * without changing its text writes nothing.
 */
export async function recordVisit(
  db: SiyaqDB,
  report: PageReport,
  now: number,
  options: { sameLoad?: boolean } = {},
): Promise<ArticleRecord> {
  const url = normalizeUrl(report.url);
  return db.transaction('rw', db.articles, db.claims, async () => {
    const previous = await db.articles.get(url);
    const again = options.sameLoad === true && previous !== undefined;
    const readAt = again ? previous.readAt : now;
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
      readAt,
      readCount: again ? previous.readCount : (previous?.readCount ?? 0) + 1,
      actorCounts,
      actorIds: Object.keys(actorCounts),
      claimCount: report.claims.length,
      outletId: reportedOutlet(report),
    };
    if (!previous || !sameData(previous, record)) await db.articles.put(record);
    const context = {
      url,
      site: record.site,
      title: record.title,
      publishedAt: record.publishedAt,
      readAt,
      lang: record.lang,
      outletId: record.outletId,
    };
    // By id, the last one winning, as a bulk put of them all would.
    const next = new Map(report.claims.map((c) => toClaimRecord(context, c)).map((c) => [c.id, c]));
    const stored = await db.claims.where('articleUrl').equals(url).toArray();
    const gone = stored.filter((c) => !next.has(c.id)).map((c) => c.id);
    const before = new Map(stored.map((c) => [c.id, c]));
    const changed = [...next.values()].filter((c) => {
      const old = before.get(c.id);
      return !old || !sameData(old, c);
    });
    if (gone.length) await db.claims.bulkDelete(gone);
    if (changed.length) await db.claims.bulkPut(changed);
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
