import type { Backup } from '../export/types';
import { attempt, type Result } from '../result';
import type { SiyaqDB } from '../store/db';
import { ALL_TABLES, type ImportMode, type ImportPreview, planImport } from './plan';

export interface ImportReport extends ImportPreview {
  appliedAt: number;
  /** False when the store already held exactly this: nothing was written. */
  wrote: boolean;
}

/**
 * Applies a parsed backup in one read-write transaction over all five tables: if anything fails
 * (a thrown error, a full disk, an abort) IndexedDB rolls all of it back and the store is as it
 * was. The comparison is made inside the same transaction, so nothing written in between is lost.
 *
 * Merge adds new records, updates changed ones, keeps the store's copy where it is as new or
 * newer (reported as a conflict) and keeps records only the store has. Replace empties the five
 * tables and writes the backup. Either way, importing the same file again writes nothing.
 */
export function applyImport(db: SiyaqDB, backup: Backup, mode: ImportMode, now: number): Promise<Result<ImportReport>> {
  return attempt(() =>
    db.transaction('rw', ALL_TABLES(db), async () => {
      const { writes, changes, ...preview } = await planImport(db, backup, mode);
      if (changes && mode === 'replace') {
        await Promise.all(ALL_TABLES(db).map((t) => t.clear()));
        await Promise.all([
          db.articles.bulkAdd(writes.articles),
          db.claims.bulkAdd(writes.claims),
          db.notes.bulkAdd(writes.notes),
          db.readerActors.bulkAdd(writes.readerActors),
          db.settings.bulkAdd(writes.settings),
        ]);
      } else if (changes) {
        await Promise.all([
          db.articles.bulkPut(writes.articles),
          db.claims.bulkPut(writes.claims),
          db.notes.bulkPut(writes.notes),
          db.readerActors.bulkPut(writes.readerActors),
          db.settings.bulkPut(writes.settings),
        ]);
      }
      return { ...preview, appliedAt: now, wrote: changes };
    }),
  );
}
