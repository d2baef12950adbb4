import { afterEach, describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/analysis/analyze';
import { exportBackup } from '@/lib/export/backup';
import { applyImport } from '@/lib/import/apply';
import { parseBackup } from '@/lib/import/backup';
import { buildReport } from '@/lib/report';
import { recordVisit } from '@/lib/store/articles';
import type { SiyaqDB } from '@/lib/store/db';
import { dump, openDb } from '../export/fixture';
import { BUNDLED } from '../../helpers/kb';

// Written for this test, in the manner of wire copy: a dateline credit, then a cue.
const TEXT = 'بغداد (رويترز) - قال رئيس الوزراء العراقي إن المحادثات مستمرة.\nوذكرت وكالة الأنباء العراقية أن الوفد وصل إلى واشنطن.';
const URL_AJ = 'https://www.aljazeera.net/news/2024/5/5/iraq-talks';

async function read(db: SiyaqDB, url: string, now: number) {
  const analysis = analyzeText(TEXT, BUNDLED, { url });
  const meta = { url, title: 'محادثات', site: new URL(url).hostname, byline: null, publishedAt: '2024-05-05', isArticle: true };
  return recordVisit(db, buildReport(meta, analysis), now);
}

describe('outlets and credits in the store', () => {
  const dbs: SiyaqDB[] = [];
  const open = () => {
    const db = openDb();
    dbs.push(db);
    return db;
  };
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });

  it('files each article under its outlet and keeps each claim’s credits, through export and import', async () => {
    const source = open();
    await read(source, URL_AJ, 1000);
    await read(source, 'https://arabic.rt.com/middle_east/123-x/', 2000);
    const articles = await source.articles.orderBy('readAt').toArray();
    expect(articles.map((a) => a.outletId)).toEqual(['al-jazeera', 'rt-arabic']);
    const claims = (await source.claims.where('articleUrl').equals(URL_AJ).toArray()).sort(
      (a, b) => TEXT.indexOf(a.text) - TEXT.indexOf(b.text),
    );
    expect(claims.map((c) => [c.outletId, c.credits])).toEqual([
      ['al-jazeera', ['reuters']],
      ['al-jazeera', ['reuters', 'iraqi-news-agency']],
    ]);

    const parsed = parseBackup(exportBackup(await dump(source), { now: 5000 }), {
      knownActorIds: new Set(BUNDLED.actors.map((a) => a.id)),
    });
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const target = open();
    expect((await applyImport(target, parsed.value, 'merge', 6000)).ok).toBe(true);
    expect(await dump(target)).toEqual(await dump(source));
    expect(await target.articles.where('outletId').equals('rt-arabic').count()).toBe(1);
  });

  it('still imports a backup from before outlets', async () => {
    const source = open();
    await read(source, URL_AJ, 1000);
    const old = await dump(source);
    for (const a of old.articles) delete a.outletId;
    for (const c of old.claims) {
      delete c.outletId;
      delete c.credits;
    }
    const parsed = parseBackup(exportBackup(old, { now: 5000 }), { knownActorIds: new Set(BUNDLED.actors.map((a) => a.id)) });
    expect(parsed.ok).toBe(true);
  });

  it('rejects a backup whose credits are not ids', async () => {
    const source = open();
    await read(source, URL_AJ, 1000);
    const bad = await dump(source);
    (bad.claims[0] as unknown as { credits: unknown }).credits = [42];
    const parsed = parseBackup(exportBackup(bad, { now: 5000 }), { knownActorIds: new Set() });
    expect(parsed.ok).toBe(false);
  });
});
