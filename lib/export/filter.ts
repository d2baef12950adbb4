import { claimDate } from '../store/claims';
import type { ArticleRecord, NoteRecord, ReaderActorRecord } from '../store/types';
import { siteOf } from '../url';
import type { BackupData, ExportFilter } from './types';

/** True when the filter constrains nothing: the export is then the whole store, settings included. */
export function isEmptyFilter(filter: ExportFilter | undefined): boolean {
  return !filter || (!filter.actorIds?.length && !filter.sites?.length && !filter.from && !filter.to);
}

const bareSite = (site: string) =>
  site
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');

/**
 * The part of the store a filter selects, closed under the references an import checks:
 * - claims match every criterion on their own actors, site and date (published, else read);
 * - notes follow what they are about: a claim note its claim, an article or passage note its
 *   article (site, date, the actors it mentions), an actor note the filter's actors, or the
 *   actors of the kept claims when the filter names none;
 * - articles are those the kept claims and notes come from;
 * - reader actors are those the kept records name, with the reader actors they refer to;
 * - settings are the reader's preferences, not about any actor: only a full export has them.
 */
export function filterBackupData(data: BackupData, filter: ExportFilter | undefined): BackupData {
  if (isEmptyFilter(filter) || !filter) return data;
  const actorSet = filter.actorIds?.length ? new Set(filter.actorIds) : null;
  const siteSet = filter.sites?.length ? new Set(filter.sites.map(bareSite)) : null;
  const siteOk = (site: string) => !siteSet || siteSet.has(bareSite(site));
  const dateOk = (date: string | null) => {
    if (!filter.from && !filter.to) return true;
    if (date === null) return false;
    return (
      (!filter.from || date.slice(0, filter.from.length) >= filter.from) && (!filter.to || date.slice(0, filter.to.length) <= filter.to)
    );
  };
  const actorsOk = (ids: readonly (string | null)[]) => !actorSet || ids.some((id) => id !== null && actorSet.has(id));

  const claims = data.claims.filter((c) => actorsOk(c.actorIds) && siteOk(c.site) && dateOk(claimDate(c.publishedAt, c.readAt)));
  const claimIds = new Set(claims.map((c) => c.id));
  const articleByUrl = new Map(data.articles.map((a) => [a.url, a]));
  const actorsOfClaims = new Set(claims.flatMap((c) => c.actorIds));

  const articleNoteOk = (n: NoteRecord) => {
    if (n.articleUrl === null) return false;
    const a: ArticleRecord | undefined = articleByUrl.get(n.articleUrl);
    const date = a ? claimDate(a.publishedAt, a.readAt) : null;
    return siteOk(a?.site ?? siteOf(n.articleUrl)) && dateOk(date) && actorsOk([...(a?.actorIds ?? []), n.actorId]);
  };
  const notes = data.notes.filter((n) => {
    switch (n.kind) {
      case 'claim':
        return n.claimId !== null && claimIds.has(n.claimId);
      case 'actor':
        return n.actorId !== null && (actorSet ? actorSet.has(n.actorId) : actorsOfClaims.has(n.actorId));
      default:
        return articleNoteOk(n);
    }
  });

  const urls = new Set<string>([
    ...claims.map((c) => c.articleUrl),
    ...notes.flatMap((n) => (n.articleUrl === null ? [] : [n.articleUrl])),
  ]);
  const articles = data.articles.filter((a) => urls.has(a.url));
  const named = [...(filter.actorIds ?? []), ...actorsOfClaims, ...notes.flatMap((n) => (n.actorId === null ? [] : [n.actorId]))];
  return { articles, claims, notes, readerActors: readerActorsClosure(data.readerActors, named), settings: [] };
}

/** Ids a reader actor refers to: where it belongs, whom it holds office in, whom it is affiliated with. */
function referencesOf(r: ReaderActorRecord): string[] {
  const a = r.actor;
  return [
    ...(a.country ? [a.country] : []),
    ...(a.roles ?? []).flatMap((role) => (role.of ? [role.of] : [])),
    ...(a.affiliations ?? []).map((f) => f.target),
  ];
}

/** The reader actors `ids` name, and those they refer to in turn, so the export validates on import. */
function readerActorsClosure(all: ReaderActorRecord[], ids: Iterable<string>): ReaderActorRecord[] {
  const byId = new Map(all.map((r) => [r.id, r]));
  const kept = new Set<string>();
  const queue = [...ids];
  while (queue.length) {
    const id = queue.pop()!;
    const r = byId.get(id);
    if (!r || kept.has(id)) continue;
    kept.add(id);
    queue.push(...referencesOf(r));
  }
  return all.filter((r) => kept.has(r.id));
}
