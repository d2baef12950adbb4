import type { ArticleAnalysis } from './analysis/types';
import type { ActorType } from './kb/schema';

/** What the content script tells the background about a page it analysed. */
export interface PageReport {
  schema: number;
  url: string;
  title: string;
  site: string;
  lang: string;
  byline: string | null;
  publishedAt: string | null;
  isArticle: boolean;
  actors: ReportActor[];
}

export interface ReportActor {
  id: string;
  type: ActorType;
  name: { ar: string; en: string };
  count: number;
}

export interface TabState {
  report: PageReport | null;
  /** The actor the reader last clicked in this tab. */
  selectedActorId: string | null;
}

export const REPORT_SCHEMA_VERSION = 1;

export interface PageMeta {
  url: string;
  title: string;
  site: string;
  byline: string | null;
  publishedAt: string | null;
  isArticle: boolean;
}

/** Counts mentions per actor, most mentioned first (ties keep first-mention order). */
export function buildReport(meta: PageMeta, analysis: ArticleAnalysis): PageReport {
  const byId = new Map<string, ReportActor>();
  for (const m of analysis.mentions) {
    const a = byId.get(m.actorId);
    if (a) a.count++;
    else byId.set(m.actorId, { id: m.actorId, type: m.type, name: m.name, count: 1 });
  }
  const actors = [...byId.values()].sort((a, b) => b.count - a.count);
  return { schema: REPORT_SCHEMA_VERSION, ...meta, lang: analysis.lang, actors };
}
