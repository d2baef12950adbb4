import type { Backup } from '../export/types';
import { attempt, type Result } from '../result';
import type { SiyaqDB } from '../store/db';
import { ALL_TABLES, type ImportMode, type ImportPreview, planImport } from './plan';

export type { ImportConflict, ImportMode, ImportPreview, TableCounts } from './plan';

/** What an import would do, table by table, read in one transaction and written nowhere. */
export function previewImport(db: SiyaqDB, backup: Backup, mode: ImportMode): Promise<Result<ImportPreview>> {
  return attempt(() =>
    db.transaction('r', ALL_TABLES(db), async () => {
      const { writes: _writes, changes: _changes, ...preview } = await planImport(db, backup, mode);
      return preview;
    }),
  );
}
