import { describe, expect, it } from 'vitest';
import { FSI, PDI } from '@/lib/export/bidi';
import { exportMarkdown } from '@/lib/export/markdown';
import { blockquote, hashTag, link, paragraphs, verbatim } from '@/lib/export/markdown-text';
import { ARTICLE_AR, ARTICLE_EMOJI, fixture, names, XSS } from './fixture';
import { controlsInsideLinks } from './markdown-links';

const NOW = Date.UTC(2024, 4, 5, 10, 30);
const md = (lang?: 'ar' | 'en', data = fixture()) => exportMarkdown(data, { now: NOW, names, lang });
const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5);
const iso = (s: string) => `${FSI}${s}${PDI}`;
const section = (text: string, from: string, to?: string) => text.slice(text.indexOf(from), to ? text.indexOf(to) : undefined);

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
      'version: 2',
      'app: "Siyaq"',
      'exportedAt: "2024-05-05T10:30:00.000Z"',
      'lang: "ar"',
      'claims: 3',
      'notes: 7',
      '---',
    ]);
  });

  it('notes on actors under the actor, Arabic name first and the English one isolated; then the articles', () => {
    const data = fixture();
    data.notes = data.notes.filter((n) => n.id !== 'n-passage');
    const headings = md('ar', data)
      .split('\n')
      .filter((l) => /^##? /.test(l));
    expect(headings).toEqual(['# سياق: الملاحظات والادعاءات', '## الفاعلون', '## المقالات']);
    const actors = md()
      .split('\n')
      .filter((l) => l.startsWith('### ') && !l.includes(']('));
    expect(actors).toEqual([`### فصيل محلي ${iso('Local militia')}`, `### مصطفى الكاظمي ${iso('Mustafa al-Kadhimi')}`]);
    expect(md('en')).toContain(`### Mustafa al-Kadhimi ${iso('مصطفى الكاظمي')}`);
  });

  it('an actor the caller cannot name is shown by id', () => {
    const text = exportMarkdown(fixture(), { now: NOW, names: () => undefined });
    expect(text).toContain(`### فاعل ${iso('kadhimi')}`);
  });

  it('writes each claim once, under its article, with who said it and whom it names', () => {
    const text = md();
    // The claim names two actors; version 1 copied it under both.
    expect(count(text, /> انسحاب/g)).toBe(1);
    expect(count(text, /> قال الكاظمي/g)).toBe(1);
    const article = section(text, `### ${FSI}[الكاظمي يلتقي ترامب`);
    expect(article).toContain(`الموقع: ${iso('aljazeera.net')}، التاريخ: ${iso('2020-08-24')}`);
    expect(article).toContain(
      `#### ادعاءات\n\n> قال الكاظمي إن "الاجتماع" كان ‘ناجحاً’\tوإنه "مهم".\n\nالقائل: مصطفى الكاظمي ${iso('Mustafa al-Kadhimi')}\n\nيذكر: دونالد ترامب ${iso('Donald Trump')}`,
    );
    // A claim without a speaker is a claim, under the claims heading, never among notes.
    expect(article).toContain(`> انسحاب 5000 جندي أمريكي و2,500 آخرين\n\nيذكر: دونالد ترامب ${iso('Donald Trump')}، فصيل محلي`);
    expect(article).toContain(`أرقام: ${iso('5000 جندي')}، ${iso('2,500')}`);
  });

  it("keeps the reader's Markdown as written: bold, links, lists and headings stay markup", () => {
    const data = fixture();
    data.notes.find((n) => n.id === 'n-actor')!.body = '**راجع** الأرقام في [التقرير](https://example.com/a_b?x=1)\n- أولاً\n- ثانياً';
    const text = md('ar', data);
    expect(text).toContain('**راجع** الأرقام في [التقرير](https://example.com/a_b?x=1)\n- أولاً\n- ثانياً');
    expect(text).not.toContain('\\*\\*');
    // The hostile note is the reader's own text: it is theirs, as written.
    expect(text).toContain(XSS);
  });

  it('puts each note in its place: actor, claim, article, passage', () => {
    const text = md();
    const kadhimi = section(text, '### مصطفى الكاظمي', '## المقالات');
    expect(kadhimi).toContain('ملاحظة بتاريخ');
    expect(kadhimi).toContain('رئيس وزراء سابق.\nيُقتبس كثيراً 😀 — “بحذر”.\n\n\tسطر بعد تبويب');
    const reuters = section(text, `### ${FSI}[Iraq’s PM`);
    expect(reuters).toContain('#### ملاحظات على المقال');
    expect(reuters).toContain('English note: the "talks" figure contradicts Al Jazeera.');
    const emoji = section(text, `### ${FSI}[مقال 😀`);
    expect(emoji).toContain('#### مقاطع');
    expect(emoji).toContain('> نص \u200cالمقطع 👨‍👩‍👧');
    // The claim note follows its claim.
    expect(text.indexOf('> قال الكاظمي')).toBeLessThan(text.indexOf('Trump قال إن العدد'));
    // The empty note on a claim would be a bare label: it is left out.
    expect(count(text, /ملاحظة بتاريخ/g)).toBe(6);
  });

  it('puts no direction mark inside a link, a URL or the front matter', () => {
    const text = md();
    expect(controlsInsideLinks(text)).toEqual([]);
    expect(text.slice(0, text.indexOf('\n---\n'))).not.toMatch(/[\u200e\u200f\u2066-\u2069]/u);
    // The check itself finds a mark inside a link and a URL.
    expect(controlsInsideLinks('[a\u200f](https://x.example/)')).toEqual(['[a\u200f](https://x.example/)']);
    expect(controlsInsideLinks('see https://x.example/\u2069z')).toEqual(['https://x.example/\u2069z']);
    expect(controlsInsideLinks('[[actors/x\u200e]]')).toEqual(['[[actors/x\u200e]]']);
  });

  it('every line that is mostly Arabic starts, for an editor, with Arabic; isolates are balanced on every line', () => {
    const wrongDirection: string[] = [];
    const unbalanced: string[] = [];
    for (const line of body(md()).split('\n')) {
      const text = line.replace(/^(#+ |> |- )/, '');
      if (/^(\[|https?:|<)/.test(text)) continue;
      const arabic = count(text, /[\p{Script=Arabic}&&\p{L}]/gv);
      const latin = count(text, /\p{Script=Latin}/gu);
      if (arabic > latin && firstStrong(text) !== 'rtl') wrongDirection.push(line);
      let depth = 0;
      for (const ch of line) {
        if (ch === '\u2066' || ch === '\u2067' || ch === FSI) depth++;
        if (ch === PDI && --depth < 0) break;
      }
      if (depth !== 0 && !line.includes('عزل')) unbalanced.push(line);
    }
    expect(wrongDirection).toEqual([]);
    expect(unbalanced).toEqual([]);
  });

  it('escapes page text, which is data: a title or a claim cannot become markup', () => {
    const data = fixture();
    data.claims.find((c) => c.speakerId === 'kadhimi' && c.lang === 'ar')!.text = `# عنوان ${XSS} [اضغط](javascript:alert(1)) **غامق**`;
    data.articles.find((a) => a.url === ARTICLE_AR)!.title = `عنوان [x](javascript:alert(1)) <b>`;
    data.notes = data.notes.filter((n) => n.id !== 'n-passage');
    const text = md('ar', data);
    // Mostly Latin letters, so the line gets a left-to-right mark in front, outside the quote markup.
    expect(text).toContain('> \u200e\\# عنوان \\<img src\\=x onerror\\=alert(1)\\> \\[اضغط\\](javascript:alert(1)) \\*\\*غامق\\*\\*');
    expect(text).toContain('[عنوان \\[x\\](javascript:alert(1)) \\<b\\>](https://www.aljazeera.net/');
    expect(text).not.toMatch(/[^\\]\]\(javascript/);
  });

  it('never links a URL that is not http(s)', () => {
    expect(link('اضغط', 'javascript:alert(1)')).toBe(`${iso('اضغط')} ${iso('javascript:alert(1)')}`);
    expect(link('t', 'https://a.example/x (1)')).toBe(iso('[t](https://a.example/x%20%281%29)'));
    expect(link('عنوان \u200fمع علامة', 'https://a.example/')).toBe(iso('[عنوان مع علامة](https://a.example/)'));
    const data = fixture();
    data.articles[0]!.url = 'javascript:alert(1)';
    data.notes = data.notes.filter((n) => n.id !== 'n-passage');
    data.notes.push({ ...data.notes[0]!, id: 'js', kind: 'article', articleUrl: 'javascript:alert(1)', body: 'x' });
    expect(exportMarkdown(data, { now: NOW, names })).not.toMatch(/[^\\]\]\(javascript/);
  });

  it('writes tags after the date, as tags Obsidian reads', () => {
    const data = fixture();
    data.notes.find((n) => n.id === 'n-actor')!.tags = ['تحقق', 'Iraq troops', '2024'];
    expect(md('ar', data)).toContain(`ملاحظة بتاريخ ${iso('2023-11-14')} · الوسوم: #تحقق #Iraq-troops #_2024`);
    expect(hashTag('  ')).toBe('');
    expect(hashTag('a#b!')).toBe('#ab');
  });

  it('keeps paragraphs and quotes of page text apart, and reader lines marked only where they would flip', () => {
    expect(paragraphs('  one\n\n\n    two\r\nthree  ')).toEqual(['one', 'two', 'three']);
    expect(blockquote('سطر\nline')).toBe('> سطر\n>\n> line');
    expect(verbatim('Trump قال إن العدد كبير')).toBe('\u200fTrump قال إن العدد كبير');
    expect(verbatim('- Trump قال إن العدد كبير')).toBe('- \u200fTrump قال إن العدد كبير');
    expect(verbatim('[Trump](https://x.example) قال إن العدد')).toBe('[Trump](https://x.example) قال إن العدد');
    expect(verbatim('```\nTrump قال إن\n```')).toBe('```\nTrump قال إن\n```');
    expect(verbatim('\n\n  نص\n\n')).toBe('  نص');
  });

  it('applies the export filter', () => {
    const text = exportMarkdown(fixture(), { now: NOW, names, filter: { sites: ['reuters.com'] } });
    expect(text).toContain('### مصطفى الكاظمي');
    expect(text).toContain('Kadhimi said 2,500 troops');
    expect(text).not.toContain('انسحاب');
    expect(text).toContain('filter: {"sites":["reuters.com"]}');
  });

  it('the fixture has the hostile note and the articles it needs', () => {
    expect(fixture().notes.some((n) => n.body.includes(XSS))).toBe(true);
    expect(fixture().articles.map((a) => a.url)).toEqual(expect.arrayContaining([ARTICLE_AR, ARTICLE_EMOJI]));
  });
});
