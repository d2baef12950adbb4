import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGE = join(ROOT, 'tests', 'fixtures', 'pages', 'seed-article.html');

describe('npm run analyze', () => {
  it('prints one JSON object per input, on one line, with offsets into bodyText', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/analyze.ts', '--json', PAGE, PAGE], { cwd: ROOT, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    const page = JSON.parse(lines[0]!);
    expect(Object.keys(page).sort()).toEqual([
      'bodyText',
      'byline',
      'claims',
      'figures',
      'isArticle',
      'lang',
      'mentions',
      'names',
      'outlet',
      'publishedAt',
      'site',
      'title',
    ]);
    expect(page).toMatchObject({
      isArticle: true,
      lang: 'ar',
      title: 'لن تنسحب الولايات المتحدة من العراق في السنوات القادمة',
      publishedAt: '2020-08-24T09:30:00+03:00',
    });
    for (const m of page.mentions) expect(page.bodyText.slice(m.start, m.end)).toBe(m.text);
    for (const f of page.figures) expect(page.bodyText.slice(f.start, f.end)).toBe(f.text);
    for (const n of page.names) {
      expect(page.bodyText.slice(n.start, n.end)).toBe(n.text);
      expect(['person', 'organisation', 'place', 'other']).toContain(n.type);
    }
    expect(page.mentions.find((m: { actorId: string }) => m.actorId === 'mike-pompeo')).toMatchObject({
      name: { ar: 'مايك بومبيو', en: 'Mike Pompeo' },
    });
    expect(page.figures).toContainEqual(expect.objectContaining({ value: 5000, unit: 'soldier', text: '5000 جندي' }));
    expect(page.claims.some((c: { speakerId: string }) => c.speakerId === 'mike-pompeo')).toBe(true);
    // A saved file has no address, so no outlet; every claim still lists its credits.
    expect(page.outlet).toBeNull();
    for (const c of page.claims) expect(c.credits).toEqual([]);
    // Nothing from the menu, the most-read list or the footer.
    expect(page.bodyText).not.toContain('الأكثر قراءة');
    expect(page.bodyText).not.toContain('جميع الحقوق محفوظة');
  }, 90_000);

  it('names the outlet of a saved page from --url, and the credits of each claim', () => {
    const text = join(mkdtempSync(join(tmpdir(), 'analyze-')), 'wire.txt');
    // Written for this test: a dateline credit in wire style.
    writeFileSync(text, 'عمان (رويترز) - قال وزير الخارجية الأردني إن المعبر سيفتح الأسبوع المقبل.\n');
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/analyze.ts', '--json', '--url', 'https://www.petra.gov.jo/Include/InnerPage.jsp?ID=1', PAGE, text],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const [page, wire] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(page.outlet).toEqual({ actorId: 'petra-news-agency', name: { ar: 'وكالة الأنباء الأردنية', en: 'Jordan News Agency (Petra)' } });
    expect(page.site).toBe('petra.gov.jo');
    expect(wire.outlet.actorId).toBe('petra-news-agency');
    expect(wire.claims.map((c: { credits: string[] }) => c.credits)).toEqual([['reuters']]);
    expect(() => execFileSync('npx', ['tsx', 'scripts/analyze.ts', '--url', 'not-a-url', PAGE], { cwd: ROOT, stdio: 'pipe' })).toThrow();
  }, 90_000);

  it('prints a readable report without --json, and fails clearly on a missing file', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/analyze.ts', PAGE], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('actors (');
    expect(out).toContain('Mike Pompeo');
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/analyze.ts', 'no-such-file.html'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }),
    ).toThrow(/no-such-file\.html/);
  }, 90_000);
});
