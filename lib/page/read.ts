import { cutText } from '../text/cut';
import { collectText, type PageText } from '../article/collect';
import { type Detection, detectArticle } from '../article/detect';
import type { AnalyseRequest } from '../report';

export interface PageRead {
  detection: Detection;
  /** The article body's text and its map to DOM nodes (null when the page is not an article). */
  pageText: PageText | null;
  /** What goes to the background: the metadata and the text, cut as a long page always was. */
  request: AnalyseRequest;
}

/** The page's metadata, for a page without an article too (the panel and the badge show it). */
export function requestFor(detection: Detection, url: string, pageText: PageText | null): AnalyseRequest {
  return {
    url,
    title: detection.title,
    site: detection.site,
    byline: detection.byline,
    publishedAt: detection.publishedAt,
    isArticle: detection.isArticle,
    // A page beyond MAX_TEXT is not an article: its first part is analysed, as it always was.
    text: pageText ? cutText(pageText.text) : '',
  };
}

/** Detect and collect in one go (tests, the benchmark): the session does the same in two tasks. */
export function readPage(doc: Document, url: string): PageRead {
  const detection = detectArticle(doc, url);
  const pageText = detection.isArticle && detection.body ? collectText(detection.body, detection.exclude) : null;
  return { detection, pageText, request: requestFor(detection, url, pageText) };
}
