import Dexie, { type DexieOptions, type Table } from 'dexie';

/**
 * Siyaq's database, in the extension's own origin. Only the background writes to it; extension
 * pages may read it. Each schema change is a new `version()` with an upgrade function, and the
 * upgrade is tested against data written by the previous version.
 */
export interface ArticleRecord {
  /** Normalised URL (see lib/url.ts). */
  url: string;
  title: string;
  site: string;
  lang: string;
  byline: string | null;
  publishedAt: string | null;
  firstReadAt: number;
  readAt: number;
  readCount: number;
  /** Mentions per actor id. */
  actorCounts: Record<string, number>;
  /** The same ids, as a multi-entry index for "articles that mention X". */
  actorIds: string[];
}

export const DB_NAME = 'siyaq';

export class SiyaqDB extends Dexie {
  articles!: Table<ArticleRecord, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      articles: '&url, site, readAt, *actorIds',
    });
  }
}
