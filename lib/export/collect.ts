import { attempt, type Result } from '../result';
import type { SiyaqDB } from '../store/db';
import type { BackupData } from './types';

/**
 * Reads every table in one read transaction, so a backup never pairs notes from before a
 * write with claims from after it. Each table comes in primary-key order.
 */
export function collectBackupData(db: SiyaqDB): Promise<Result<BackupData>> {
  return attempt(() =>
    db.transaction('r', [db.articles, db.claims, db.notes, db.readerActors, db.settings], async () => {
      const [articles, claims, notes, readerActors, settings] = await Promise.all([
        db.articles.toArray(),
        db.claims.toArray(),
        db.notes.toArray(),
        db.readerActors.toArray(),
        db.settings.toArray(),
      ]);
      return { articles, claims, notes, readerActors, settings };
    }),
  );
}
