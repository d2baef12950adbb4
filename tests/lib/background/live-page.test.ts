import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorageArea } from '@/lib/settings/area';
import type { PageReport } from '@/lib/report';
import { SiyaqDB } from '@/lib/store/db';
import { backgroundFor, OWN_PAGES, reportOf } from '../../helpers/store';

const page = OWN_PAGES.find((p) => p.name === 'sites/aljazeera-article')!;

/** Counts every record written or deleted, table by table. */
function countWrites(db: SiyaqDB) {
  const writes = { articles: 0, claims: 0 };
  for (const t of ['articles', 'claims'] as const) {
    db[t].hook('creating', () => void writes[t]++);
    db[t].hook('updating', () => void writes[t]++);
    db[t].hook('deleting', () => void writes[t]++);
  }
  return writes;
}

describe('a page that keeps changing', () => {
  let db: SiyaqDB;
  let now: number;
  beforeEach(() => {
    db = new SiyaqDB(`live-${Math.random()}`);
    now = 1_700_000_000_000;
  });
  afterEach(() => db.delete());

  const withLoad = (load: string | undefined): PageReport => ({ ...reportOf(page), ...(load ? { load } : {}) });

  it('a page that ticks without changing its text writes nothing after the first report, and is read once', async () => {
    const h = backgroundFor(db, { now: () => now });
    expect((await h.report(withLoad('load-1'), 3)).ok).toBe(true);
    const first = await db.articles.toArray();
    const claims = await db.claims.toArray();
    expect(claims.length).toBeGreaterThan(3);
    const writes = countWrites(db);
    for (let tick = 0; tick < 4; tick++) {
      now += 1500;
      expect((await h.report(withLoad('load-1'), 3)).ok).toBe(true);
    }
    expect(writes).toEqual({ articles: 0, claims: 0 });
    expect(await db.articles.toArray()).toEqual(first);
    expect(first[0]).toMatchObject({ readCount: 1 });
    expect(await db.claims.toArray()).toEqual(claims);
  });

  it('a live page that changes writes only what changed, and is still read once', async () => {
    const h = backgroundFor(db, { now: () => now });
    await h.report(withLoad('load-1'), 3);
    const before = await db.claims.toArray();
    const writes = countWrites(db);
    now += 60_000;
    const changed = withLoad('load-1');
    changed.claims = changed.claims.slice(1);
    await h.report(changed, 3);
    // One claim gone, the article's claim count: nothing else rewritten.
    expect(writes).toEqual({ articles: 1, claims: 1 });
    const article = (await db.articles.toArray())[0]!;
    expect(article).toMatchObject({ readCount: 1, readAt: 1_700_000_000_000, claimCount: before.length - 1 });
  });

  it('a new load of the page is another read; so is every report that carries no load', async () => {
    const h = backgroundFor(db, { now: () => now });
    await h.report(withLoad('load-1'), 3);
    await h.report(withLoad('load-1'), 3);
    now += 1000;
    await h.report(withLoad('load-2'), 3);
    expect((await db.articles.toArray())[0]).toMatchObject({ readCount: 2, readAt: now });
    // The same load in another tab is another read too (the reader opened it twice).
    await h.report(withLoad('load-2'), 4);
    await h.report(withLoad(undefined), 4);
    await h.report(withLoad(undefined), 4);
    expect((await db.articles.toArray())[0]).toMatchObject({ readCount: 5 });
  });

  it('writes the visit to the database before the session copy: a failing session area loses nothing', async () => {
    const broken: StorageArea = {
      get: () => Promise.reject(new Error('session unavailable')),
      set: () => Promise.reject(new Error('session unavailable')),
      remove: () => Promise.reject(new Error('session unavailable')),
    };
    const h = backgroundFor(db, { session: broken, now: () => now });
    expect((await h.report(withLoad('load-1'), 3)).ok).toBe(true);
    expect(await db.articles.count()).toBe(1);
    expect(await db.claims.count()).toBeGreaterThan(0);
  });
});
