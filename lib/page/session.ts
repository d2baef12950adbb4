import type { EnglishAnalyzer } from '../analysis/english';
import type { ArticleAnalysis, Mention } from '../analysis/types';
import type { MatcherData } from '../kb/compile';
import { Highlighter, type HighlightEnv } from '../highlight/highlighter';
import { buildReport, type PageReport } from '../report';
import { analyzeDocument } from './analyze-document';
import { type PageText, rangeFor } from './collect';
import type { Detection } from './detect';

export const ACTOR_HIGHLIGHT = 'siyaq-actor';
export const FIGURE_HIGHLIGHT = 'siyaq-figure';

export interface SessionDeps {
  doc: Document;
  url: string;
  data: MatcherData;
  english?: EnglishAnalyzer;
  env: HighlightEnv;
  report: (report: PageReport) => void;
  openActor: (actorId: string) => void;
}

export interface SessionResult {
  detection: Detection;
  analysis: ArticleAnalysis | null;
  report: PageReport;
}

/**
 * One analysis of one page: detect the article, collect its text, analyse it, paint the
 * highlights, report to the background, and answer clicks on the highlights.
 */
export class PageSession {
  readonly #deps: SessionDeps;
  readonly highlighter: Highlighter<Mention>;
  #text: PageText | null = null;

  constructor(deps: SessionDeps) {
    this.#deps = deps;
    this.highlighter = new Highlighter<Mention>(deps.env);
  }

  run(): SessionResult {
    const { doc, url, data } = this.#deps;
    const { detection, pageText, analysis } = analyzeDocument(doc, url, data, this.#deps.english ? { english: this.#deps.english } : {});
    const meta = {
      url,
      title: detection.title,
      site: detection.site,
      byline: detection.byline,
      publishedAt: detection.publishedAt,
      isArticle: detection.isArticle,
    };
    if (!analysis || !pageText) {
      const report = buildReport(meta, null);
      this.#deps.report(report);
      return { detection, analysis: null, report };
    }
    this.#text = pageText;
    this.#paint(analysis);
    const report = buildReport(meta, analysis);
    this.#deps.report(report);
    return { detection, analysis, report };
  }

  #paint(analysis: ArticleAnalysis): void {
    const text = this.#text;
    if (!text) return;
    const items: { range: Range; data: Mention }[] = [];
    for (const m of analysis.mentions) {
      const range = rangeFor(this.#deps.doc, text.runs, m.start, m.end);
      if (range) items.push({ range, data: m });
    }
    this.highlighter.set(ACTOR_HIGHLIGHT, items, 1);
  }

  /** A click on the page: if it lands on a highlighted actor, open it. Returns the mention. */
  handleClick(x: number, y: number): Mention | undefined {
    const hit = this.highlighter.hitTest(x, y, [ACTOR_HIGHLIGHT]);
    if (hit) this.#deps.openActor(hit.data.actorId);
    return hit?.data;
  }

  stop(): void {
    this.highlighter.clear();
  }
}
