import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchorOf, type PageReport, REPORT_SCHEMA_VERSION, type ReportClaim } from '@/lib/report';
import { recordVisit } from '@/lib/store/articles';
import { claimsAbout, figureConflicts } from '@/lib/store/claims';
import { SiyaqDB } from '@/lib/store/db';

function claim(text: string, speakerId: string | null, actorIds: string[], figures: ReportClaim['figures'] = []): ReportClaim {
  const body = `مقدمة. ${text} خاتمة.`;
  const at = body.indexOf(text);
  return {
    kind: speakerId ? 'statement' : 'figure',
    text,
    speakerId,
    verb: speakerId ? 'قال' : null,
    content: null,
    actorIds,
    figures,
    anchor: anchorOf(body, at, at + text.length),
  };
}

function page(url: string, publishedAt: string, claims: ReportClaim[]): PageReport {
  return {
    schema: REPORT_SCHEMA_VERSION,
    url,
    title: `مقالة ${url}`,
    site: new URL(url).hostname,
    lang: 'ar',
    byline: null,
    publishedAt,
    isArticle: true,
    actors: [],
    figures: claims.flatMap((c) => c.figures),
    claims,
  };
}

describe('claims in the store', () => {
  let db: SiyaqDB;
  beforeEach(() => {
    db = new SiyaqDB(`claims-${Math.random()}`);
  });
  afterEach(() => db.delete());

  it('re-reading an article replaces its claims instead of duplicating them', async () => {
    const a = page('https://a.example/1', '2020-08-24', [claim('قال الكاظمي إن الاجتماع ناجح.', 'kadhimi', ['trump'])]);
    await recordVisit(db, a, 1);
    await recordVisit(db, a, 2);
    expect(await db.claims.count()).toBe(1);
    const edited = page('https://a.example/1', '2020-08-24', [claim('قال الكاظمي إن الاجتماع ناجح ومهم.', 'kadhimi', ['trump'])]);
    await recordVisit(db, edited, 3);
    const all = await db.claims.toArray();
    expect(all.map((c) => c.text)).toEqual(['قال الكاظمي إن الاجتماع ناجح ومهم.']);
    expect((await db.articles.get('https://a.example/1'))?.claimCount).toBe(1);
  });

  it('lists the claims about an actor newest first, by publication date, a page at a time', async () => {
    await recordVisit(
      db,
      page('https://a.example/old', '2019-01-01', [
        claim('قديم عن العراق.', null, ['iraq'], [{ value: 5000, unit: 'soldier', text: '5000 جندي' }]),
      ]),
      1,
    );
    await recordVisit(db, page('https://b.example/new', '2024-05-05', [claim('جديد عن العراق.', 'sudani', ['iraq'])]), 2);
    await recordVisit(db, page('https://c.example/mid', '2021-03-03', [claim('وسط عن إيران.', 'kadhimi', ['iran'])]), 3);
    expect((await claimsAbout(db, 'iraq')).map((c) => c.publishedAt)).toEqual(['2024-05-05', '2019-01-01']);
    expect((await claimsAbout(db, 'iraq', 1)).map((c) => c.publishedAt)).toEqual(['2024-05-05']);
    expect((await claimsAbout(db, 'iraq', 1, 1)).map((c) => c.publishedAt)).toEqual(['2019-01-01']);
    expect((await claimsAbout(db, 'kadhimi')).map((c) => c.articleUrl)).toEqual(['https://c.example/mid']);
    // An id that is a prefix of another does not leak into its range.
    expect(await claimsAbout(db, 'ira')).toEqual([]);
  });

  it('puts different values of one quantity about one actor, from articles of the same time, side by side', async () => {
    const troops = (n: number) => [{ value: n, unit: 'soldier', text: `${n} جندي` }];
    await recordVisit(
      db,
      page('https://x.example/1', '2024-09-20', [
        claim('لدى الولايات المتحدة 5000 جندي في العراق.', null, ['united-states', 'iraq'], troops(5000)),
      ]),
      1,
    );
    await recordVisit(
      db,
      page('https://y.example/2', '2024-09-28', [
        claim('يبلغ عدد القوات الأمريكية 2500 جندي.', 'pentagon', ['united-states'], troops(2500)),
      ]),
      2,
    );
    await recordVisit(db, page('https://z.example/3', '2024-10-01', [claim('نحو 2500 جندي.', null, ['united-states'], troops(2500))]), 3);
    const [conflict, ...rest] = await figureConflicts(db, 'united-states');
    expect(rest).toEqual([]);
    expect(conflict!.unit).toBe('soldier');
    expect(conflict!.values.map((v) => [v.value, v.claims.map((c) => c.site)])).toEqual([
      [2500, ['z.example', 'y.example']],
      [5000, ['x.example']],
    ]);
    // The card says why they stand side by side.
    expect(conflict!.reason).toEqual({
      actorId: 'united-states',
      unit: 'soldier',
      articles: 3,
      from: '2024-09-20',
      to: '2024-10-01',
      days: 11,
    });
    expect(await figureConflicts(db, 'iraq')).toEqual([]);
  });

  // Issue 17 point 2: 2,500 against 5,200 soldiers, both from one article, both US troop numbers at
  // two dates, shown on the ISIS card.
  it('does not set against each other two figures of one article, nor figures years apart', async () => {
    const troops = (n: number, actorIds: string[]) => [{ value: n, unit: 'soldier', text: `${n} جندي`, actorIds }];
    await recordVisit(
      db,
      page('https://x.example/one', '2024-09-28', [
        claim('ينتشر 2500 جندي أمريكي في العراق.', null, ['united-states', 'isis'], troops(2500, ['united-states'])),
        claim('وكان عددهم 5200 جندي عام 2020.', null, ['united-states', 'isis'], troops(5200, ['united-states'])),
      ]),
      1,
    );
    expect(await figureConflicts(db, 'united-states')).toEqual([]);
    await recordVisit(
      db,
      page('https://y.example/old', '2020-08-24', [claim('5000 جندي.', null, ['united-states'], troops(5000, ['united-states']))]),
      2,
    );
    expect(await figureConflicts(db, 'united-states')).toEqual([]);
    // Nor on the card of an actor merely named in those sentences.
    expect(await figureConflicts(db, 'isis')).toEqual([]);
  });

  it('compares no spans of time', async () => {
    const years = (n: number) => [{ value: n, unit: 'year', text: `${n} سنوات`, actorIds: ['iraq'] }];
    await recordVisit(db, page('https://x.example/a', '2024-09-28', [claim('خلال 3 سنوات.', null, ['iraq'], years(3))]), 1);
    await recordVisit(db, page('https://y.example/b', '2024-09-29', [claim('خلال 5 سنوات.', null, ['iraq'], years(5))]), 2);
    expect(await figureConflicts(db, 'iraq')).toEqual([]);
  });
});

describe('figures tied to their clause', () => {
  it('does not set a number about Syria against one about Iraq for the same actor', async () => {
    const { analyzeText } = await import('@/lib/analysis/analyze');
    const { buildReport } = await import('@/lib/report');
    const { BUNDLED } = await import('../../helpers/kb');
    const db = new SiyaqDB(`clause-${Math.random()}`);
    const text = 'وأضاف رايدر أن لدى الولايات المتحدة حالياً نحو 2500 جندي أمريكي في العراق، إلى جانب نحو 900 جندي في سوريا.';
    const analysis = analyzeText(text, BUNDLED, { publishedAt: '2024-09-28' });
    const rep = buildReport(
      { url: 'https://www.alarabiya.net/x', title: 't', site: 'alarabiya.net', byline: null, publishedAt: '2024-09-28', isArticle: true },
      analysis,
    );
    expect(rep.claims[0]!.figures.map((f) => [f.value, f.actorIds])).toEqual([
      [2500, ['united-states', 'iraq']],
      [900, ['syria']],
    ]);
    await recordVisit(db, rep, 1);
    await recordVisit(
      db,
      page('https://www.amad.ps/seed', '2024-09-30', [
        claim('لدى الولايات المتحدة 5000 جندي.', null, ['united-states'], [{ value: 5000, unit: 'soldier', text: '5000 جندي' }]),
      ]),
      2,
    );
    const [conflict] = await figureConflicts(db, 'united-states');
    expect(conflict!.values.map((v) => v.value)).toEqual([2500, 5000]);
    expect(await figureConflicts(db, 'syria')).toEqual([]);
    await db.delete();
  });
});
