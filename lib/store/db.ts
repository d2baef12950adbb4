import Dexie, { type DexieOptions, type Table } from 'dexie';
import { bundledOutletId } from '../kb/outlet-table';
import type { ArticleRecord, ClaimRecord, NoteRecord, ReaderActorRecord, SettingRecord } from './types';

export type { ArticleRecord, ClaimRecord, NoteRecord, ReaderActorRecord, SettingRecord } from './types';

export const DB_NAME = 'siyaq';

/**
 * Every version's schema, oldest first. A version is never edited once released: a change is a
 * new entry with an upgrade function, tested against data written by the version before it
 * (tests/lib/store/upgrade.test.ts).
 */
export const SCHEMAS: Record<number, Record<string, string>> = {
  1: {
    articles: '&url, site, readAt, *actorIds',
  },
  2: {
    articles: '&url, site, readAt, publishedAt, *actorIds',
    claims: '&id, articleUrl, readAt, speakerId, *actorIds, *actorDates, *figureKeys',
    notes: '&id, kind, actorId, claimId, articleUrl, updatedAt',
    readerActors: '&id, updatedAt',
    settings: '&key',
  },
  3: {
    articles: '&url, site, readAt, publishedAt, outletId, *actorIds',
    claims: '&id, articleUrl, readAt, speakerId, *actorIds, *actorDates, *figureKeys',
    notes: '&id, kind, actorId, claimId, articleUrl, updatedAt',
    readerActors: '&id, updatedAt',
    settings: '&key',
  },
};

export const DB_VERSION = 3;

/**
 * Siyaq's database, in the extension's own origin. The background writes analysis results;
 * extension pages read with live queries. Content scripts never open it: there, IndexedDB
 * would belong to the news site.
 */
export class SiyaqDB extends Dexie {
  articles!: Table<ArticleRecord, string>;
  claims!: Table<ClaimRecord, string>;
  notes!: Table<NoteRecord, string>;
  readerActors!: Table<ReaderActorRecord, string>;
  settings!: Table<SettingRecord, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMAS[1]!);
    this.version(2)
      .stores(SCHEMAS[2]!)
      .upgrade((tx) =>
        // Version 1 stored visits only; they gain a claim count (their claims come on the next read).
        tx
          .table('articles')
          .toCollection()
          .modify((a: Partial<ArticleRecord>) => {
            a.claimCount ??= 0;
          }),
      );
    this.version(3)
      .stores(SCHEMAS[3]!)
      .upgrade(async (tx) => {
        // Articles and claims read before outlets learn theirs from their address; a claim's
        // credits were never read, so it has none.
        await tx
          .table('articles')
          .toCollection()
          .modify((a: ArticleRecord) => {
            if (a.outletId === undefined) a.outletId = bundledOutletId(a.url);
          });
        await tx
          .table('claims')
          .toCollection()
          .modify((c: ClaimRecord) => {
            if (c.outletId === undefined) c.outletId = bundledOutletId(c.articleUrl);
            c.credits ??= [];
          });
      });
  }
}
