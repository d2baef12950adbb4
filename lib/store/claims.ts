import type { ReportClaim } from '../report';
import { hashOf } from '../text/chars';
import type { SiyaqDB } from './db';
import type { ClaimRecord } from './types';
import { KEY_SEPARATOR } from './types';

export interface ArticleContext {
  url: string;
  site: string;
  title: string;
  publishedAt: string | null;
  readAt: number;
  lang: string;
  outletId?: string | null;
}

/** The date a claim sorts by: when it was published, else when it was read. */
export function claimDate(publishedAt: string | null, readAt: number): string {
  return publishedAt?.slice(0, 19) || new Date(readAt).toISOString().slice(0, 19);
}

/** Same article, same sentence in the same place: same id, so a re-read replaces, never duplicates. */
export function claimId(articleUrl: string, c: Pick<ReportClaim, 'anchor'>): string {
  return `${articleUrl}#${hashOf(`${c.anchor.prefix}|${c.anchor.exact}`).toString(36)}`;
}

export function toClaimRecord(article: ArticleContext, c: ReportClaim): ClaimRecord {
  const date = claimDate(article.publishedAt, article.readAt);
  const actorIds = [...new Set([...(c.speakerId ? [c.speakerId] : []), ...c.actorIds])];
  return {
    id: claimId(article.url, c),
    articleUrl: article.url,
    site: article.site,
    articleTitle: article.title,
    publishedAt: article.publishedAt,
    readAt: article.readAt,
    lang: article.lang,
    kind: c.kind,
    text: c.text,
    speakerId: c.speakerId,
    verb: c.verb,
    content: c.content,
    actorIds,
    figures: c.figures,
    anchor: c.anchor,
    actorDates: actorIds.map((id) => `${id}${KEY_SEPARATOR}${date}`),
    figureKeys: [...new Set(c.figures.flatMap((f) => (f.unit ? (f.actorIds ?? actorIds).map((id) => `${id}|${f.unit}`) : [])))],
    outletId: article.outletId ?? null,
    credits: c.credits ?? [],
  };
}

/** The newest claims that name an actor (as speaker or subject), `limit` at a time. */
export function claimsAbout(db: SiyaqDB, actorId: string, limit = 50, offset = 0): Promise<ClaimRecord[]> {
  return db.claims
    .where('actorDates')
    .between(`${actorId}${KEY_SEPARATOR}`, `${actorId}${KEY_SEPARATOR}\uffff`)
    .reverse()
    .offset(offset)
    .limit(limit)
    .toArray();
}

export interface FigureConflict {
  unit: string;
  /** Distinct values, each with the claims that state it, newest first. */
  values: { value: number; claims: ClaimRecord[] }[];
}

/**
 * Where stored claims give different values for one actor and one unit (2500 vs 5000 soldiers):
 * the reader sees them side by side with their sources. Values within 1% count as the same.
 */
export async function figureConflicts(db: SiyaqDB, actorId: string): Promise<FigureConflict[]> {
  const claims = await db.claims.where('figureKeys').between(`${actorId}|`, `${actorId}|\uffff`).toArray();
  const byUnit = new Map<string, Map<number, ClaimRecord[]>>();
  for (const c of claims) {
    for (const f of c.figures) {
      if (!f.unit || !(f.actorIds ?? c.actorIds).includes(actorId)) continue;
      const values = byUnit.get(f.unit) ?? new Map<number, ClaimRecord[]>();
      const same = [...values.keys()].find((v) => Math.abs(v - f.value) <= Math.abs(v) * 0.01);
      const key = same ?? f.value;
      const list = values.get(key) ?? [];
      if (!list.includes(c)) list.push(c);
      values.set(key, list);
      byUnit.set(f.unit, values);
    }
  }
  const out: FigureConflict[] = [];
  for (const [unit, values] of byUnit) {
    if (values.size < 2) continue;
    out.push({
      unit,
      values: [...values]
        .map(([value, list]) => ({
          value,
          claims: list.sort((a, b) => (claimDate(b.publishedAt, b.readAt) < claimDate(a.publishedAt, a.readAt) ? -1 : 1)),
        }))
        .sort((a, b) => a.value - b.value),
    });
  }
  return out;
}
