import { siteOf } from '../url';
import { isHiddenByClass } from './boilerplate';
import { isSkipped } from './collect';

/**
 * What the page says about itself: JSON-LD (with `@graph` and arrays), Open Graph and other
 * `<meta>` tags, microdata and RDFa types, `<link rel=canonical>`, and in the markup the
 * headline, the byline and `<time>`. Reads the document, never changes it.
 */
export interface PageMetadata {
  /** The headline as the page states it (JSON-LD, Open Graph or the `<h1>`). */
  headline: string | null;
  /** `document.title`, trimmed. */
  docTitle: string;
  byline: string | null;
  publishedAt: string | null;
  /** The site: the URL's host without `www.`; for a file, the canonical URL's host or `og:site_name`. */
  site: string;
  /** The page declares itself an article (JSON-LD, `og:type=article`, one microdata/RDFa article). */
  declaredArticle: boolean;
  /** The page declares itself a listing (CollectionPage, ItemList, WebSite only, `og:type=website`, many microdata articles). */
  declaredListing: boolean;
  /** All JSON-LD types found, for the record. */
  types: string[];
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|^Report)$/;
const LISTING_TYPE = /^(CollectionPage|ItemList|SearchResultsPage|WebSite|ProfilePage|Blog|SiteNavigationElement)$/;
const URLISH = /^(https?:)?\/\//i;

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Pages sometimes HTML-escape the strings inside their JSON-LD; undo the common entities. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const clean = (s: string | null | undefined): string | null => {
  if (typeof s !== 'string') return null;
  const t = decodeEntities(s).replace(/\s+/gu, ' ').trim();
  return t || null;
};

function typesOf(item: Json): string[] {
  const t = item['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

function parseJsonLd(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    // Raw line breaks and tabs inside strings are the usual fault; JSON has no other use for them.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
    return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
  }
}

/**
 * The JSON-LD items of the page: top-level objects, array members, `@graph` members, and a
 * WebPage's `mainEntity`. Items inside lists (`itemListElement`) are not the page itself.
 */
export function jsonLdItems(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let parsed: unknown;
    try {
      parsed = parseJsonLd(script.textContent ?? '');
    } catch {
      continue; // A page's broken JSON-LD is not our error to report.
    }
    const queue: unknown[] = Array.isArray(parsed) ? [...parsed] : [parsed];
    while (queue.length) {
      const item = queue.shift();
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      const obj = item as Json;
      if (Array.isArray(obj['@graph'])) queue.push(...(obj['@graph'] as unknown[]));
      const main = obj.mainEntity;
      if (main && typeof main === 'object' && typesOf(obj).some((t) => /WebPage$/.test(t))) queue.push(main);
      out.push(obj);
    }
  }
  return out;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
    const v = clean(el?.getAttribute('content'));
    if (v) return v;
  }
  return null;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return URLISH.test(value.trim()) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') return names((value as Json).name);
  return [];
}

/** An author element's text, without hidden labels ("Author, ") and "By", "بقلم", "يكتب". */
function bylineText(el: Element): string | null {
  const named = el.querySelector('[itemprop="name"]');
  let raw = el.getAttribute('content') ?? '';
  if (!raw) {
    const parts: string[] = [];
    const walk = (n: Node) => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) parts.push((c as Text).data);
        else if (c.nodeType === 1 && !isHiddenByClass(c as Element) && !isSkipped(c as Element)) walk(c);
      }
    };
    walk(named ?? el);
    raw = parts.join('');
  }
  const t = clean(
    raw.replace(/^\s*(by|بقلم|كتب|كتبت|إعداد|اعداد|تقرير|author)\s*[:：,،-]?\s+/iu, '').replace(/\s+(يكتب|تكتب|writes)\s*:?\s*$/iu, ''),
  );
  if (!t || t.split(' ').length > 8 || /\d{2}/.test(t)) return null;
  return t;
}

/** Where the markup names the author, most specific first. */
const BYLINE_SELECTORS = [
  '[itemprop="author"]',
  '[rel="author"]',
  '[class*="byline" i]',
  '[class*="author" i]',
  '[class*="writer" i]',
  '[class*="attribution" i]',
];

/** Menus, sidebars, comments and page footers: an author named there wrote something else. */
const OUTSIDE_ARTICLE =
  'nav, aside, [role="complementary"], [role="navigation"], [role="contentinfo"], body > footer, #comments, [class*="comment" i]';

/** The byline printed on the page, looked for in `scope` (the article), never in menus or sidebars. */
function markupByline(scope: Element): string | null {
  for (const selector of BYLINE_SELECTORS) {
    const found = [...scope.querySelectorAll(selector)].filter((el) => !el.closest(OUTSIDE_ARTICLE));
    // The innermost match: "author-name" inside "author-and-date" names only the author.
    const leaves = found.filter((el) => !found.some((o) => o !== el && el.contains(o)));
    for (const el of leaves) {
      const t = bylineText(el);
      if (t) return t;
    }
  }
  return null;
}

/** The first article-typed item, the page's own article. */
function articleItem(items: Json[]): Json | undefined {
  return items.find((d) => typesOf(d).some((t) => ARTICLE_TYPE.test(t)));
}

function firstString(...values: unknown[]): string | null {
  for (const v of values) {
    const c = typeof v === 'string' ? clean(v) : null;
    if (c) return c;
  }
  return null;
}

/** "Headline | Site" and "Headline - Site" lose the site; a title that is only the site is no headline. */
function stripSite(title: string | null, siteName: string | null): string | null {
  if (!title) return null;
  if (!siteName) return title;
  if (title === siteName) return null;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    if (title.endsWith(`${sep}${siteName}`)) return title.slice(0, -(sep.length + siteName.length)).trim() || null;
    if (title.startsWith(`${siteName}${sep}`)) return title.slice(siteName.length + sep.length).trim() || null;
  }
  return title;
}

function hostOf(raw: string | null | undefined): string {
  if (!raw) return '';
  return /^https?:/i.test(raw) ? siteOf(raw) : '';
}

/**
 * `scope` is the element that holds the article (its headline, byline and body) when the body
 * finder knows it: bylines printed in the markup are only looked for there.
 */
export function readMetadata(doc: Document, url: string, scope?: Element | null): PageMetadata {
  const items = jsonLdItems(doc);
  const types = items.flatMap(typesOf);
  const article = articleItem(items);
  const ogType = meta(doc, 'og:type')?.toLowerCase() ?? null;
  const microArticles = doc.querySelectorAll('[itemtype*="Article" i], [itemtype*="BlogPosting" i], [typeof*="Article" i]').length;

  const declaredArticle = article !== undefined || ogType === 'article' || microArticles === 1;
  const listingTypes = types.filter((t) => LISTING_TYPE.test(t));
  const declaredListing = !article && (listingTypes.length > 0 || ogType === 'website' || microArticles >= 3) && ogType !== 'article';

  const siteName = meta(doc, 'og:site_name');
  const headline =
    stripSite(meta(doc, 'og:title', 'twitter:title'), siteName) ??
    firstString(article?.headline, article?.name) ??
    clean([...doc.querySelectorAll('h1')].map((h) => h.textContent ?? '').find((t) => t.trim().split(/\s+/).length >= 3)) ??
    null;

  const byline =
    clean(names(article?.author).join('، ')) ??
    meta(doc, 'author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator') ??
    markupByline(scope ?? doc.body ?? doc.documentElement);

  const published =
    firstString(article?.datePublished, article?.dateCreated) ??
    meta(
      doc,
      'article:published_time',
      'datePublished',
      'og:published_time',
      'pubdate',
      'publishdate',
      'publish-date',
      'parsely-pub-date',
      'sailthru.date',
      'dc.date.issued',
      'dc.date',
      'date',
    ) ??
    clean(
      doc
        .querySelector('[itemprop="datePublished"][datetime], [itemprop="datePublished"][content], time[pubdate][datetime]')
        ?.getAttribute('datetime') ?? doc.querySelector('[itemprop="datePublished"][content]')?.getAttribute('content'),
    ) ??
    clean(doc.querySelector('[property="dc:date"][content], [property="dc:created"][content]')?.getAttribute('content')) ??
    clean(
      (
        scope?.querySelector('time[datetime]') ?? doc.querySelector('article time[datetime], main time[datetime], time[datetime]')
      )?.getAttribute('datetime'),
    );

  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  const site = siteOf(url) || hostOf(canonical) || hostOf(meta(doc, 'og:url')) || (siteName ?? '');

  return {
    headline,
    docTitle: (doc.title ?? '').replace(/\s+/gu, ' ').trim(),
    byline,
    publishedAt: published,
    site,
    declaredArticle,
    declaredListing,
    types,
  };
}
