import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportObsidianZip, fileName, obsidianFiles, type VaultFile } from '@/lib/export/obsidian';
import type { Actor } from '@/lib/kb/schema';
import { ARTICLE_AR, fixture, names } from './fixture';
import { controlsInsideLinks } from './markdown-links';

const NOW = Date.UTC(2024, 4, 5, 10, 30);
const KADHIMI: Actor = {
  id: 'kadhimi',
  type: 'person',
  names: names('kadhimi')!,
  roles: [{ role: 'prime_minister', of: 'iraq', start: '2020-05-07', end: '2022-10-27' }],
  note: { ar: 'رئيس وزراء العراق من 2020 إلى 2022.', en: 'Prime Minister of Iraq from 2020 to 2022.' },
};
const IRAQ: Actor = { id: 'iraq', type: 'state', names: names('iraq')!, note: { ar: 'دولة.', en: 'A state.' } };
const actor = (id: string) => (id === 'kadhimi' ? KADHIMI : id === 'iraq' ? IRAQ : undefined);
const vault = (data = fixture()) => obsidianFiles(data, { now: NOW, names, actor, lang: 'ar' });

function frontMatter(f: VaultFile): Record<string, unknown> {
  const m = f.text.match(/^---\n([\s\S]*?)\n---\n/);
  if (!m) throw new Error(`${f.path}: no front matter`);
  return parse(m[1]!) as Record<string, unknown>;
}
const wikiLinks = (text: string) => [...text.matchAll(/\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/gu)].map((m) => m[1]!);
const mdLinks = (text: string) => [...text.matchAll(/\]\(([^)\s]+)\)/gu)].map((m) => m[1]!);

describe('the Obsidian vault', () => {
  it('has one file per article, one per actor, and an index; every front matter parses as YAML', () => {
    const files = vault();
    const data = fixture();
    expect(files.filter((f) => f.path.startsWith('articles/'))).toHaveLength(data.articles.length);
    expect(files.map((f) => f.path)).toContain('index.md');
    expect(files.map((f) => f.path)).toContain('actors/مصطفى الكاظمي.md');
    for (const f of files) expect(() => frontMatter(f), f.path).not.toThrow();
    const ar = files.find((f) => f.text.includes(`url: "${ARTICLE_AR}"`))!;
    expect(ar.path).toBe('articles/2020-08-24 الكاظمي يلتقي ترامب في “البيت الأبيض” — زيارة رسمية.md');
    expect(frontMatter(ar)).toEqual({
      title: 'الكاظمي يلتقي ترامب في “البيت الأبيض” — "زيارة" رسمية',
      url: ARTICLE_AR,
      site: 'aljazeera.net',
      published: '2020-08-24T10:00:00Z',
      read: '2023-11-14T22:13:21.000Z',
      actors: ['[[actors/مصطفى الكاظمي]]', '[[actors/دونالد ترامب]]', '[[actors/فصيل محلي]]'],
    });
    const reuters = files.find((f) => f.text.includes('url: "https://www.reuters.com'))!;
    expect(frontMatter(reuters).tags).toEqual(['تحقق', 'troops-count']);
  });

  it('every link resolves to a file of the vault or an http(s) address, and none holds a direction mark', () => {
    const files = vault();
    const paths = new Set(files.map((f) => f.path.replace(/\.md$/, '')));
    for (const f of files) {
      for (const target of wikiLinks(f.text)) expect(paths.has(target), `${f.path} → ${target}`).toBe(true);
      // The reader's hostile note links javascript:, as they wrote it; every link Siyaq writes is to the web.
      for (const url of mdLinks(f.text.replace(/\[click\]\(javascript:alert\(1\)\)/u, ''))) expect(url).toMatch(/^https?:\/\//);
      expect(controlsInsideLinks(f.text), f.path).toEqual([]);
      expect(f.text.slice(0, f.text.indexOf('\n---\n', 4))).not.toMatch(/[\u200e\u200f\u2066-\u2069]/u);
    }
  });

  it("an actor's file has its background, its roles with dates, the reader's notes and its claims, each once, linked to their articles", () => {
    const f = vault().find((x) => x.path === 'actors/مصطفى الكاظمي.md')!;
    expect(frontMatter(f)).toMatchObject({ id: 'kadhimi', name: 'مصطفى الكاظمي', name_en: 'Mustafa al-Kadhimi', type: 'person' });
    expect(f.text).toContain('## نبذة\n\nرئيس وزراء العراق من 2020 إلى 2022.');
    expect(f.text).toMatch(/## المناصب\n\n- رئيس الوزراء.*العراق.*2020-05-07–2022-10-27/u);
    expect(f.text).toContain('رئيس وزراء سابق.');
    // Kadhimi speaks in one claim and is its only actor in another: two claims, each once.
    expect([...f.text.matchAll(/^> /gmu)]).toHaveLength(2);
    expect(wikiLinks(f.text).filter((l) => l.startsWith('articles/'))).toHaveLength(2);
  });

  it('an article file writes each claim once, with its speaker linked to the actor file', () => {
    const f = vault().find((x) => x.text.includes(`url: "${ARTICLE_AR}"`))!;
    expect([...f.text.matchAll(/^> انسحاب/gmu)]).toHaveLength(1);
    expect(f.text).toContain('القائل: [[actors/مصطفى الكاظمي]]');
    expect(f.text).toContain('يذكر: [[actors/دونالد ترامب]]');
  });

  it('two articles with the same title get two files, and names lose what no file system takes', () => {
    const data = fixture();
    for (const a of data.articles) a.title = 'نفس/العنوان: "؟" [1]';
    for (const a of data.articles) a.publishedAt = '2024-01-01';
    const paths = vault(data)
      .map((f) => f.path)
      .filter((p) => p.startsWith('articles/'));
    expect(paths).toEqual([
      'articles/2024-01-01 نفس العنوان ؟ 1.md',
      'articles/2024-01-01 نفس العنوان ؟ 1 (2).md',
      'articles/2024-01-01 نفس العنوان ؟ 1 (3).md',
    ]);
    expect(fileName('\u200f...', 'x')).toBe('x');
    expect([...fileName('ع'.repeat(300), 'x')]).toHaveLength(80);
  });

  it('zips the vault: every file comes back as written, and the same store gives the same bytes', () => {
    const zip = exportObsidianZip(fixture(), { now: NOW, names, actor });
    const files = unzipSync(zip);
    const expected = vault();
    expect(Object.keys(files).sort()).toEqual(expected.map((f) => `siyaq/${f.path}`).sort());
    // UTF-8 cannot hold the fixture's lone surrogate: it comes back as U+FFFD, as from any UTF-8 file.
    const utf8 = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s));
    for (const f of expected) expect(strFromU8(files[`siyaq/${f.path}`]!)).toBe(utf8(f.text));
    expect(exportObsidianZip(fixture(), { now: NOW, names, actor })).toEqual(zip);
  });
});
