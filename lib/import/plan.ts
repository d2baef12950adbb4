import type { Table } from 'dexie';
import { type Backup, KEY_FIELD, TABLES, type TableName } from '../export/types';
import type { SiyaqDB } from '../store/db';
import { sameData } from '../store/equal';

export type ImportMode = 'merge' | 'replace';

/**
 * Per table, how the imported records compare with the store. `conflicts` are records present on
 * both sides, different, and no older in the store (a note edited here after the backup was made):
 * a merge keeps the store's copy, a replace overwrites it. `localOnly` records are kept by a merge
 * and deleted by a replace.
 */
export interface TableCounts {
  new: number;
  changed: number;
  unchanged: number;
  conflicts: number;
  localOnly: number;
}

export interface ImportConflict {
  table: TableName;
  id: string;
  localUpdatedAt: number;
  importedUpdatedAt: number;
}

export interface ImportPreview {
  mode: ImportMode;
  /** The file is a filtered export: replacing the store with it deletes everything outside the filter. */
  partial: boolean;
  counts: Record<TableName, TableCounts>;
  conflicts: ImportConflict[];
}

export interface ImportPlan extends ImportPreview {
  /** Records to put, per table: everything for a replace, only new and changed ones for a merge. */
  writes: { [T in TableName]: Backup[T] };
  /** Whether the store would differ afterwards; an import that changes nothing writes nothing. */
  changes: boolean;
}

/**
 * When each kind of record last changed, for "keep the newer one". Articles and claims change when
 * an article is read again; settings carry no time, so the imported value wins.
 */
const STAMP: { [T in TableName]: ((row: Backup[T][number]) => number) | null } = {
  articles: (r) => r.readAt,
  claims: (r) => r.readAt,
  notes: (r) => r.updatedAt,
  readerActors: (r) => r.updatedAt,
  settings: null,
};

interface TablePlan<R> {
  counts: TableCounts;
  conflicts: ImportConflict[];
  writes: R[];
}

async function planTable<R>(
  name: TableName,
  table: Table<R, string>,
  rows: R[],
  stamp: ((row: R) => number) | null,
  mode: ImportMode,
): Promise<TablePlan<R>> {
  const field = KEY_FIELD[name];
  const keyOf = (r: R) => (r as Record<string, unknown>)[field] as string;
  const [local, total] = await Promise.all([table.bulkGet(rows.map(keyOf)), table.count()]);
  const counts: TableCounts = { new: 0, changed: 0, unchanged: 0, conflicts: 0, localOnly: 0 };
  const conflicts: ImportConflict[] = [];
  const writes: R[] = [];
  let found = 0;
  rows.forEach((row, i) => {
    const mine = local[i];
    if (mine === undefined) {
      counts.new++;
      writes.push(row);
      return;
    }
    found++;
    if (sameData(mine, row)) counts.unchanged++;
    else if (stamp && stamp(mine) >= stamp(row)) {
      counts.conflicts++;
      conflicts.push({ table: name, id: keyOf(row), localUpdatedAt: stamp(mine), importedUpdatedAt: stamp(row) });
    } else {
      counts.changed++;
      writes.push(row);
    }
  });
  counts.localOnly = total - found;
  return { counts, conflicts, writes: mode === 'replace' ? rows : writes };
}

/** Compares a backup with the store. Reads only; call it inside a transaction over all five tables. */
export async function planImport(db: SiyaqDB, backup: Backup, mode: ImportMode): Promise<ImportPlan> {
  const [articles, claims, notes, readerActors, settings] = await Promise.all([
    planTable('articles', db.articles, backup.articles, STAMP.articles, mode),
    planTable('claims', db.claims, backup.claims, STAMP.claims, mode),
    planTable('notes', db.notes, backup.notes, STAMP.notes, mode),
    planTable('readerActors', db.readerActors, backup.readerActors, STAMP.readerActors, mode),
    planTable('settings', db.settings, backup.settings, STAMP.settings, mode),
  ]);
  const plans = { articles, claims, notes, readerActors, settings };
  const counts = Object.fromEntries(TABLES.map((t) => [t, plans[t].counts])) as Record<TableName, TableCounts>;
  const changes = TABLES.some((t) => {
    const c = counts[t];
    return c.new + c.changed > 0 || (mode === 'replace' && c.conflicts + c.localOnly > 0);
  });
  return {
    mode,
    partial: backup.filter !== undefined,
    counts,
    conflicts: TABLES.flatMap((t) => plans[t].conflicts),
    writes: {
      articles: articles.writes,
      claims: claims.writes,
      notes: notes.writes,
      readerActors: readerActors.writes,
      settings: settings.writes,
    },
    changes,
  };
}

export const ALL_TABLES = (db: SiyaqDB) => [db.articles, db.claims, db.notes, db.readerActors, db.settings];
