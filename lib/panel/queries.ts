import type { ExportKind } from '../export/filename';
import type { Backup } from '../export/types';
import type { ImportMode, ImportPreview } from '../import/preview';
import { previewImport } from '../import/preview';
import type { Actor } from '../kb/schema';
import type { Result } from '../result';
import { databaseArea, type Item, readItem } from '../settings/area';
import { claimsAbout, type FigureConflict, figureConflicts } from '../store/claims';
import type { SiyaqDB } from '../store/db';
import { articlesFromOutlet, type OutletLookup, type ReadingDiet, readingDiet } from '../store/diet';
import { type HistoryFilter, historyQuery, historySites } from '../store/history';
import { notesOnActor } from '../store/notes';
import { readerActors } from '../store/reader-actors';
import { searchStore } from '../store/search';
import type { ArticleRecord, ClaimRecord, NoteRecord } from '../store/types';
import { type ExportContext, type ExportFile, makeExport } from './exports';

/**
 * What the panel and options page read from the store, and nothing that writes: only the
 * background writes. Each is a plain query over IndexedDB, so a view that calls one inside a
 * live query re-renders when the background changes what it read.
 */
export interface StoreQueries {
  readerActors(): Promise<Actor[]>;
  claimsAbout(actorId: string, limit: number): Promise<ClaimRecord[]>;
  figureConflicts(actorId: string): Promise<FigureConflict[]>;
  notesOnActor(actorId: string): Promise<NoteRecord[]>;
  history(filter: HistoryFilter): Promise<ArticleRecord[]>;
  historySites(): Promise<string[]>;
  search(query: string): Promise<{ claims: ClaimRecord[]; notes: NoteRecord[] }>;
  setting<T>(item: Item<T>): Promise<T>;
  readingDiet(since: number, lookup: OutletLookup): Promise<ReadingDiet>;
  articlesFromOutlet(outletId: string): Promise<number>;
  /** What the backup reminder needs: how much there is to lose, and since when. */
  counts(): Promise<{ notes: number; articles: number; firstReadAt: number | null }>;
  exportFile(kind: ExportKind, options: ExportContext): Promise<Result<ExportFile>>;
  previewImport(backup: Backup, mode: ImportMode): Promise<Result<ImportPreview>>;
}

export function storeQueries(db: SiyaqDB): StoreQueries {
  return {
    readerActors: () => readerActors(db),
    claimsAbout: (actorId, limit) => claimsAbout(db, actorId, limit),
    figureConflicts: (actorId) => figureConflicts(db, actorId),
    notesOnActor: (actorId) => notesOnActor(db, actorId),
    history: (filter) => historyQuery(db, filter),
    historySites: () => historySites(db),
    search: (query) => searchStore(db, query),
    setting: (item) => readItem(databaseArea(db), item),
    readingDiet: (since, lookup) => readingDiet(db, since, lookup),
    articlesFromOutlet: (outletId) => articlesFromOutlet(db, outletId),
    async counts() {
      const [notes, articles, first] = await Promise.all([db.notes.count(), db.articles.count(), db.articles.orderBy('readAt').first()]);
      return { notes, articles, firstReadAt: first?.firstReadAt ?? null };
    },
    exportFile: (kind, options) => makeExport(db, kind, options),
    previewImport: (backup, mode) => previewImport(db, backup, mode),
  };
}
