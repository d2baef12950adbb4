/*
 * The pages article detection is measured on, with what a careful reader would extract from
 * each: the project's own fixture pages (tests/fixtures/pages) and, when ../shared/fixtures is
 * present, real pages saved by other extractors' test suites. Shared by the detection test and
 * the detection benchmark.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeKey } from '../lib/text/normalize';
import { loadDocument } from './document';
import { PAGES, REAL, ROOT } from './paths';

export interface ExpectedPage {
  isArticle: boolean;
  lang?: 'ar' | 'en' | 'other';
  title?: string;
  byline?: string | null;
  publishedAt?: string | null;
  /** The story's blocks (paragraphs, subheadings, story blockquotes); empty on non-articles. */
  body: string[];
  /** Text that must not appear in the detected body. */
  boilerplate: string[];
}

export interface PageCase {
  /** `sites/aljazeera-article`, `seed-article`, `real/cnn-arabic-2013`. */
  name: string;
  group: 'site' | 'seed' | 'real';
  html: string;
  url: string;
  expected: ExpectedPage;
  /** Where `UPDATE_EXPECTED=1` writes what the detector produced (beside the fixture). */
  detectedPath: string;
}

interface SiteExpected {
  host: string;
  path: string;
  isArticle: boolean;
  lang: 'ar' | 'en' | 'other';
  title: string;
  byline: string | null;
  publishedAt: string | null;
  bodyParagraphs: string[];
  boilerplateSamples?: string[];
}

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

function fromExpectedJson(dir: string, base: string, group: PageCase['group'], name: string): PageCase {
  const e = JSON.parse(readFileSync(join(dir, `${base}.expected.json`), 'utf8')) as SiteExpected;
  return {
    name,
    group,
    html: readFileSync(join(dir, `${base}.html`), 'utf8'),
    url: `https://${e.host}${e.path}`,
    expected: {
      isArticle: e.isArticle,
      lang: e.lang,
      title: e.title,
      byline: e.byline,
      publishedAt: e.publishedAt,
      body: e.bodyParagraphs.map(squash),
      boilerplate: e.boilerplateSamples ?? [],
    },
    detectedPath: join(dir, `${base}.detected.json`),
  };
}

/** The text of the elements `select` picks in `html`, one string per element. */
function textsOf(html: string, url: string, select: (doc: Document) => Element[]): string[] {
  const { doc, close } = loadDocument(html, url);
  try {
    return select(doc).map((el) => squash(el.textContent ?? ''));
  } finally {
    close();
  }
}

/**
 * The real pages. Their expected bodies come from the suites they were taken from:
 * - CNN Arabic (goose3): `cleaned_text` is stored only as the story's opening, so the body is
 *   the story paragraphs of `div.cnn_strycntntrgt` (its direct `<p>` children; the comment
 *   guidelines after the rule are boilerplate), checked to start with `cleaned_text`.
 * - LBCI (fundus): `V1.body.sections[].paragraphs`.
 * - Assabah (trafilatura's evaluation): the element `div.field-item.even` that holds the body.
 */
function realCases(): PageCase[] {
  if (!existsSync(REAL)) return [];
  const out: PageCase[] = [];
  const scratch = join(ROOT, 'scratch', 'detected', 'real-pages');

  const cnnJson = JSON.parse(readFileSync(join(REAL, 'cnn-arabic-2013.expected.json'), 'utf8')) as {
    url: string;
    expected: { cleaned_text: string };
  };
  const cnnHtml = readFileSync(join(REAL, 'cnn-arabic-2013.html'), 'utf8');
  const cnnBody = textsOf(cnnHtml, cnnJson.url, (d) => [...d.querySelectorAll('div.cnn_strycntntrgt > p')]);
  if (!cnnBody.join(' ').startsWith(squash(cnnJson.expected.cleaned_text)))
    throw new Error('cnn-arabic-2013: the story paragraphs do not start with the expected cleaned_text');
  out.push({
    name: 'real/cnn-arabic-2013',
    group: 'real',
    html: cnnHtml,
    url: cnnJson.url,
    expected: {
      isArticle: true,
      lang: 'ar',
      title: 'معارضون يسيطرون على مخازن للصواريخ بريف دمشق',
      body: cnnBody,
      boilerplate: ['ترحب شبكة CNN بالنقاش الحيوي والمفيد', 'الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية'],
    },
    detectedPath: join(scratch, 'cnn-arabic-2013.detected.json'),
  });

  const lbci = JSON.parse(readFileSync(join(REAL, 'lbci-2026.expected.json'), 'utf8')) as {
    V1: { title: string; publishing_date: string; body: { sections: { paragraphs: string[] }[] } };
  };
  out.push({
    name: 'real/lbci-2026',
    group: 'real',
    html: readFileSync(join(REAL, 'lbci-2026.html'), 'utf8'),
    url: 'https://www.lbcgroup.tv/news/lifestyle/898682/lbci-lebanon-articles/ar',
    expected: {
      isArticle: true,
      lang: 'ar',
      title: lbci.V1.title,
      body: lbci.V1.body.sections.flatMap((s) => s.paragraphs).map(squash),
      boilerplate: [],
    },
    detectedPath: join(scratch, 'lbci-2026.detected.json'),
  });

  const assabahUrl = 'http://www.assabah.com.tn/article/164913';
  const assabahHtml = readFileSync(join(REAL, 'assabah-tn.html'), 'utf8');
  const assabahBody = textsOf(assabahHtml, assabahUrl, (d) => {
    const items = [...d.querySelectorAll('div.field-item.even')];
    const longest = items.sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0];
    return longest ? [...longest.children].filter((c) => squash(c.textContent ?? '') !== '') : [];
  });
  out.push({
    name: 'real/assabah-tn',
    group: 'real',
    html: assabahHtml,
    url: assabahUrl,
    expected: { isArticle: true, lang: 'ar', body: assabahBody, boilerplate: [] },
    detectedPath: join(scratch, 'assabah-tn.detected.json'),
  });
  return out;
}

/** Every page with its expected output; `missing` names what was skipped and why. */
export function pageCases(): { cases: PageCase[]; missing: string[] } {
  const cases: PageCase[] = [fromExpectedJson(PAGES, 'seed-article', 'seed', 'seed-article')];
  const sites = join(PAGES, 'sites');
  for (const f of readdirSync(sites)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()) {
    const base = f.replace(/\.expected\.json$/, '');
    cases.push(fromExpectedJson(sites, base, 'site', `sites/${base}`));
  }
  const real = realCases();
  cases.push(...real);
  const missing = real.length ? [] : [`the real pages: ${REAL} is absent`];
  return { cases, missing };
}

/** Words for the body metrics: runs of Unicode letters and digits after normalisation. */
export function words(text: string): string[] {
  return normalizeKey(text).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

export interface Overlap {
  /** Share of the detected body's words that are story words. */
  precision: number;
  /** Share of the story's words found in the detected body. */
  recall: number;
}

/** Precision and recall of `detected` against `expected`, over word multisets. */
export function overlap(expected: string, detected: string): Overlap {
  const want = new Map<string, number>();
  const exp = words(expected);
  for (const w of exp) want.set(w, (want.get(w) ?? 0) + 1);
  const got = words(detected);
  let hit = 0;
  for (const w of got) {
    const n = want.get(w) ?? 0;
    if (n > 0) {
      hit++;
      want.set(w, n - 1);
    }
  }
  return {
    precision: got.length ? hit / got.length : exp.length ? 0 : 1,
    recall: exp.length ? hit / exp.length : 1,
  };
}
