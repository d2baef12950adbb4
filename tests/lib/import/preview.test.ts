import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/export/backup';
import { parseBackup } from '@/lib/import/backup';
import { previewImport } from '@/lib/import/preview';
import type { SiyaqDB } from '@/lib/store/db';
import { dumpText, fill, fixture, KNOWN, openDb } from '../export/fixture';

const NOW = Date.UTC(2024, 4, 5);

describe('previewImport', () => {
  let db: SiyaqDB;
  beforeEach(() => {
    db = openDb();
  });
  afterEach(() => db.delete());

  it('counts new, changed, unchanged, conflicts and local-only records per table without writing', async () => {
    const local = fixture();
    local.notes = local.notes.map((n) => {
      // Edited on both sides; the store's edit is newer.
      if (n.id === 'n-claim') return { ...n, body: 'edited here', updatedAt: n.updatedAt + 1 };
      // Edited on both sides; the backup's edit is newer.
      if (n.id === 'n-passage') return { ...n, body: 'stale', updatedAt: n.updatedAt - 1 };
      return n;
    });
    local.claims = local.claims.slice(1);
    local.settings.push({ key: 'only.here', value: true });
    await fill(db, local);
    const before = await dumpText(db);
    const parsed = parseBackup(exportBackup(fixture(), { now: NOW }), { knownActorIds: KNOWN });
    if (!parsed.ok) throw new Error(parsed.error.message);

    const r = await previewImport(db, parsed.value, 'merge');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.counts.claims).toEqual({ new: 1, changed: 0, unchanged: 2, conflicts: 0, localOnly: 0 });
    expect(r.value.counts.notes).toEqual({ new: 0, changed: 1, unchanged: 5, conflicts: 1, localOnly: 0 });
    expect(r.value.counts.settings).toEqual({ new: 0, changed: 0, unchanged: 3, conflicts: 0, localOnly: 1 });
    const note = fixture().notes.find((n) => n.id === 'n-claim')!;
    expect(r.value.conflicts).toEqual([
      { table: 'notes', id: 'n-claim', localUpdatedAt: note.updatedAt + 1, importedUpdatedAt: note.updatedAt },
    ]);
    expect(await dumpText(db)).toBe(before);
  });

  it('says when the file is a filtered export, which a replace would make the whole store', async () => {
    await fill(db, fixture());
    const parsed = parseBackup(exportBackup(fixture(), { now: NOW, filter: { sites: ['reuters.com'] } }), { knownActorIds: KNOWN });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const r = await previewImport(db, parsed.value, 'replace');
    expect(r.ok && r.value.partial).toBe(true);
    expect(r.ok && r.value.counts.notes.localOnly).toBeGreaterThan(0);
  });

  it('returns a failure, not an exception, when the store cannot be read', async () => {
    const parsed = parseBackup(exportBackup(fixture(), { now: NOW }), { knownActorIds: KNOWN });
    if (!parsed.ok) throw new Error(parsed.error.message);
    db.close();
    const r = await previewImport(db, parsed.value, 'merge');
    expect(!r.ok && r.error.code).toBe('database-closed');
  });
});
