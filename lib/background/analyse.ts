import { type AnalyzeOptions, analyzeText } from '../analysis/analyze';
import { analyzeInSegments, SEGMENT } from '../analysis/segments';
import { MAX_TEXT } from '../text/cut';
import type { ArticleAnalysis } from '../analysis/types';
import type { MatcherData } from '../kb/compile';
import { type AnalyseRequest, buildReport, type PageMarks, type PageReport } from '../report';

export interface PageAnalysis {
  analysis: ArticleAnalysis | null;
  /** What the background stores and the panel shows. */
  report: PageReport;
  /** What the content script paints. */
  marks: PageMarks;
}

const NO_MARKS: PageMarks = { lang: 'other', mentions: [], figures: [], claims: [] };

/**
 * The analysis of one page's text where the base lives: pure, the base, the reader's compiled
 * actors and the English analyser passed in. An article of ordinary length is one call to
 * analyzeText; a very long one goes in paragraph-aligned pieces, `pause` letting other messages
 * in between (the background serves every tab).
 */
export async function analysePage(
  request: AnalyseRequest,
  base: MatcherData,
  options: Pick<AnalyzeOptions, 'english' | 'extra'> & { pause?: () => Promise<void> } = {},
): Promise<PageAnalysis> {
  const { text, load, ...meta } = request;
  const withLoad = (report: PageReport): PageReport => (load ? { ...report, load } : report);
  if (!meta.isArticle || !text) return { analysis: null, report: withLoad(buildReport(meta, null)), marks: NO_MARKS };
  const { pause, ...rest } = options;
  const opts: AnalyzeOptions = { ...rest, url: meta.url, ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}) };
  const analysis =
    text.length <= SEGMENT ? analyzeText(text, base, opts) : await analyzeInSegments(text, base, opts, pause ?? (() => Promise.resolve()));
  return {
    analysis,
    report: withLoad(buildReport(meta, analysis)),
    marks: {
      lang: analysis.lang,
      mentions: analysis.mentions,
      figures: analysis.figures,
      claims: analysis.claims.map((c) => ({ start: c.start, end: c.end })),
    },
  };
}

/** Text sent beyond this is not read: the content script cuts at MAX_TEXT, a paragraph end. */
export const MAX_REQUEST_TEXT = MAX_TEXT + 1;
/** A title, byline or site longer than this is cut where it enters the background. */
export const MAX_META = 2_000;

const cut = (v: string) => (v.length > MAX_META ? v.slice(0, MAX_META) : v);

/**
 * The boundary check of what a page sends: every field of the right type, metadata cut to size
 * (a hostile page's 600,000-character title must not reach the store), or null.
 */
export function readAnalyseRequest(v: unknown): AnalyseRequest | null {
  if (!v || typeof v !== 'object') return null;
  const { url, title, site, byline, publishedAt, isArticle, text, load } = v as Partial<AnalyseRequest>;
  if (typeof text !== 'string' || text.length > MAX_REQUEST_TEXT) return null;
  if (typeof url !== 'string' || url.length > 8_192 || !/^https?:\/\//i.test(url)) return null;
  if (typeof title !== 'string' || typeof site !== 'string' || typeof isArticle !== 'boolean') return null;
  if ((byline !== null && typeof byline !== 'string') || (publishedAt !== null && typeof publishedAt !== 'string')) return null;
  return {
    url,
    title: cut(title),
    site: cut(site),
    byline: byline === null ? null : cut(byline),
    publishedAt: publishedAt === null ? null : publishedAt.slice(0, 40),
    isArticle,
    text,
    ...(typeof load === 'string' && load.length <= 100 ? { load } : {}),
  };
}
