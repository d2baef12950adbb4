import { detectLanguage } from '../analysis/analyze';
import { siteOf } from '../url';

/**
 * Is this page an article, in which language, and which element holds its body?
 * Takes a Document and never changes it.
 */
export interface Detection {
  isArticle: boolean;
  lang: 'ar' | 'en' | 'other';
  title: string;
  site: string;
  byline: string | null;
  publishedAt: string | null;
  body: Element | null;
}

const BOILERPLATE =
  /(^|[\s_-])(nav|menu|footer|header|sidebar|side-bar|related|most-read|mostread|popular|trending|share|social|comment|comments|newsletter|subscribe|breadcrumb|ticker|ad|ads|advert|promo|cookie|banner|widget|tags)([\s_-]|$)/i;

function meta(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

function jsonLdTypes(doc: Document): { types: string[]; data: Record<string, unknown>[] } {
  const types: string[] = [];
  const data: Record<string, unknown>[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? '');
      const queue = Array.isArray(parsed) ? [...parsed] : [parsed];
      while (queue.length) {
        const item = queue.shift() as Record<string, unknown> | null;
        if (!item || typeof item !== 'object') continue;
        if (Array.isArray(item['@graph'])) queue.push(...(item['@graph'] as unknown[]));
        const t = item['@type'];
        for (const x of Array.isArray(t) ? t : [t]) if (typeof x === 'string') types.push(x);
        data.push(item);
      }
    } catch {
      // A page's broken JSON-LD is not our error to report.
    }
  }
  return { types, data };
}

/** Text length of the paragraphs directly inside an element, a cheap density measure. */
function paragraphText(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) {
    if (p.closest('nav, footer, aside, header') && !el.contains(p.closest('nav, footer, aside, header'))) continue;
    n += (p.textContent ?? '').trim().length;
  }
  return n;
}

function looksLikeBoilerplate(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    if (tag === 'nav' || tag === 'footer' || tag === 'aside') return true;
    const idClass = `${e.id} ${e.getAttribute('class') ?? ''}`;
    if (BOILERPLATE.test(idClass)) return true;
  }
  return false;
}

/** The element holding the story: the block with the most paragraph text outside boilerplate. */
export function findBody(doc: Document): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  const seen = new Set<Element>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    if (looksLikeBoilerplate(parent)) continue;
    const score = paragraphText(parent);
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  return bestScore >= 200 ? best : null;
}

export function detectArticle(doc: Document, url: string): Detection {
  const { types, data } = jsonLdTypes(doc);
  const article = data.find((d) => /Article|NewsArticle|Report|BlogPosting/.test(String(d['@type'])));
  const ogType = meta(doc, 'meta[property="og:type"]');
  const body = findBody(doc);
  const bodyText = body?.textContent ?? '';
  const declared = types.some((t) => /Article$|BlogPosting|Report/.test(t)) || ogType === 'article';
  const title =
    (typeof article?.headline === 'string' ? article.headline : null) ??
    meta(doc, 'meta[property="og:title"]') ??
    doc.querySelector('h1')?.textContent?.trim() ??
    doc.title;
  const author = article?.author as { name?: string } | { name?: string }[] | undefined;
  const byline =
    (Array.isArray(author) ? author[0]?.name : author?.name) ??
    meta(doc, 'meta[name="author"]') ??
    doc.querySelector('[rel="author"], .byline, .author')?.textContent?.trim() ??
    null;
  const publishedAt =
    (typeof article?.datePublished === 'string' ? article.datePublished : null) ??
    meta(doc, 'meta[property="article:published_time"]') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const lang = detectLanguage(bodyText || (doc.body?.textContent ?? ''));
  return {
    isArticle: body !== null && (declared || bodyText.length > 600),
    lang,
    title: title.trim(),
    site: siteOf(url),
    byline: byline || null,
    publishedAt,
    body,
  };
}
