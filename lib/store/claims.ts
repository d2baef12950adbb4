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
    ...(c.speakerName ? { speakerName: c.speakerName } : {}),
    ...(c.unnamedSource ? { unnamedSource: true } : {}),
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
  /** Why these figures stand side by side: one quantity about one actor, from different articles, at one time. */
  reason: { actorId: string; unit: string; articles: number; from: string; to: string; days: number };
}

/** Figures published further apart than this measure a change, not a disagreement. */
export const SAME_TIME_DAYS = 30;
const DAY = 86_400_000;
/** Units whose figures are not news figures: spans of time, counts of countries. */
const NOT_COMPARED = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century', 'country']);

interface Entry {
  value: number;
  claim: ClaimRecord;
  at: number;
}

/**
 * Where stored claims give different values of one quantity about one actor (2500 vs 5000
 * soldiers): the same unit, the actor named in the figure's own clause (not merely somewhere in
 * the sentence), in different articles, published within SAME_TIME_DAYS of each other. Values
 * within 1% count as the same; a value that no other article of that time contradicts stays out.
 */
export async function figureConflicts(db: SiyaqDB, actorId: string): Promise<FigureConflict[]> {
  const claims = await db.claims.where('figureKeys').between(`${actorId}|`, `${actorId}|\uffff`).toArray();
  const byUnit = new Map<string, Entry[]>();
  for (const c of claims) {
    for (const f of c.figures) {
      // A figure without its own clause's actors (an old record) is about the actors of its sentence.
      if (!f.unit || NOT_COMPARED.has(f.unit) || !(f.actorIds ?? c.actorIds).includes(actorId)) continue;
      const list = byUnit.get(f.unit) ?? [];
      list.push({ value: f.value, claim: c, at: Date.parse(claimDate(c.publishedAt, c.readAt)) });
      byUnit.set(f.unit, list);
    }
  }
  const out: FigureConflict[] = [];
  for (const [unit, entries] of byUnit) {
    const same = (a: number, b: number) => Math.abs(a - b) <= Math.abs(a) * 0.01;
    // An entry is in conflict when another article of its time gives a different value.
    const kept = entries.filter((e) =>
      entries.some(
        (o) => o.claim.articleUrl !== e.claim.articleUrl && !same(o.value, e.value) && Math.abs(o.at - e.at) <= SAME_TIME_DAYS * DAY,
      ),
    );
    const values = new Map<number, ClaimRecord[]>();
    for (const e of kept) {
      const key = [...values.keys()].find((v) => same(v, e.value)) ?? e.value;
      const list = values.get(key) ?? [];
      if (!list.includes(e.claim)) list.push(e.claim);
      values.set(key, list);
    }
    if (values.size < 2) continue;
    const times = kept.map((e) => e.at);
    const first = Math.min(...times);
    const last = Math.max(...times);
    out.push({
      unit,
      values: [...values]
        .map(([value, list]) => ({
          value,
          claims: list.sort((a, b) => (claimDate(b.publishedAt, b.readAt) < claimDate(a.publishedAt, a.readAt) ? -1 : 1)),
        }))
        .sort((a, b) => a.value - b.value),
      reason: {
        actorId,
        unit,
        articles: new Set(kept.map((e) => e.claim.articleUrl)).size,
        from: new Date(first).toISOString().slice(0, 10),
        to: new Date(last).toISOString().slice(0, 10),
        days: Math.round((last - first) / DAY),
      },
    });
  }
  return out;
}
