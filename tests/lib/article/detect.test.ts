import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/lib/article/analyze-document';
import type { Block } from '@/lib/article/blocks';
import { hintOf, hintWords, isBoxTitle, isFurnitureLine, readsLikeStory } from '@/lib/article/boilerplate';
import { collectText } from '@/lib/article/collect';
import { type Detection, detectArticle } from '@/lib/article/detect';
import { countWords } from '@/lib/text/words';
import { testKb } from '../../helpers/kb';
import { loadDocument } from '../../../harness/document';
import { overlap, type PageCase, pageCases } from '../../../harness/page-cases';

/**
 * Article detection on every fixture page, against what a careful reader extracts
 * (tests/fixtures/pages/**\/*.expected.json, and the real pages' own expected output).
 * `UPDATE_EXPECTED=1 npx vitest run tests/lib/article/detect.test.ts` writes what the detector
 * produced to a `*.detected.json` beside each project fixture (real pages: scratch/detected/),
 * for review; the test itself only ever compares with the hand-written expectations.
 */

const UPDATE = process.env.UPDATE_EXPECTED === '1';
const { cases, missing } = pageCases();
for (const m of missing) console.warn(`skipping ${m}`);
for (const m of missing) it.skip(`skipped: ${m}`, () => {});

const MIN = 0.95;

interface Run {
  detection: Detection;
  text: string;
  precision: number;
  recall: number;
}

function run(c: PageCase): Run {
  const { doc, close } = loadDocument(c.html, c.url);
  try {
    const before = doc.documentElement.outerHTML;
    const detection = detectArticle(doc, c.url);
    const text = detection.body ? collectText(detection.body, detection.exclude).text : '';
    if (doc.documentElement.outerHTML !== before) throw new Error(`${c.name}: detection changed the document`);
    const { precision, recall } = overlap(c.expected.body.join('\n'), text);
    return { detection, text, precision, recall };
  } finally {
    close();
  }
}

function describeBody(el: Element | null): string | null {
  if (!el) return null;
  const cls = el.getAttribute('class')?.trim().split(/\s+/).join('.');
  return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''}`;
}

const runs = new Map<string, Run>();
const runOf = (c: PageCase): Run => {
  let r = runs.get(c.name);
  if (!r) {
    r = run(c);
    runs.set(c.name, r);
  }
  return r;
};

afterAll(() => {
  if (!UPDATE) return;
  for (const c of cases) {
    const { detection: d, text, precision, recall } = runOf(c);
    const out = {
      url: c.url,
      isArticle: d.isArticle,
      lang: d.lang,
      dir: d.dir,
      arabicShare: Math.round(d.arabicShare * 1000) / 1000,
      title: d.title,
      site: d.site,
      byline: d.byline,
      publishedAt: d.publishedAt,
      body: describeBody(d.body),
      precision: c.expected.isArticle ? Math.round(precision * 1000) / 1000 : null,
      recall: c.expected.isArticle ? Math.round(recall * 1000) / 1000 : null,
      bodyParagraphs: text
        .split('\n')
        .map((l) => l.replace(/\s+/gu, ' ').trim())
        .filter(Boolean),
    };
    mkdirSync(dirname(c.detectedPath), { recursive: true });
    writeFileSync(c.detectedPath, `${JSON.stringify(out, null, 2)}\n`);
  }
});

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const e = c.expected;

  it(`is ${e.isArticle ? 'an article' : 'not an article'}`, () => {
    expect(runOf(c).detection.isArticle).toBe(e.isArticle);
  });

  it('has the expected title, language, byline and date', () => {
    const d = runOf(c).detection;
    const got = { title: d.title, lang: d.lang, byline: d.byline, publishedAt: d.publishedAt };
    const want = {
      title: e.title ?? d.title,
      lang: e.lang ?? d.lang,
      byline: e.byline === undefined ? d.byline : e.byline,
      publishedAt: e.publishedAt === undefined ? d.publishedAt : e.publishedAt,
    };
    expect(got).toEqual(want);
  });

  if (e.isArticle)
    it(`finds the story: recall and precision >= ${MIN * 100}%`, () => {
      const r = runOf(c);
      expect(r.recall, `recall; detected body:\n${r.text}`).toBeGreaterThanOrEqual(MIN);
      expect(r.precision, `precision; detected body:\n${r.text}`).toBeGreaterThanOrEqual(MIN);
    });

  if (e.isArticle && e.boilerplate.length > 0)
    it('keeps the page furniture out of the body', () => {
      const { text } = runOf(c);
      expect(e.boilerplate.filter((s) => text.includes(s))).toEqual([]);
    });

  if (!e.isArticle)
    it('gives no body, byline or date for a page that is not an article', () => {
      const d = runOf(c).detection;
      expect({ body: d.body, byline: d.byline, publishedAt: d.publishedAt }).toEqual({ body: null, byline: null, publishedAt: null });
    });
});

/** A paragraph of story text: long enough, with sentence punctuation. */
const para = (n: number) =>
  `<p>وقال المسؤول في بيان صدر اليوم إن الحكومة ستواصل العمل على الملف رقم ${n}، مؤكدا أن المفاوضات مع الأطراف المعنية تسير بشكل جيد وأن النتائج ستعلن قريبا.</p>`;

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><title>عنوان الصفحة</title>${head}</head><body>${body}</body></html>`;
}

function detect(html: string, url = 'https://news.example/a/1'): { d: Detection; text: string; doc: Document; close: () => void } {
  const { doc, close } = loadDocument(html, url);
  const d = detectArticle(doc, url);
  return { d, text: d.body ? collectText(d.body, d.exclude).text : '', doc, close };
}

describe('detection rules', () => {
  it('takes the common container of sibling paragraphs and excludes the boxes between them', () => {
    const html = page(
      `<nav><a href="/">الرئيسية</a><a href="/s">أخبار</a></nav><main><div class="col">
        <h1>عنوان الخبر الرئيسي في الصفحة</h1>
        ${[1, 2, 3].map((i) => `<div dir="rtl">${para(i)}</div>`).join('')}
        <section class="box"><h2>قصص مقترحة</h2><ul><li><a href="/x">خبر آخر عن موضوع مختلف تماما هنا</a></li><li><a href="/y">خبر ثالث عن موضوع آخر هناك</a></li></ul></section>
        <div dir="rtl"><h2>عنوان فرعي</h2></div>
        ${[4, 5, 6].map((i) => `<div dir="rtl">${para(i)}</div>`).join('')}
      </div><aside><h3>الأكثر قراءة</h3><ol><li><a href="/z">خبر في الشريط الجانبي عن شيء ما</a></li></ol></aside></main>`,
      '<meta property="og:type" content="article">',
    );
    const { d, text, doc, close } = detect(html);
    expect(d.isArticle).toBe(true);
    expect(d.body).toBe(doc.querySelector('.col'));
    expect(d.exclude(doc.querySelector('section.box')!)).toBe(true);
    expect(d.exclude(doc.querySelector('h1')!)).toBe(true);
    expect(d.exclude(doc.querySelector('.col > div')!)).toBe(false);
    expect(text).toContain('عنوان فرعي');
    expect(text).toContain('رقم 6');
    expect(text).not.toContain('قصص مقترحة');
    expect(text).not.toContain('الأكثر قراءة');
    close();
  });

  it('excludes read-also lines, promos, captions and ads inside the body container', () => {
    const html = page(
      `<article><h1>عنوان الخبر</h1><div class="content">
        ${para(1)}<p><strong>اقرأ أيضاً: <a href="/r">عنوان خبر آخر عن قضية مختلفة</a></strong></p>
        ${para(2)}<figure><img src="data:,"><figcaption>صورة من المؤتمر الصحفي (رويترز)</figcaption></figure>
        ${para(3)}<div class="ad-slot">إعلان</div>
        ${para(4)}<p><a href="/g">تابعوا آخر الأخبار عبر تطبيقنا</a></p>
      </div></article>`,
      '<meta property="og:type" content="article">',
    );
    const { d, text, close } = detect(html);
    expect(d.isArticle).toBe(true);
    for (const s of ['اقرأ أيضاً', 'رويترز', 'إعلان', 'تابعوا']) expect(text).not.toContain(s);
    expect(text.split('\n').filter((l) => l.trim())).toHaveLength(4);
    close();
  });

  it('analyzeDocument collects the body without what detection excludes', () => {
    const html = page(
      `<article><h1>عنوان</h1><div class="body">${para(1)}<div class="related"><a href="/x">ترامب يلتقي نتنياهو في البيت الأبيض اليوم</a></div>${para(2)}${para(3)}</div></article>`,
      '<meta property="og:type" content="article">',
    );
    const { doc, close } = loadDocument(html, 'https://news.example/a/2');
    const data = testKb([{ id: 'donald-trump', names: { ar: 'ترامب', en: 'Trump' } }]);
    const { pageText, analysis } = analyzeDocument(doc, 'https://news.example/a/2', data);
    expect(pageText?.text).not.toContain('ترامب');
    expect(analysis?.mentions).toEqual([]);
    close();
  });

  it('keeps to the first story when the page appends the next one (infinite scroll)', () => {
    const story = (id: string, n: number) =>
      `<article id="${id}"><h1>عنوان الخبر ${id}</h1><div class="text">${[1, 2, 3, 4, 5].map((i) => para(n + i)).join('')}</div></article>`;
    const { d, doc, close } = detect(
      page(`<main>${story('first', 0)}${story('second', 10)}</main>`, '<meta property="og:type" content="article">'),
    );
    expect(d.body).toBe(doc.querySelector('#first .text'));
    close();
  });

  it('keeps short paragraphs and paragraphs without punctuation between story paragraphs', () => {
    const html = page(
      `<article><h1>عنوان</h1><div class="text">${para(1)}<p>وأضاف أن الحكومة ستعمل على حل الأزمة</p>${para(2)}
      <p>وتابع المسؤول حديثه بالقول إن الوزارة ستعقد اجتماعا موسعا مع ممثلي القطاع الخاص والنقابات خلال الأسبوع المقبل لبحث الخطة</p>${para(3)}</div></article>`,
      '<meta property="og:type" content="article">',
    );
    const { text, close } = detect(html);
    expect(text).toContain('وأضاف أن الحكومة ستعمل على حل الأزمة');
    expect(text).toContain('لبحث الخطة');
    close();
  });

  it('calls a list of teasers a listing, even without metadata', () => {
    const cards = Array.from(
      { length: 8 },
      (_, i) => `<div class="card"><h3><a href="/n/${i}">عنوان الخبر رقم ${i} في القائمة</a></h3>${para(i)}<span>منذ ساعة</span></div>`,
    ).join('');
    const { d, close } = detect(page(`<main><h1>آخر الأخبار</h1><div class="list">${cards}</div></main>`));
    expect(d.isArticle).toBe(false);
    expect(d.body).toBeNull();
    expect(d.title).toBe('عنوان الصفحة');
    close();
  });

  it('does not call a few lines of text an article', () => {
    const { d, close } = detect(page(`<main>${para(1)}</main>`, '<meta property="og:type" content="article">'));
    expect(d.isArticle).toBe(false);
    close();
  });

  it('reads JSON-LD in @graph, escaped entities, and survives broken JSON-LD', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'x' },
        {
          '@type': 'NewsArticle',
          headline: '&quot;عنوان&quot; الخبر',
          author: [{ name: 'أحمد' }, { name: 'سارة' }],
          datePublished: '2024-05-01T08:00:00+03:00',
        },
      ],
    });
    const html = page(
      `<article><h1>عنوان</h1><div>${para(1)}${para(2)}${para(3)}</div></article>`,
      `<script type="application/ld+json">{ broken</script><script type="application/ld+json">${ld}</script>`,
    );
    const { d, close } = detect(html);
    expect(d).toMatchObject({ isArticle: true, title: '"عنوان" الخبر', byline: 'أحمد، سارة', publishedAt: '2024-05-01T08:00:00+03:00' });
    close();
  });

  it('names the site of a saved file by its canonical URL, then by og:site_name', () => {
    const body = `<article><h1>عنوان</h1><div>${para(1)}${para(2)}${para(3)}</div></article>`;
    const a = detect(page(body, '<link rel="canonical" href="https://www.example.com/x">'), 'file:///tmp/x.html');
    expect(a.d.site).toBe('example.com');
    a.close();
    const b = detect(page(body, '<meta property="og:site_name" content="المثال">'), 'file:///tmp/x.html');
    expect(b.d.site).toBe('المثال');
    b.close();
  });

  it('tells the language from the letters, with the markup as tie-breaker, and the direction', () => {
    const en = (n: number) =>
      `<p>The minister said on Monday that talks number ${n} with the other parties were going well, and that results would be announced soon.</p>`;
    const fr = (n: number) =>
      `<p>Le ministre a déclaré lundi que les négociations numéro ${n} avec les autres parties se passaient bien, et que les résultats seraient annoncés bientôt.</p>`;
    const body = (f: (n: number) => string) => `<article><h1>Title</h1><div>${[1, 2, 3, 4].map(f).join('')}</div></article>`;
    const a = detect(`<html lang="en"><body>${body(en)}</body></html>`);
    expect([a.d.lang, a.d.dir]).toEqual(['en', 'ltr']);
    a.close();
    const b = detect(`<html lang="fr"><body>${body(fr)}</body></html>`);
    expect([b.d.lang, b.d.dir]).toEqual(['other', 'ltr']);
    b.close();
    const c = detect(`<html><body>${body(para)}</body></html>`);
    expect([c.d.lang, c.d.dir, c.d.arabicShare > 0.9]).toEqual(['ar', 'rtl', true]);
    c.close();
  });
});

const line = (text: string): Block => ({
  el: null as unknown as Element,
  text,
  words: countWords(text),
  linkWords: 0,
  boldWords: 0,
  timeWords: 0,
  heading: 0,
  index: 0,
});

describe('furniture wording', () => {
  it.each([
    'اقرأ أيضاً: مئات الشاحنات تدخل غزة',
    'تابعوا آخر أخبار سكاي نيوز عربية عبر Google News',
    'اشترك في نشرتنا اليومية لتصلك أبرز الأخبار',
    'المصدر : الجزيرة + وكالات',
    'آخر تحديث: 28 سبتمبر 2024',
    'نشر في الخميس 14 نوفمبر',
    'Updated: April 16, 2024, 5:12 AM',
    'فيديو: لحظة تقليد السيوف للضباط المتخرجين',
    'صدر الصورة، Getty Images',
    'مساحة إعلانية',
    'ترحب الشبكة بالنقاش، وننصحك بمراجعة إرشادات الاستخدام وسياسة الخصوصية قبل التعليقات.',
    '© 2025 جميع الحقوق محفوظة',
  ])('"%s" is furniture', (text) => {
    expect(isFurnitureLine(line(text))).toBe(true);
  });

  it.each([
    'اشترك في الاجتماع ممثلون عن اثنتي عشرة دولة عربية.',
    'نشر في الجريدة الرسمية قرار بتعيين محافظ جديد للبنك المركزي.',
    'تابع الوزير حديثه قائلا إن الحكومة ستعمل على حل الأزمة.',
    'Published reports say the talks will resume next week.',
    'وقال المصدر إن المفاوضات ستستأنف الأسبوع المقبل.',
  ])('"%s" is story', (text) => {
    expect(isFurnitureLine(line(text))).toBe(false);
    expect(readsLikeStory(line(text))).toBe(true);
  });

  it('does not take a list of names for prose', () => {
    expect(readsLikeStory(line('الوسوم: الأونروا، فيليب لازاريني، غزة، الضفة الغربية، القدس'))).toBe(false);
    expect(readsLikeStory(line('زار الوزير مصر، الأردن، لبنان، سوريا، والعراق خلال جولته.'))).toBe(true);
  });

  it('knows the titles of boxes that are not the story', () => {
    for (const t of [
      'اقرأ أيضا',
      'قصص مقترحة',
      'مقالات ذات صلة',
      'الأكثر قراءة',
      'متعلقات',
      '3 تعليقات على "الخبر"',
      'Read more',
      'Most popular',
    ])
      expect(isBoxTitle(t), t).toBe(true);
    for (const t of ['الحلول المقترحة للأزمة', 'مشاركة واسعة في الانتخابات', 'تعليقات ترامب تثير الجدل', 'Shares fell sharply'])
      expect(isBoxTitle(t), t).toBe(false);
  });

  it('reads class names in any case style, and never hints the page root', () => {
    expect(hintWords('inlineRelated more-on__list c-read-more')).toEqual(['inline', 'related', 'more', 'on', 'list', 'c', 'read', 'more']);
    const { doc, close } = loadDocument(
      '<body class="wp-embed-responsive"><div class="shareBox">x</div><div class="elementor-widget-theme-post-content">y</div><div class="content">z</div></body>',
      'https://x.example/',
    );
    expect([doc.body, ...doc.body.children].map(hintOf)).toEqual([null, 'strong', null, null]);
    close();
  });
});
