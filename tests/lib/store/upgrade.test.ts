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
    for (const [i, a] of after.entries()) expect(a).toEqual({ ...visits[i], claimCount: 0, outletId: null });
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

describe('the upgrade to outlets (version 3)', () => {
  const name = `upgrade-outlets-${Math.random()}`;
  afterEach(() => Dexie.delete(name));

  it('names the outlet of every stored article and claim from its address, and gives claims no credits', async () => {
    const v2 = olderRelease(name, 2);
    const article = (url: string, i: number) => ({
      url,
      title: `مقالة ${i}`,
      site: new URL(url).hostname,
      lang: 'ar',
      byline: null,
      publishedAt: '2024-01-01',
      firstReadAt: 1000 + i,
      readAt: 2000 + i,
      readCount: 1,
      actorCounts: { iraq: 1 },
      actorIds: ['iraq'],
      claimCount: 1,
    });
    const urls = [
      'https://www.aljazeera.net/news/1',
      'https://www.bbc.com/arabic/articles/2',
      'https://m.aawsat.com/3',
      'https://blog.example/4',
    ];
    await v2.table('articles').bulkAdd(urls.map(article));
    const claim = (url: string, i: number) => ({
      id: `${url}#c`,
      articleUrl: url,
      site: new URL(url).hostname,
      articleTitle: `مقالة ${i}`,
      publishedAt: '2024-01-01',
      readAt: 2000 + i,
      lang: 'ar',
      kind: 'statement',
      text: 'قال الوزير إن المحادثات مستمرة.',
      speakerId: null,
      verb: 'قال',
      content: null,
      actorIds: ['iraq'],
      figures: [],
      anchor: { exact: 'قال الوزير', prefix: '', suffix: '' },
      actorDates: ['iraq\u00002024-01-01'],
      figureKeys: [],
    });
    await v2.table('claims').bulkAdd(urls.map(claim));
    v2.close();

    const current = new SiyaqDB(name);
    await current.open();
    expect(current.verno).toBe(DB_VERSION);
    const articles = await current.articles.orderBy('readAt').toArray();
    expect(articles.map((a) => a.outletId)).toEqual(['al-jazeera', 'bbc-arabic', 'asharq-al-awsat', null]);
    // Nothing else changed.
    for (const [i, a] of articles.entries()) expect(a).toEqual({ ...article(urls[i]!, i), outletId: a.outletId });
    expect(await current.articles.where('outletId').equals('al-jazeera').count()).toBe(1);
    const claims = await current.claims.orderBy('readAt').toArray();
    expect(claims.map((c) => [c.outletId, c.credits])).toEqual([
      ['al-jazeera', []],
      ['bbc-arabic', []],
      ['asharq-al-awsat', []],
      [null, []],
    ]);
    expect(await claimsAbout(current, 'iraq')).toHaveLength(4);
    current.close();
  });
});
