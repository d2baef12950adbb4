import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matcherFor } from '@/lib/analysis/matcher';
import { type BackgroundDeps, createHandlers } from '@/lib/background/handlers';
import type { PanelApis } from '@/lib/background/panel';
import { SELECTION } from '@/lib/settings/items';
import { getTabState } from '@/lib/settings/tab-session';
import type { MatcherData } from '@/lib/kb/compile';
import { type PageReport, REPORT_SCHEMA_VERSION } from '@/lib/report';
import { SiyaqDB } from '@/lib/store/db';
import { normalize } from '@/lib/text/normalize';
import { memoryArea } from '../../helpers/fakes';

const report = (overrides: Partial<PageReport> = {}): PageReport => ({
  schema: REPORT_SCHEMA_VERSION,
  url: 'https://www.amad.ps/news/1?utm_source=x',
  title: 'لن تنسحب الولايات المتحدة من العراق',
  site: 'amad.ps',
  lang: 'ar',
  byline: null,
  publishedAt: '2020-08-24',
  isArticle: true,
  actors: [
    { id: 'iraq', type: 'state', name: { ar: 'العراق', en: 'Iraq' }, count: 40 },
    { id: 'donald-trump', type: 'person', name: { ar: 'دونالد ترامب', en: 'Donald Trump' }, count: 5 },
  ],
  figures: [],
  claims: [],
  ...overrides,
});

describe('background handlers', () => {
  let db: SiyaqDB;
  let now = 1_000;
  beforeEach(() => {
    db = new SiyaqDB(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const panels = (result: 'opens' | 'refuses' | 'missing'): PanelApis =>
    result === 'missing'
      ? {}
      : { sidePanel: { open: () => (result === 'opens' ? Promise.resolve() : Promise.reject(new Error('needs a user gesture'))) } };

  /** Handlers over the test's database; each test overrides what it looks at. */
  const handlers = (deps: Partial<BackgroundDeps> = {}) =>
    createHandlers({
      db,
      session: memoryArea(),
      panel: {},
      now: () => now,
      newId: () => `id-${Math.random()}`,
      bundled: () => [],
      matcherJson: () => '{}',
      ...deps,
    });

  it('hands the content script the compiled base as the JSON text it was given', () => {
    const json = readFileSync(join(import.meta.dirname, '../../../generated/matcher.json'), 'utf8');
    const h = handlers({ newId: () => 'id', matcherJson: () => json });
    const res = h.matcher();
    expect(res.ok).toBe(true);
    const data = JSON.parse(res.ok ? res.value : 'null') as MatcherData;
    // The content script builds its matcher from it: a known name must be found.
    expect(
      matcherFor(data)
        .scan(normalize('قال رئيس الوزراء العراقي مصطفى الكاظمي').text)
        .flatMap((m) => m.entries.map((e) => data.actors[e >> 5]?.id)),
    ).toContain('mustafa-al-kadhimi');
  });

  it('stores an article visit under its normalised URL and remembers the report for the tab', async () => {
    const session = memoryArea();
    const h = handlers({ session, panel: panels('opens') });
    const res = await h.report(report(), 7);
    expect(res).toEqual({ ok: true, value: { url: 'https://www.amad.ps/news/1' } });
    const stored = await db.articles.get('https://www.amad.ps/news/1');
    expect(stored).toMatchObject({ title: 'لن تنسحب الولايات المتحدة من العراق', readCount: 1, actorIds: ['iraq', 'donald-trump'] });
    expect((await getTabState(session, 7))?.report?.title).toBe('لن تنسحب الولايات المتحدة من العراق');
  });

  it('updates the record when the same article is read again instead of adding one', async () => {
    const h = handlers();
    await h.report(report(), 1);
    now = 5_000;
    await h.report(report({ url: 'https://www.amad.ps/news/1#top', title: 'عنوان معدل' }), 2);
    const all = await db.articles.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ title: 'عنوان معدل', readCount: 2, firstReadAt: 1_000, readAt: 5_000 });
  });

  it('does not store pages that are not articles, but keeps their report for the panel', async () => {
    const session = memoryArea();
    const h = handlers({ session });
    await h.report(report({ isArticle: false, actors: [] }), 3);
    expect(await db.articles.count()).toBe(0);
    expect((await getTabState(session, 3))?.report?.isArticle).toBe(false);
  });

  it('rejects a malformed report as a value', async () => {
    const h = handlers();
    const res = await h.report({} as PageReport, 1);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it.each([
    ['opens', true],
    ['refuses', false],
    ['missing', false],
  ] as const)('selects the clicked actor whether or not the panel could open (%s)', async (behaviour, opened) => {
    const session = memoryArea();
    const h = handlers({ session, panel: panels(behaviour) });
    const res = await h.openActor('mike-pompeo', 9);
    expect(res).toEqual({ ok: true, value: { opened } });
    expect(session.data.get(SELECTION.key)).toMatchObject({ tabId: 9, actorId: 'mike-pompeo' });
    expect((await getTabState(session, 9))?.selectedActorId).toBe('mike-pompeo');
  });

  it('answers a panel opening on an actor with its card, and with null for an actor nobody has', async () => {
    const iraq = { id: 'iraq', type: 'state' as const, names: { ar: 'العراق', en: 'Iraq' }, note: { ar: '', en: '' } };
    const h = handlers({ bundled: () => [iraq] });
    const res = await h.firstCard('iraq');
    expect(res.ok && res.value?.entry.bundled).toEqual([iraq]);
    expect(res.ok && res.value && 'selectedIn' in res.value).toBe(false);
    expect(await h.firstCard('atlantis')).toEqual({ ok: true, value: null });
    // Without an id: the reader's last selection, with the tab it was made in.
    expect(await h.firstCard(null)).toEqual({ ok: true, value: null });
    await h.openActor('iraq', 5);
    const selected = await h.firstCard(null);
    expect(selected.ok && [selected.value?.actorId, selected.value?.selectedIn]).toEqual(['iraq', 5]);
    db.close();
    expect((await h.firstCard('iraq')).ok).toBe(false);
  });

  it('stores only the declared settings, each with a value of its type', async () => {
    const h = handlers();
    expect(await h.setSetting('lang', 'ar')).toEqual({ ok: true, value: null });
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'ar' });
    expect(await h.setSetting('backup.reminderDays', 7)).toEqual({ ok: true, value: null });
    for (const [key, value] of [
      ['lang', 'fr'],
      ['backup.reminderDays', 0],
      ['backup.reminderDays', '7'],
      ['siyaq:look', { actors: 'green' }],
      ['__proto__', 1],
    ] as const) {
      const res = await h.setSetting(key, value);
      expect(res.ok ? null : res.error.code, key).toBe('invalid-input');
    }
    expect((await db.settings.toArray()).map((s) => [s.key, s.value])).toEqual([
      ['backup.reminderDays', 7],
      ['lang', 'ar'],
    ]);
  });

  it('turns a storage failure into a failure value, not an exception', async () => {
    const h = handlers();
    db.close();
    const res = await h.report(report(), 1);
    expect(res.ok).toBe(false);
  });
});
