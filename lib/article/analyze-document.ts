import { type AnalyzeOptions, analyzeText } from '../analysis/analyze';
import { matcherFor } from '../analysis/matcher';
import { analyzeInSegments } from '../analysis/segments';
import type { ArticleAnalysis } from '../analysis/types';
import type { MatcherData } from '../kb/compile';
import { collectText, type PageText } from './collect';
import { type Detection, detectArticle } from './detect';

export interface DocumentAnalysis {
  detection: Detection;
  /** The article body's text and its map to DOM nodes (null when the page is not an article). */
  pageText: PageText | null;
  analysis: ArticleAnalysis | null;
}

/**
 * Detect, collect and analyse one document: the same steps in the content script and in the
 * command-line analyser. Reads the document, never changes it.
 */
export function analyzeDocument(
  doc: Document,
  url: string,
  data: MatcherData,
  options: Pick<AnalyzeOptions, 'english' | 'extra'> = {},
): DocumentAnalysis {
  const detection = detectArticle(doc, url);
  if (!detection.isArticle || !detection.body) return { detection, pageText: null, analysis: null };
  const pageText = collectText(detection.body, detection.exclude);
  const analysis = analyzeText(pageText.text, data, {
    ...options,
    url,
    ...(detection.publishedAt ? { publishedAt: detection.publishedAt } : {}),
  });
  return { detection, pageText, analysis };
}

/**
 * The same, for the content script: each step (detection, collection, each piece of a long text)
 * runs in its own task, `pause` handing the main thread back to the page in between.
 */
export async function analyzeDocumentInSteps(
  doc: Document,
  url: string,
  data: () => Promise<MatcherData>,
  options: Pick<AnalyzeOptions, 'english' | 'extra'>,
  pause: () => Promise<void>,
): Promise<DocumentAnalysis> {
  const detection = detectArticle(doc, url);
  if (!detection.isArticle || !detection.body) return { detection, pageText: null, analysis: null };
  await pause();
  const pageText = collectText(detection.body, detection.exclude);
  await pause();
  // The base is fetched, parsed and its matcher built only on a page that is an article, in tasks of its own.
  const base = await data();
  await pause();
  matcherFor(base);
  await pause();
  const analysis = await analyzeInSegments(
    pageText.text,
    base,
    { ...options, url, ...(detection.publishedAt ? { publishedAt: detection.publishedAt } : {}) },
    pause,
  );
  return { detection, pageText, analysis };
}
