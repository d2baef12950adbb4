import { describe, expect, it } from 'vitest';
import { FSI, PDI } from '@/lib/export/bidi';
import { exportMarkdown } from '@/lib/export/markdown';
import { blockquote, link, paragraphs } from '@/lib/export/markdown-text';
import { ARTICLE_AR, ARTICLE_EMOJI, fixture, names, XSS } from './fixture';

const NOW = Date.UTC(2024, 4, 5, 10, 30);
const md = (lang?: 'ar' | 'en') => exportMarkdown(fixture(), { now: NOW, names, lang });
const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5);
const iso = (s: string) => `${FSI}${s}${PDI}`;

const ARABIC = /[\p{Script=Arabic}&&\p{L}]/v;
const LATIN = /\p{Script=Latin}/u;

/** The first letter an editor would use to choose the line's direction (it does not skip isolates). */
function firstStrong(line: string): 'rtl' | 'ltr' | null {
  for (const ch of line) {
    if (ch === '\u200f' || ARABIC.test(ch)) return 'rtl';
    if (ch === '\u200e' || LATIN.test(ch)) return 'ltr';
  }
  return null;
}
const count = (line: string, re: RegExp) => [...line.matchAll(re)].length;

describe('exportMarkdown', () => {
  it('starts with front matter carrying the format version and the export date', () => {
    expect(md().split('\n').slice(0, 9)).toEqual([
      '---',
      'schema: "siyaq-markdown"',
      'version: 1',
      'app: "Siyaq"',
      'exportedAt: "2024-05-05T10:30:00.000Z"',
      'lang: "ar"',
      'claims: 3',
      'notes: 7',
      '---',
    ]);
  });

  it('groups by actor under a heading with the Arabic name first and the English one isolated', () => {
    const headings = md()
      .split('\n')
      .filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      `## دونالد ترامب ${iso('Donald Trump')}`,
      `## فصيل محلي ${iso('Local militia')}`,
      `## مصطفى الكاظمي ${iso('Mustafa al-Kadhimi')}`,
      '## ملاحظات على المقالات',
    ]);
    expect(md('en')).toContain(`## Mustafa al-Kadhimi ${iso('مصطفى الكاظمي')}`);
  });

  it('an actor the caller cannot name is shown by id', () => {
    const text = exportMarkdown(fixture(), { now: NOW, names: () => undefined });
    expect(text).toContain(`## فاعل ${iso('kadhimi')}`);
  });

  it('lists each claim as a quote with its source linked, site and date isolated', () => {
    const text = md();
    const title = 'الكاظمي يلتقي ترامب في “البيت الأبيض” — "زيارة" رسمية';
    expect(text).toContain(`> قال الكاظمي إن "الاجتماع" كان ‘ناجحاً’\tوإنه "مهم".`);
    expect(text).toContain(`المصدر: ${iso(`[${title}](${ARTICLE_AR})`)}، ${iso('aljazeera.net')}، ${iso('2020-08-24')}`);
    expect(text).toContain(`أرقام: ${iso('5000 جندي')}، ${iso('2,500')}`);
    // A claim about two actors is under both.
    expect(count(text, /> انسحاب/g)).toBe(2);
  });

  it('puts each note after its quote, in its place: actor, claim, article', () => {
    const text = md();
    const kadhimi = text.slice(text.indexOf('## مصطفى الكاظمي'), text.indexOf('## ملاحظات على المقالات'));
    expect(kadhimi).toContain('### ملاحظات\n\nملاحظة بتاريخ');
    expect(kadhimi).toContain('رئيس وزراء سابق.\n\nيُقتبس كثيراً 😀 — “بحذر”.\n\nسطر بعد تبويب');
    const articles = text.slice(text.indexOf('## ملاحظات على المقالات'));
    expect(articles).toContain(`### مقال: ${iso(`[مقال 😀👨‍👩‍👧 \u200fاختبار\u200c والـ\u200cنص](${new URL(ARTICLE_EMOJI).href})`)}`);
    expect(articles).toContain('> نص \u200cالمقطع 👨‍👩‍👧\n\n\\<img src\\=x onerror\\=alert(1)\\>');
    expect(articles).toContain('English note: the "talks" figure contradicts Al Jazeera.');
    // The empty note on a claim would be a bare label: it is left out.
    expect(count(text, /ملاحظة بتاريخ/g)).toBe(7);
  });

  it('every Arabic line starts, for an editor, with Arabic; isolates are balanced on every line', () => {
    const wrongDirection: string[] = [];
    const unbalanced: string[] = [];
    for (const line of body(md()).split('\n')) {
      const text = line.replace(/^(#+ |> )/, '');
      const arabic = count(text, /[\p{Script=Arabic}&&\p{L}]/gv);
      const latin = count(text, /\p{Script=Latin}/gu);
      if (arabic > latin && firstStrong(text) !== 'rtl') wrongDirection.push(line);
      let depth = 0;
      for (const ch of line) {
        if (ch === '\u2066' || ch === '\u2067' || ch === FSI) depth++;
        if (ch === PDI && --depth < 0) break;
      }
      if (depth !== 0) unbalanced.push(line);
    }
    expect(wrongDirection).toEqual([]);
    expect(unbalanced).toEqual([]);
  });

  it('isolates Latin words, URLs and numbers inside Arabic text, and marks a line that opens with them', () => {
    expect(md()).toContain(
      `\u200f${iso('Trump')} قال إن العدد ${iso('5000')} وليس ${iso('2,500')}، انظر ${iso('https://example.com/a\\_b?x\\=1')} للمزيد.`,
    );
  });

  it('escapes every piece of markup in user text: no links, headings, lists, HTML, tags or comments', () => {
    const text = md();
    expect(text).not.toMatch(/(^|[^\\])<img/m);
    expect(text).toContain('\\[click\\](javascript:alert(1))');
    expect(text).toContain('\\# عنوان مزيف');
    expect(text).toContain('\\- قائمة');
    expect(text).toContain(`${iso('1')}\\. مرقمة`);
    expect(text).toContain('\\%\\%مخفي\\%\\% \\=\\=مظلل\\=\\= \\#وسم');
    const headings = text.split('\n').filter((l) => /^\s*#/.test(l));
    expect(headings.every((h) => /^#{1,3} (سياق|دونالد|فصيل|مصطفى|ملاحظات|ادعاءات|مقال)/.test(h))).toBe(true);
  });

  it('closes a reversing override at the end of its line, so it cannot flip what follows', () => {
    const lines = md().split('\n');
    expect(lines).toContain('تحذير \u202eمعكوس\u202c');
    // Stray closing isolates in the note are dropped; the open one is closed once.
    expect(lines).toContain('عزل \u2068مفتوح وسطر \u2069 مغلق، نصف زوج \ud83d هنا');
  });

  it('never links a URL that is not http(s)', () => {
    expect(link('اضغط', 'javascript:alert(1)')).toBe(`${iso('اضغط')} ${iso('javascript:alert(1)')}`);
    expect(link('t', 'https://a.example/x (1)')).toBe(iso('[t](https://a.example/x%20%281%29)'));
    const data = fixture();
    data.articles[0]!.url = 'javascript:alert(1)';
    data.notes.push({ ...data.notes[0]!, id: 'js', kind: 'article', articleUrl: 'javascript:alert(1)', body: 'x' });
    expect(exportMarkdown(data, { now: NOW, names })).not.toMatch(/[^\\]\]\(javascript/);
  });

  it('keeps paragraphs and quotes of free text apart', () => {
    expect(paragraphs('  one\n\n\n    two\r\nthree  ')).toEqual(['one', 'two', 'three']);
    expect(blockquote('سطر\nline')).toBe('> سطر\n>\n> line');
  });

  it('applies the export filter', () => {
    const text = exportMarkdown(fixture(), { now: NOW, names, filter: { sites: ['reuters.com'] } });
    expect(text).toContain('## مصطفى الكاظمي');
    expect(text).not.toContain('## دونالد ترامب');
    expect(text).toContain('filter: {"sites":["reuters.com"]}');
  });

  it('the XSS note from the fixture is there as text', () => {
    expect(fixture().notes.some((n) => n.body.includes(XSS))).toBe(true);
  });
});
