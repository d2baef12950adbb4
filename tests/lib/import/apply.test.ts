import type { Transaction } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/export/backup';
import type { Backup, BackupData } from '@/lib/export/types';
import { applyImport } from '@/lib/import/apply';
import { parseBackup } from '@/lib/import/backup';
import type { TableCounts } from '@/lib/import/plan';
import { previewImport } from '@/lib/import/preview';
import type { SiyaqDB } from '@/lib/store/db';
import { dump, dumpText, fill, fixture, KNOWN, openDb } from '../export/fixture';

const NOW = Date.UTC(2024, 4, 5);

function backupOf(data: BackupData, filter?: Backup['filter']): Backup {
  const r = parseBackup(exportBackup(data, { now: NOW, filter }), { knownActorIds: KNOWN });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const counts = (c: Partial<TableCounts>): TableCounts => ({ new: 0, changed: 0, unchanged: 0, conflicts: 0, localOnly: 0, ...c });

/**
 * The store on this device, since the backup was made: one note edited here later (a conflict),
 * one edited before the backup's copy (the backup wins), a note and no article the backup lacks,
 * a setting changed, a reader actor renamed here later.
 */
function localVersion(): BackupData {
  const d = fixture();
  d.articles = d.articles.filter((a) => !a.url.startsWith('https://aawsat.com'));
  d.notes = d.notes.map((n) => {
    if (n.id === 'n-actor') return { ...n, body: 'عدّلتها هنا لاحقاً', updatedAt: n.updatedAt + 60_000 };
    if (n.id === 'n-article') return { ...n, body: 'older draft', updatedAt: n.updatedAt - 60_000 };
    return n;
  });
  d.notes.push({ ...d.notes[0]!, id: 'z-local-only', body: 'only here', kind: 'actor', actorId: 'iraq' });
  d.settings = d.settings.map((s) => (s.key === 'ui.lang' ? { ...s, value: 'en' } : s));
  d.readerActors = d.readerActors.map((r) =>
    r.id === 'reader-leader' ? { ...r, actor: { ...r.actor, names: { ar: 'القائد', en: 'The leader' } }, updatedAt: r.updatedAt + 1 } : r,
  );
  return d;
}

describe('applyImport', () => {
  let db: SiyaqDB;
  beforeEach(() => {
    db = openDb();
  });
  afterEach(() => db.delete());

  it('merge adds new, updates changed, keeps the newer side of a conflict and what only the store has', async () => {
    await fill(db, localVersion());
    const r = await applyImport(db, backupOf(fixture()), 'merge', NOW);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.counts).toEqual({
      articles: counts({ new: 1, unchanged: 2 }),
      claims: counts({ unchanged: 3 }),
      notes: counts({ changed: 1, unchanged: 5, conflicts: 1, localOnly: 1 }),
      readerActors: counts({ unchanged: 1, conflicts: 1 }),
      settings: counts({ changed: 1, unchanged: 2 }),
    });
    expect(r.value.conflicts.map((c) => [c.table, c.id])).toEqual([
      ['notes', 'n-actor'],
      ['readerActors', 'reader-leader'],
    ]);
    expect(r.value).toMatchObject({ mode: 'merge', appliedAt: NOW, wrote: true, partial: false });

    expect((await db.notes.get('n-actor'))?.body).toBe('عدّلتها هنا لاحقاً');
    expect((await db.notes.get('n-article'))?.body).toBe(fixture().notes.find((n) => n.id === 'n-article')!.body);
    expect((await db.notes.get('z-local-only'))?.body).toBe('only here');
    expect(await db.articles.get('https://aawsat.com/مقال/😀')).toBeDefined();
    expect((await db.settings.get('ui.lang'))?.value).toBe('ar');
    expect((await db.readerActors.get('reader-leader'))?.actor.names.en).toBe('The leader');
  });

  it('replace makes the store exactly the backup', async () => {
    await fill(db, localVersion());
    const r = await applyImport(db, backupOf(fixture()), 'replace', NOW);
    expect(r.ok && r.value.counts.notes).toEqual(counts({ changed: 1, unchanged: 5, conflicts: 1, localOnly: 1 }));
    expect(await dump(db)).toEqual(fixture());
  });

  describe('importing the same file twice changes nothing the second time', () => {
    for (const mode of ['merge', 'replace'] as const) {
      it(`${mode}, into an empty store`, async () => {
        const backup = backupOf(fixture());
        expect((await applyImport(db, backup, mode, NOW)).ok).toBe(true);
        const once = await dumpText(db);
        const preview = await previewImport(db, backup, mode);
        expect(preview.ok && Object.values(preview.value.counts)).toEqual([
          counts({ unchanged: 3 }),
          counts({ unchanged: 3 }),
          counts({ unchanged: 7 }),
          counts({ unchanged: 2 }),
          counts({ unchanged: 3 }),
        ]);
        const again = await applyImport(db, backup, mode, NOW + 1);
        expect(again.ok && again.value.wrote).toBe(false);
        expect(await dumpText(db)).toBe(once);
      });
    }

    it('merge, into a store with conflicts: they are reported again and nothing moves', async () => {
      await fill(db, localVersion());
      const backup = backupOf(fixture());
      await applyImport(db, backup, 'merge', NOW);
      const once = await dumpText(db);
      const again = await applyImport(db, backup, 'merge', NOW + 1);
      if (!again.ok) throw new Error(again.error.message);
      expect(again.value.wrote).toBe(false);
      expect(again.value.counts.notes).toEqual(counts({ unchanged: 6, conflicts: 1, localOnly: 1 }));
      expect(await dumpText(db)).toBe(once);
    });
  });

  describe('a failure midway leaves the store exactly as it was', () => {
    /** Fails the `n`th note the import creates, after other tables and earlier notes were written. */
    function failOnNote(n: number, fail: (tx: Transaction) => void): () => number {
      let created = 0;
      db.notes.hook('creating', (_key, _note, tx) => {
        created++;
        if (created === n) fail(tx);
      });
      return () => created;
    }
    const emptyNotes = () => ({ ...localVersion(), notes: [] });

    for (const mode of ['merge', 'replace'] as const) {
      it(`${mode}: an error thrown on the third note`, async () => {
        await fill(db, emptyNotes());
        const before = await dumpText(db);
        const created = failOnNote(3, () => {
          throw new Error('disk on fire');
        });
        const r = await applyImport(db, backupOf(fixture()), mode, NOW);
        expect(r.ok).toBe(false);
        expect(!r.ok && r.error).toMatchObject({ code: 'internal', message: expect.stringContaining('disk on fire') });
        expect(created()).toBe(3);
        expect(await dumpText(db)).toBe(before);
      });
    }

    it('a full disk is reported as such', async () => {
      await fill(db, emptyNotes());
      const before = await dumpText(db);
      failOnNote(2, () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      const r = await applyImport(db, backupOf(fixture()), 'replace', NOW);
      expect(!r.ok && r.error.code).toBe('quota-exceeded');
      expect(await dumpText(db)).toBe(before);
    });

    it('an aborted transaction', async () => {
      await fill(db, emptyNotes());
      const before = await dumpText(db);
      failOnNote(4, (tx) => tx.abort());
      const r = await applyImport(db, backupOf(fixture()), 'merge', NOW);
      expect(r.ok).toBe(false);
      expect(await dumpText(db)).toBe(before);
    });

    it('a record that breaks the primary key (a backup that skipped parseBackup)', async () => {
      await fill(db, localVersion());
      const before = await dumpText(db);
      const backup = backupOf(fixture());
      backup.notes.push({ ...backup.notes[0]!, body: 'same id again' });
      const r = await applyImport(db, backup, 'replace', NOW);
      expect(r.ok).toBe(false);
      expect(await dumpText(db)).toBe(before);
    });
  });
});
