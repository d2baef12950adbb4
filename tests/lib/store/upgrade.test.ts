import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { claimsAbout } from '@/lib/store/claims';
import { DB_VERSION, SCHEMAS, SiyaqDB } from '@/lib/store/db';

/** Opens a database exactly as an older release of Siyaq defined it. */
function olderRelease(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (let v = 1; v <= version; v++) db.version(v).stores(SCHEMAS[v]!);
  return db;
}

describe('schema upgrades keep everything', () => {
  const name = `upgrade-${Math.random()}`;
  afterEach(() => Dexie.delete(name));

  it('version 1 visits survive the upgrade to the current version, with their indexes', async () => {
    const v1 = olderRelease(name, 1);
    const visits = Array.from({ length: 25 }, (_, i) => ({
      url: `https://news.example/${i}`,
      title: `مقالة ${i} — “اقتباس” 😀`,
      site: i % 2 ? 'aljazeera.net' : 'aawsat.com',
      lang: 'ar',
      byline: i % 3 ? 'كاتب' : null,
      publishedAt: `2020-0${(i % 9) + 1}-01`,
      firstReadAt: 1000 + i,
      readAt: 2000 + i,
      readCount: 1 + (i % 4),
      actorCounts: { iraq: i + 1, 'donald-trump': i % 5 },
      actorIds: ['iraq', 'donald-trump'],
    }));
    await v1.table('articles').bulkAdd(visits);
    v1.close();

    const current = new SiyaqDB(name);
    await current.open();
    expect(current.verno).toBe(DB_VERSION);
    const after = await current.articles.orderBy('readAt').toArray();
    expect(after).toHaveLength(25);
    for (const [i, a] of after.entries()) expect(a).toEqual({ ...visits[i], claimCount: 0 });
    // Old indexes still answer, new ones work on old rows.
    expect(await current.articles.where('actorIds').equals('iraq').count()).toBe(25);
    expect(await current.articles.where('site').equals('aljazeera.net').count()).toBe(12);
    expect(await current.articles.where('publishedAt').equals('2020-01-01').count()).toBe(3);
    // New tables exist and are empty.
    expect(await claimsAbout(current, 'iraq')).toEqual([]);
    expect(await current.notes.count()).toBe(0);
    current.close();
  });
});
