import type { Bilingual } from '../kb/schema';
import type { ArticleRecord, ClaimRecord, NoteRecord, ReaderActorRecord, SettingRecord } from '../store/types';

/** The file's own name for itself, so an import can tell a backup from a knowledge pack or a stray JSON. */
export const BACKUP_SCHEMA = 'siyaq-backup';

/**
 * Each format is versioned on its own: a new column in the CSV must not make old backups look
 * outdated. A backup version is never reused for a different shape; the reader refuses newer ones.
 */
export const BACKUP_VERSION = 1;
/** 2: each claim once, under its article; the reader's notes as written (version 1 escaped them). */
export const MARKDOWN_VERSION = 2;
/** 2: a `tags` column at the end. */
export const CSV_VERSION = 2;
export const ANNOTATION_VERSION = 1;
export const CSL_VERSION = 1;

export const APP_NAME = 'Siyaq';

/** The five tables of the store, in the order a backup lists them. */
export const TABLES = ['articles', 'claims', 'notes', 'readerActors', 'settings'] as const;
export type TableName = (typeof TABLES)[number];

/** Everything the store holds, one array per table. */
export interface BackupData {
  articles: ArticleRecord[];
  claims: ClaimRecord[];
  notes: NoteRecord[];
  readerActors: ReaderActorRecord[];
  settings: SettingRecord[];
}

export type BackupCounts = Record<TableName, number>;

/**
 * A subset to export. Every given criterion must hold; an empty or absent list means "any".
 * Dates are ISO dates or date-times compared by prefix, so `to: '2024-05'` includes all of May.
 */
export interface ExportFilter {
  actorIds?: string[];
  sites?: string[];
  from?: string;
  to?: string;
}

/** The backup file as written by `exportBackup` and returned, validated, by `parseBackup`. */
export interface Backup extends BackupData {
  schema: typeof BACKUP_SCHEMA;
  version: number;
  exportedAt: string;
  app: string;
  counts: BackupCounts;
  /** Present when the file holds only part of the store: replacing the store with it loses the rest. */
  filter?: ExportFilter;
}

/** An actor's names as the caller knows them (bundled base or reader actors). */
export type ActorNames = (id: string) => Bilingual | undefined;

/** Options every readable export takes. */
export interface ExportOptions {
  now: number;
  filter?: ExportFilter;
}

/** The field each table is keyed by. */
export const KEY_FIELD = { articles: 'url', claims: 'id', notes: 'id', readerActors: 'id', settings: 'key' } as const satisfies Record<
  TableName,
  string
>;
