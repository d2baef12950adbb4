import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDue, lastExportAt, recordExport } from '@/lib/export/reminder';
import { LAST_EXPORT } from '@/lib/settings/items';
import type { SiyaqDB } from '@/lib/store/db';
import { openDb } from './fixture';

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 4, 5);

describe('backupDue', () => {
  it('is due when there never was a backup', () => {
    expect(backupDue(null, NOW)).toBe(true);
  });

  it('is due after 30 days, or the given number, and not before', () => {
    expect(backupDue(NOW - 29 * DAY, NOW)).toBe(false);
    expect(backupDue(NOW - 30 * DAY, NOW)).toBe(true);
    expect(backupDue(NOW - 8 * DAY, NOW, 7)).toBe(true);
    expect(backupDue(NOW - 6 * DAY, NOW, 7)).toBe(false);
  });

  it('is due when the last backup is dated far in the future (a clock was wrong), not silent until then', () => {
    expect(backupDue(NOW + 60_000, NOW)).toBe(false);
    expect(backupDue(NOW + 2 * DAY, NOW)).toBe(true);
    expect(backupDue(Number.NaN, NOW)).toBe(true);
  });
});

describe('the last backup time in settings', () => {
  let db: SiyaqDB;
  beforeEach(() => {
    db = openDb();
  });
  afterEach(() => db.delete());

  it('is recorded under its key and read back; anything else reads as never', async () => {
    expect(await lastExportAt(db)).toEqual({ ok: true, value: null });
    expect((await recordExport(db, NOW)).ok).toBe(true);
    expect(await db.settings.get(LAST_EXPORT.key)).toEqual({ key: 'backup.lastExportAt', value: NOW });
    expect(await lastExportAt(db)).toEqual({ ok: true, value: NOW });
    await db.settings.put({ key: LAST_EXPORT.key, value: 'yesterday' });
    expect(await lastExportAt(db)).toEqual({ ok: true, value: null });
  });
});
