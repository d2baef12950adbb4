import { bundledOutletId } from '../kb/outlet-table';
import type { OwnershipKind } from '../kb/schema';
import type { SiyaqDB } from './db';
import type { ArticleRecord } from './types';

/** One bar of the reading diet: an outlet, a country or an ownership kind (null: not known), and its articles. */
export interface DietRow {
  key: string | null;
  n: number;
}

export interface ReadingDiet {
  total: number;
  outlets: DietRow[];
  countries: DietRow[];
  ownership: DietRow[];
}

/** What the diet needs to know of an outlet: where it is from and who owns it. */
export type OutletLookup = (outletId: string) => { country: string | null; ownership: OwnershipKind | null } | undefined;

/** The outlet an article is filed under: stored, or from its address for a record imported from before outlets. */
export function articleOutlet(a: Pick<ArticleRecord, 'url' | 'outletId'>): string | null {
  return a.outletId === undefined ? bundledOutletId(a.url) : a.outletId;
}

function rows(counts: Map<string | null, number>): DietRow[] {
  // Most read first; what is not known last, whatever its count, so it never reads as a winner.
  return [...counts]
    .map(([key, n]) => ({ key, n }))
    .sort((a, b) => (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) || b.n - a.n || String(a.key).localeCompare(String(b.key)));
}

/** Articles counted by outlet, by the outlets' countries and by ownership kind. */
export function dietOf(articles: readonly Pick<ArticleRecord, 'url' | 'outletId'>[], lookup: OutletLookup): ReadingDiet {
  const outlets = new Map<string | null, number>();
  const countries = new Map<string | null, number>();
  const ownership = new Map<string | null, number>();
  const bump = (m: Map<string | null, number>, k: string | null) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const a of articles) {
    const id = articleOutlet(a);
    const facts = id === null ? undefined : lookup(id);
    bump(outlets, id);
    bump(countries, facts?.country ?? null);
    bump(ownership, facts?.ownership ?? null);
  }
  return { total: articles.length, outlets: rows(outlets), countries: rows(countries), ownership: rows(ownership) };
}

/** The diet of the articles read since `since` (ms; -Infinity for all of them). */
export async function readingDiet(db: SiyaqDB, since: number, lookup: OutletLookup): Promise<ReadingDiet> {
  const list = await db.articles.where('readAt').aboveOrEqual(since).toArray();
  return dietOf(list, lookup);
}

/** How many stored articles an outlet published. */
export function articlesFromOutlet(db: SiyaqDB, outletId: string): Promise<number> {
  return db.articles.where('outletId').equals(outletId).count();
}
