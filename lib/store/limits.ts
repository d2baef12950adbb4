import type { QuoteAnchor, StoredFigure } from '../report';
import type { ArticleRecord, ClaimRecord } from './types';

/**
 * The longest text the store keeps in each field that comes from a page, and the most items in
 * each list. The background caps a page's report to these where it enters (a hostile page can
 * set a 600,000-character title), the import checks a backup against the same numbers, and the
 * export clips a record stored before these limits, so every backup the store makes imports.
 * Each is far above what a real article has.
 */
export const LIMITS = {
  url: 4096,
  title: 1000,
  byline: 500,
  site: 255,
  lang: 16,
  publishedAt: 64,
  /** A claim is one sentence; a "sentence" longer than this is a page without full stops. */
  claimText: 4000,
  verb: 100,
  /** A speaker's name as written: a title and a name. */
  speakerName: 300,
  anchorContext: 256,
  figureText: 300,
  unit: 64,
  actorId: 200,
  actorName: 300,
  packName: 200,
  /** A setting's value, as JSON text. */
  settingJson: 100_000,
  claims: 500,
  figures: 500,
  actors: 2000,
  actorsPerClaim: 100,
  figuresPerClaim: 50,
} as const;

/**
 * `s` cut to at most `max` UTF-16 units, never between the halves of a surrogate pair. Clipping
 * twice gives the same text as clipping once, so a clipped record round-trips.
 */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const clipNullable = (s: string | null, max: number): string | null => (s === null ? null : clip(s, max));

export function clipAnchor(a: QuoteAnchor): QuoteAnchor {
  return {
    exact: clip(a.exact, LIMITS.claimText),
    prefix: clip(a.prefix, LIMITS.anchorContext),
    suffix: clip(a.suffix, LIMITS.anchorContext),
  };
}

export function clipFigure(f: StoredFigure): StoredFigure {
  const out: StoredFigure = { value: f.value, unit: clip(f.unit, LIMITS.unit), text: clip(f.text, LIMITS.figureText) };
  if (f.actorIds) out.actorIds = f.actorIds;
  return out;
}

/** An article record within the limits (the export's guard for records stored before them). */
export function clipArticle(a: ArticleRecord): ArticleRecord {
  return {
    ...a,
    title: clip(a.title, LIMITS.title),
    site: clip(a.site, LIMITS.site),
    lang: clip(a.lang, LIMITS.lang),
    byline: clipNullable(a.byline, LIMITS.byline),
    publishedAt: clipNullable(a.publishedAt, LIMITS.publishedAt),
  };
}

export function clipClaim(c: ClaimRecord): ClaimRecord {
  return {
    ...c,
    site: clip(c.site, LIMITS.site),
    articleTitle: clip(c.articleTitle, LIMITS.title),
    publishedAt: clipNullable(c.publishedAt, LIMITS.publishedAt),
    lang: clip(c.lang, LIMITS.lang),
    text: clip(c.text, LIMITS.claimText),
    verb: clipNullable(c.verb, LIMITS.verb),
    ...(c.speakerName !== undefined ? { speakerName: clip(c.speakerName, LIMITS.speakerName) } : {}),
    content: clipNullable(c.content, LIMITS.claimText),
    figures: c.figures.map(clipFigure),
    anchor: clipAnchor(c.anchor),
  };
}

/** Whether a setting's value is JSON (what the backup can carry) within the limit. */
export function fitsSetting(value: unknown): boolean {
  try {
    const json = JSON.stringify(value);
    return json !== undefined && json.length <= LIMITS.settingJson && sameAfterJson(value, JSON.parse(json));
  } catch {
    return false;
  }
}

/** Whether `v` survives JSON unchanged (no Date, Map, undefined inside, NaN, -0). */
function sameAfterJson(v: unknown, back: unknown): boolean {
  if (typeof v === 'number') return Object.is(v, back);
  if (v === null || typeof v !== 'object') return v === back;
  if (Array.isArray(v)) return Array.isArray(back) && v.length === back.length && v.every((x, i) => sameAfterJson(x, back[i]));
  if (Object.getPrototypeOf(v) !== Object.prototype || back === null || typeof back !== 'object') return false;
  const keys = Object.keys(v);
  return (
    keys.length === Object.keys(back).length &&
    keys.every((k) => sameAfterJson((v as Record<string, unknown>)[k], (back as Record<string, unknown>)[k]))
  );
}
