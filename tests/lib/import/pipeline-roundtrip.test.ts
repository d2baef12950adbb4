import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/export/backup';
import { LAST_EXPORT } from '@/lib/settings/items';
import { SiyaqDB } from '@/lib/store/db';
import { backgroundFor, dumpStore, OWN_PAGES, reportOf } from '../../helpers/store';

const NOW = 1_700_000_500_000;

/**
 * The backup round trip over a store built the way a reader builds it: the fixture pages
 * analysed as the content script analyses them, reported to the background's handlers, notes
 * and an actor saved through the same handlers. Then export, import that very text, compare.
 */
// Analysing every fixture page takes seconds on a busy machine.
describe('backup round trip over a store the pipeline built', { timeout: 60_000 }, () => {
  let source: SiyaqDB;
  let target: SiyaqDB;
  beforeEach(() => {
    source = new SiyaqDB(`pipe-src-${Math.random()}`);
    target = new SiyaqDB(`pipe-dst-${Math.random()}`);
  });
  afterEach(async () => {
    await source.delete();
    await target.delete();
  });

  async function readEverything() {
    const h = backgroundFor(source);
    for (const [i, page] of OWN_PAGES.entries()) {
      const res = await h.report(reportOf(page), i + 1);
      expect(res.ok, page.name).toBe(true);
    }
    const claims = await source.claims.toArray();
    const articles = await source.articles.toArray();
    const actorId = articles.flatMap((a) => a.actorIds)[0]!;
    const claim = claims.find((c) => c.figures.length > 0)!;
    expect(await h.saveNote({ kind: 'actor', actorId, body: 'ملاحظة عن **الفاعل**' })).toMatchObject({ ok: true });
    expect(await h.saveNote({ kind: 'claim', claimId: claim.id, body: 'يشكك في الرقم' })).toMatchObject({ ok: true });
    expect(await h.saveNote({ kind: 'passage', articleUrl: claim.articleUrl, anchor: claim.anchor, body: 'مقطع مهم' })).toMatchObject({
      ok: true,
    });
    const saved = await h.saveActor({
      id: 'reader-local-council',
      type: 'organisation',
      names: { ar: 'المجلس المحلي لبلدة التجربة', en: 'Test Town Local Council' },
      note: { ar: 'مجلس محلي أضافه القارئ', en: 'A local council the reader added' },
    });
    expect(saved.ok).toBe(true);
    expect((await h.setSetting(LAST_EXPORT.key, NOW)).ok).toBe(true);
    return h;
  }

  it('the pipeline stores claims with figures tied to actors, as a real backup has', async () => {
    await readEverything();
    const claims = await source.claims.toArray();
    expect(claims.length).toBeGreaterThan(20);
    expect(claims.some((c) => c.figures.some((f) => (f.actorIds?.length ?? 0) > 0))).toBe(true);
  });

  it('merge into an empty store, then replace into an erased one: equal record for record', async () => {
    await readEverything();
    const before = await dumpStore(source);
    const text = exportBackup(before, { now: NOW });

    const into = backgroundFor(target);
    const merged = await into.importBackup(text, 'merge');
    if (!merged.ok) throw new Error(merged.error.message);
    expect(await dumpStore(target)).toEqual(before);

    expect((await into.erase()).ok).toBe(true);
    const replaced = await into.importBackup(text, 'replace');
    if (!replaced.ok) throw new Error(replaced.error.message);
    expect(await dumpStore(target)).toEqual(before);
    expect(JSON.stringify(await dumpStore(target))).toBe(JSON.stringify(before));

    // Importing the same file again changes nothing.
    const again = await into.importBackup(text, 'merge');
    expect(again.ok && Object.values(again.value.counts).every((c) => c.new + c.changed === 0)).toBe(true);
  });
});
