import { attempt, type Result } from '../result';
import type { SiyaqDB } from '../store/db';

/** The settings key under which the time (ms since the epoch) of the last full backup is kept. */
export const LAST_EXPORT_SETTING = 'backup.lastExportAt';
/** The reader's choice of how many days may pass before the panel reminds them to back up. */
export const REMINDER_DAYS_SETTING = 'backup.reminderDays';

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
  return attempt(async () => {
    const value = (await db.settings.get(LAST_EXPORT_SETTING))?.value;
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  });
}

/** Records a finished backup; call it once the file was handed to the browser, not before. */
export function recordExport(db: SiyaqDB, now: number): Promise<Result<void>> {
  return attempt(async () => {
    await db.settings.put({ key: LAST_EXPORT_SETTING, value: now });
  });
}
