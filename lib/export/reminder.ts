import { attempt, type Result } from '../result';
import { databaseArea, readItem, writeItem } from '../settings/area';
import { LAST_EXPORT } from '../settings/items';
import type { SiyaqDB } from '../store/db';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the reader to back up: never backed up, or not for `days` days. A last
 * export more than a day in the future means the clock was wrong then or now; remind rather
 * than stay silent until that date comes.
 */
export function backupDue(lastExportAt: number | null, now: number, days = 30): boolean {
  if (lastExportAt === null || !Number.isFinite(lastExportAt)) return true;
  if (lastExportAt > now + DAY) return true;
  return now - lastExportAt >= days * DAY;
}

/** Reads the last backup time; a missing or malformed value counts as never. */
export async function lastExportAt(db: SiyaqDB): Promise<Result<number | null>> {
  return attempt(() => readItem(databaseArea(db), LAST_EXPORT));
}

/** Records a finished backup; call it once the file was handed to the browser, not before. */
export function recordExport(db: SiyaqDB, now: number): Promise<Result<void>> {
  return attempt(() => writeItem(databaseArea(db), LAST_EXPORT, now));
}
