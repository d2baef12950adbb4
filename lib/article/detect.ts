import { findArticleBody } from './body';
import { pageLanguage } from './language';
import { readMetadata } from './metadata';

/**
 * Is this page an article, in which language, and which element holds its body?
 * Takes a Document and never changes it.
 */
export interface Detection {
  isArticle: boolean;
  lang: 'ar' | 'en' | 'other';
  /** Writing direction of the body (or of the page when there is none). */
  dir: 'rtl' | 'ltr';
  /** Share of Arabic letters in the body's text (or the page's), 0–1. */
  arabicShare: number;
  title: string;
  site: string;
  byline: string | null;
  publishedAt: string | null;
  /** The container whose text is the story (null when the page has none). */
  body: Element | null;
  /** Furniture inside `body` (boxes, captions, promos, ads): collectText's `extraSkip`. */
  exclude: (el: Element) => boolean;
}

/** Fewer story words than this is no article, whatever the page declares. */
const MIN_DECLARED = 50;
/** Without the page's own word, the body must be this long to count as an article. */
const MIN_UNDECLARED = 150;
/** A page that calls itself a listing is still an article if its one story is this long. */
const MIN_AGAINST_DECLARED = 400;

/** The element holding the story (kept for callers that only need the container). */
export function findBody(doc: Document): Element | null {
  return findArticleBody(doc).body;
}

/** The element holding the article around its body: the nearest ancestor with the headline. */
function articleScope(body: Element): Element {
  for (let e: Element | null = body; e; e = e.parentElement) if (e.querySelector('h1')) return e;
  return body.ownerDocument.body ?? body;
}

export function detectArticle(doc: Document, url: string): Detection {
  const found = findArticleBody(doc);
  const { body, exclude, storyWords, listing } = found;
  const meta = readMetadata(doc, url, body && articleScope(body));

  // One <article> element around the body is the markup's own word that this is an article.
  const inOneArticle = body !== null && body.closest('article') !== null && doc.querySelectorAll('article').length <= 2;
  const declared = meta.declaredArticle || (!meta.declaredListing && inOneArticle);
  let isArticle = false;
  if (body && !listing) {
    if (declared) isArticle = storyWords >= MIN_DECLARED;
    else if (meta.declaredListing) isArticle = storyWords >= MIN_AGAINST_DECLARED && found.share >= 0.6;
    else isArticle = storyWords >= MIN_UNDECLARED && found.share >= 0.5;
  }

  const language = pageLanguage(doc, isArticle ? body : null, found.text);
  return {
    isArticle,
    lang: language.lang,
    dir: language.dir,
    arabicShare: language.arabicShare,
    title: isArticle ? (meta.headline ?? meta.docTitle) : meta.docTitle || (meta.headline ?? ''),
    site: meta.site,
    byline: isArticle ? meta.byline : null,
    publishedAt: isArticle ? meta.publishedAt : null,
    body: isArticle ? body : null,
    exclude: isArticle ? exclude : () => false,
  };
}
