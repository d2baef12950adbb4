import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageCases } from '../../harness/page-cases';
import { SHARED } from '../../harness/paths';

export interface ArticlePage {
  html: string;
  words: number;
  /** The story's plain text, paragraphs joined by newlines, to find the actors it names. */
  text: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The story's sections: the seed article, then each Arabic article fixture with its expected body. */
function sections(): { title: string; paragraphs: string[] }[] {
  const out: { title: string; paragraphs: string[] }[] = [];
  const seed = join(SHARED, 'seed-article.txt');
  if (existsSync(seed)) {
    const paragraphs = readFileSync(seed, 'utf8')
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean);
    out.push({ title: 'الوجود العسكري الأمريكي في العراق', paragraphs });
  }
  for (const c of pageCases().cases) {
    if (!c.expected.isArticle || c.expected.lang !== 'ar' || (c.name === 'seed-article' && out.length)) continue;
    out.push({ title: c.expected.title ?? c.name, paragraphs: c.expected.body });
  }
  return out;
}

const MENU = ['الرئيسية', 'سياسة', 'اقتصاد', 'عربي ودولي', 'رياضة', 'ثقافة', 'تكنولوجيا', 'آراء', 'منوعات', 'فيديو', 'صور', 'تقارير'];
const MOST_READ = [
  'الأرصاد تحذر من منخفض جوي وأمطار غزيرة نهاية الأسبوع',
  'ارتفاع أسعار الذهب في الأسواق المحلية',
  'نتائج امتحانات الثانوية العامة تصدر الخميس',
  'افتتاح معرض الكتاب بمشاركة مئات دور النشر',
  'منتخب الشباب يتأهل إلى الدور النهائي',
];

/**
 * A long Arabic news article (about `targetWords` words) in a news site's layout: a header with
 * menus, breadcrumbs, byline and date, the story as `<p>` paragraphs under subheadings, a
 * most-read list, tags and a footer, so that both tools see the boilerplate a real page has.
 */
export function longArticlePage(targetWords = 5000): ArticlePage {
  const body: string[] = [];
  const text: string[] = [];
  let words = 0;
  for (const s of sections()) {
    if (words >= targetWords) break;
    body.push(`<h2>${esc(s.title)}</h2>`);
    for (const p of s.paragraphs) {
      if (words >= targetWords) break;
      body.push(`<p>${esc(p)}</p>`);
      text.push(p);
      words += p.split(/\s+/).filter(Boolean).length;
    }
  }
  const links = (items: string[]) => items.map((m, i) => `<li><a href="/section/${i}">${esc(m)}</a></li>`).join('');
  const html = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>ملف: العراق والمنطقة بين واشنطن وطهران | أخبار اليوم</title>
<meta property="og:type" content="article">
<meta property="og:title" content="ملف: العراق والمنطقة بين واشنطن وطهران">
<meta property="article:published_time" content="2020-08-24T09:00:00Z">
<meta name="author" content="قسم الشؤون الدولية">
<style>body{font-family:sans-serif;margin:0}header,footer{background:#eee;padding:8px}nav ul{display:flex;gap:12px;list-style:none}
main{display:flex;gap:24px;padding:16px}article{flex:3}aside{flex:1}</style>
</head><body>
<header><div class="logo"><a href="/">أخبار اليوم</a></div><nav><ul>${links(MENU)}</ul></nav>
<form role="search"><input type="search" placeholder="بحث"></form></header>
<main>
<article>
<nav class="breadcrumbs"><a href="/">الرئيسية</a> › <a href="/section/1">سياسة</a></nav>
<h1>ملف: العراق والمنطقة بين واشنطن وطهران</h1>
<p class="byline">بقلم قسم الشؤون الدولية · <time datetime="2020-08-24T09:00:00Z">24 آب/أغسطس 2020</time></p>
<div class="article-body">
${body.join('\n')}
</div>
<ul class="tags"><li><a href="/tag/iraq">العراق</a></li><li><a href="/tag/iran">إيران</a></li><li><a href="/tag/us">الولايات المتحدة</a></li></ul>
<div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
</article>
<aside><h3>الأكثر قراءة</h3><ol>${links(MOST_READ)}</ol></aside>
</main>
<footer><nav><ul>${links(['من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'شروط الاستخدام', 'أعلن معنا'])}</ul></nav>
<p>© 2020 أخبار اليوم. جميع الحقوق محفوظة.</p></footer>
</body></html>`;
  return { html, words, text: text.join('\n') };
}
