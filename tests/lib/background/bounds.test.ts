import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boundReport } from '@/lib/background/report-input';
import { exportBackup } from '@/lib/export/backup';
import { type PageReport, REPORT_SCHEMA_VERSION } from '@/lib/report';
import { SiyaqDB } from '@/lib/store/db';
import { clip, LIMITS } from '@/lib/store/limits';
import { backgroundFor, dumpStore, OWN_PAGES, reportOf } from '../../helpers/store';

// A hostile page's words, written for this test: a title and a sentence far longer than any
// article's, with astral characters at the cut.
const HUGE_TITLE = 'عنوان '.repeat(100_000);
const HUGE_SENTENCE = `${'😀'.repeat(3000)} قال الرئيس ${'كلام '.repeat(20_000)}.`;

const seed = () => reportOf(OWN_PAGES.find((p) => p.name === 'seed-article')!);

describe('a page’s report is cut to the store’s limits where it enters', () => {
  let db: SiyaqDB;
  let other: SiyaqDB;
  beforeEach(() => {
    db = new SiyaqDB(`bounds-${Math.random()}`);
    other = new SiyaqDB(`bounds-other-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
    await other.delete();
  });

  it('a 600,000-character title is kept short, and the next backup still imports', async () => {
    const h = backgroundFor(db);
    const report = seed();
    report.title = HUGE_TITLE;
    report.claims[0]!.text = HUGE_SENTENCE;
    report.claims[0]!.anchor.exact = HUGE_SENTENCE;
    expect((await h.report(report, 1)).ok).toBe(true);
    const article = (await db.articles.toArray())[0]!;
    expect(article.title).toBe(HUGE_TITLE.slice(0, LIMITS.title));
    expect(Math.max(...(await db.claims.toArray()).map((c) => c.text.length))).toBeLessThanOrEqual(LIMITS.claimText);

    const text = exportBackup(await dumpStore(db), { now: 1 });
    const imported = await backgroundFor(other).importBackup(text, 'replace');
    if (!imported.ok) throw new Error(imported.error.message);
    expect(await dumpStore(other)).toEqual(await dumpStore(db));
  });

  it('a store written before the limits still makes a backup that imports, cut to them', async () => {
    await backgroundFor(db).report(seed(), 1);
    const [article] = await db.articles.toArray();
    await db.articles.put({ ...article!, title: HUGE_TITLE, byline: HUGE_TITLE });
    const claim = (await db.claims.toArray())[0]!;
    await db.claims.put({ ...claim, text: HUGE_SENTENCE, articleTitle: HUGE_TITLE });
    const imported = await backgroundFor(other).importBackup(exportBackup(await dumpStore(db), { now: 1 }), 'merge');
    if (!imported.ok) throw new Error(imported.error.message);
    const back = await other.articles.get(article!.url);
    expect(back?.title).toBe(HUGE_TITLE.slice(0, LIMITS.title));
    expect(back?.byline).toHaveLength(LIMITS.byline);
    expect((await other.claims.get(claim.id))?.text).toBe(clip(HUGE_SENTENCE, LIMITS.claimText));
  });

  it('a setting too large, or not of its type, is refused; a pack name is cut', async () => {
    const h = backgroundFor(db);
    expect(await h.setSetting('lang', 'x'.repeat(LIMITS.settingJson + 1))).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await h.setSetting('backup.lastExportAt', new Date(0))).toMatchObject({ ok: false });
    expect(await h.setSetting('backup.lastExportAt', Number.NaN)).toMatchObject({ ok: false });
    expect(await h.setSetting('backup.reminderDays', 30)).toEqual({ ok: true, value: null });
    expect(await db.settings.toArray()).toEqual([{ key: 'backup.reminderDays', value: 30 }]);
    const res = await h.importPack('حزمة'.repeat(1000), [
      {
        id: 'reader-pack-body',
        type: 'organisation',
        names: { ar: 'هيئة الحزمة للتجربة', en: 'Pack test body' },
        note: { ar: 'ن', en: 'n' },
      },
    ]);
    expect(res).toMatchObject({ ok: true, value: { saved: 1 } });
    const [saved] = await db.readerActors.toArray();
    expect(saved?.source).toEqual({ kind: 'pack', name: 'حزمة'.repeat(1000).slice(0, LIMITS.packName) });
  });
});

describe('boundReport', () => {
  const base = (): PageReport => ({
    schema: REPORT_SCHEMA_VERSION,
    url: 'https://www.aljazeera.net/news/1',
    title: 't',
    site: 'aljazeera.net',
    lang: 'ar',
    byline: null,
    publishedAt: null,
    isArticle: true,
    actors: [{ id: 'iraq', type: 'state', name: { ar: 'العراق', en: 'Iraq' }, count: 2 }],
    figures: [],
    claims: [
      {
        kind: 'figure',
        text: 'نحو 5000 جندي في العراق',
        speakerId: null,
        verb: null,
        content: null,
        actorIds: ['iraq'],
        figures: [{ value: 5000, unit: 'soldier', text: '5000 جندي', actorIds: ['iraq', 'atlantis'] }],
        anchor: { exact: 'نحو 5000 جندي في العراق', prefix: '', suffix: '' },
      },
    ],
  });

  it('keeps the outlet and the credits a report names, and drops malformed ones', () => {
    const named = { ...base(), outlet: { actorId: 'al-jazeera', name: { ar: 'الجزيرة', en: 'Al Jazeera' } } };
    named.claims[0]!.credits = ['reuters', 'afp'];
    const out = boundReport(named)!;
    expect(out.outlet).toEqual(named.outlet);
    expect(out.claims[0]!.credits).toEqual(['reuters', 'afp']);
    const bad = { ...base(), outlet: { actorId: 42, name: 'x' } } as unknown as PageReport;
    (bad.claims[0] as unknown as { credits: unknown }).credits = ['reuters', 7, '', 'x'.repeat(LIMITS.actorId + 1)];
    const cut = boundReport(bad)!;
    expect(cut.outlet).toBeNull();
    expect(cut.claims[0]!.credits).toEqual(['reuters']);
  });

  it('keeps a sound report as it is, but for figures about actors outside their claim', () => {
    const out = boundReport(base())!;
    expect(out.claims[0]!.figures[0]!.actorIds).toEqual(['iraq']);
    expect({ ...out, claims: [] }).toEqual({ ...base(), claims: [] });
  });

  it('cuts astral text without splitting a character', () => {
    const r = base();
    r.title = `${'a'.repeat(LIMITS.title - 1)}😀`;
    expect(boundReport(r)!.title).toBe('a'.repeat(LIMITS.title - 1));
  });

  it('leaves out malformed items, and refuses what is not a report', () => {
    const r = base() as unknown as { claims: unknown[]; actors: unknown[] };
    r.claims.push({ kind: 'statement', text: 42 }, null);
    r.actors.push({ id: 'x'.repeat(LIMITS.actorId + 1), type: 'state', name: { ar: '', en: '' }, count: 1 });
    const out = boundReport(r)!;
    expect(out.claims).toHaveLength(1);
    expect(out.actors.map((a) => a.id)).toEqual(['iraq']);
    expect(boundReport(null)).toBeNull();
    expect(boundReport({ ...base(), url: `https://a.example/${'x'.repeat(LIMITS.url)}` })).toBeNull();
    expect(boundReport({ ...base(), title: 7 })).toBeNull();
    expect(boundReport({ ...base(), claims: Array.from({ length: 2000 }, () => base().claims[0]) })!.claims).toHaveLength(LIMITS.claims);
  });
});
