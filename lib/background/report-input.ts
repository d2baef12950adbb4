import type { PageOutlet } from '../analysis/outlet';
import type { PageReport, ReportActor, ReportClaim, StoredFigure } from '../report';
import { clip, clipAnchor, clipFigure, LIMITS } from '../store/limits';

// A page's report is built by Siyaq's content script, but from whatever the page holds: its
// title, byline and sentences are the page's to choose, and so is their length. Here the
// report is checked and cut to the store's limits before anything is kept.

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): string | null => (typeof v === 'string' ? clip(v, max) : null);
const strOrNull = (v: unknown, max: number): string | null | undefined =>
  v === null ? null : typeof v === 'string' ? clip(v, max) : undefined;
const list = (v: unknown, max: number): unknown[] => (Array.isArray(v) ? v.slice(0, max) : []);
const ids = (v: unknown, max: number): string[] =>
  list(v, max).filter((x): x is string => typeof x === 'string' && x !== '' && x.length <= LIMITS.actorId);

function figure(v: unknown): StoredFigure | null {
  if (!isObj(v) || typeof v.value !== 'number' || !Number.isFinite(v.value)) return null;
  const unit = str(v.unit, LIMITS.unit);
  const text = str(v.text, LIMITS.figureText);
  if (unit === null || text === null) return null;
  const f: StoredFigure = clipFigure({ value: v.value, unit, text });
  if (v.actorIds !== undefined) f.actorIds = ids(v.actorIds, LIMITS.actorsPerClaim);
  return f;
}

function actor(v: unknown): ReportActor | null {
  if (!isObj(v) || !isObj(v.name)) return null;
  const id = str(v.id, LIMITS.actorId);
  const ar = str(v.name.ar, LIMITS.actorName);
  const en = str(v.name.en, LIMITS.actorName);
  if (!id || id.length !== (v.id as string).length || typeof v.type !== 'string' || ar === null || en === null) return null;
  if (typeof v.count !== 'number' || !Number.isSafeInteger(v.count) || v.count < 0) return null;
  return { id, type: v.type as ReportActor['type'], name: { ar, en }, count: v.count };
}

function claim(v: unknown): ReportClaim | null {
  if (!isObj(v) || (v.kind !== 'statement' && v.kind !== 'figure') || !isObj(v.anchor)) return null;
  const text = str(v.text, LIMITS.claimText);
  const speakerId =
    v.speakerId === null ? null : typeof v.speakerId === 'string' && v.speakerId.length <= LIMITS.actorId ? v.speakerId : undefined;
  const verb = strOrNull(v.verb, LIMITS.verb);
  const content = strOrNull(v.content, LIMITS.claimText);
  const { exact, prefix, suffix } = v.anchor;
  if (text === null || speakerId === undefined || verb === undefined || content === undefined) return null;
  if (typeof exact !== 'string' || typeof prefix !== 'string' || typeof suffix !== 'string') return null;
  const actorIds = ids(v.actorIds, LIMITS.actorsPerClaim);
  // A figure is about actors of its claim (the import checks the same).
  const inClaim = new Set([...(speakerId ? [speakerId] : []), ...actorIds]);
  const figures = list(v.figures, LIMITS.figuresPerClaim)
    .map(figure)
    .filter((f): f is StoredFigure => f !== null)
    .map((f) => (f.actorIds ? { ...f, actorIds: f.actorIds.filter((a) => inClaim.has(a)) } : f));
  // The speaker as written (outside the base, or an unnamed source): cut to the store's limit, and
  // only for a claim no known actor speaks.
  const speakerName = speakerId === null ? str(v.speakerName, LIMITS.speakerName) : null;
  const claim: ReportClaim = {
    kind: v.kind,
    text,
    speakerId,
    ...(speakerName ? { speakerName } : {}),
    ...(v.unnamedSource === true && speakerId === null ? { unnamedSource: true } : {}),
    verb,
    content,
    actorIds,
    figures,
    anchor: clipAnchor({ exact, prefix, suffix }),
  };
  if (v.credits !== undefined) claim.credits = ids(v.credits, LIMITS.actorsPerClaim);
  return claim;
}

/** The page's outlet: an id and its two names, or nothing. */
function outlet(v: unknown): PageOutlet | null {
  if (!isObj(v) || !isObj(v.name) || typeof v.actorId !== 'string' || v.actorId === '' || v.actorId.length > LIMITS.actorId) return null;
  const ar = str(v.name.ar, LIMITS.actorName);
  const en = str(v.name.en, LIMITS.actorName);
  return ar === null || en === null ? null : { actorId: v.actorId, name: { ar, en } };
}

/**
 * The report a page sent, checked field by field and cut to the store's limits (lib/store/limits.ts),
 * or null when it is not a report at all. Items that are malformed are left out; text that is
 * too long is cut, so a page with a 600,000-character title is still read, under a shorter title.
 */
export function boundReport(raw: unknown): PageReport | null {
  if (!isObj(raw) || typeof raw.url !== 'string' || raw.url.length > LIMITS.url || !Array.isArray(raw.claims)) return null;
  const title = str(raw.title, LIMITS.title);
  const site = str(raw.site, LIMITS.site);
  const lang = str(raw.lang, LIMITS.lang);
  const byline = strOrNull(raw.byline, LIMITS.byline);
  const publishedAt = strOrNull(raw.publishedAt, LIMITS.publishedAt);
  if (title === null || site === null || lang === null || byline === undefined || publishedAt === undefined) return null;
  if (typeof raw.isArticle !== 'boolean' || typeof raw.schema !== 'number') return null;
  const load = typeof raw.load === 'string' && raw.load.length <= LIMITS.actorId ? { load: raw.load } : {};
  return {
    ...load,
    schema: raw.schema,
    url: raw.url,
    title,
    site,
    lang,
    byline,
    publishedAt,
    isArticle: raw.isArticle,
    actors: list(raw.actors, LIMITS.actors)
      .map(actor)
      .filter((a): a is ReportActor => a !== null),
    figures: list(raw.figures, LIMITS.figures)
      .map(figure)
      .filter((f): f is StoredFigure => f !== null),
    claims: list(raw.claims, LIMITS.claims)
      .map(claim)
      .filter((c): c is ReportClaim => c !== null),
    ...(raw.outlet !== undefined ? { outlet: outlet(raw.outlet) } : {}),
  };
}
