import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_META, MAX_REQUEST_TEXT } from '@/lib/background/analyse';
import { LIMITS } from '@/lib/store/limits';
import { SEGMENT } from '@/lib/text/cut';
import { type BackgroundDeps, createHandlers } from '@/lib/background/handlers';
import type { PanelApis } from '@/lib/background/panel';
import { SELECTION } from '@/lib/settings/items';
import { getTabState } from '@/lib/settings/tab-session';
import { compileMatcher } from '@/lib/kb/compile';
import { type PageReport, REPORT_SCHEMA_VERSION } from '@/lib/report';
import { SiyaqDB } from '@/lib/store/db';
import { memoryArea } from '../../helpers/fakes';
import { BUNDLED } from '../../helpers/kb';

vi.mock('@/lib/kb/compile', async (original) => {
  const actual = await original<typeof import('@/lib/kb/compile')>();
  return { ...actual, compileMatcher: vi.fn(actual.compileMatcher) };
});

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
      base: () => BUNDLED,
      ...deps,
    });

  // Test text written for this test (a sentence in the style of the seed article).
  const TEXT = 'وقال رئيس الوزراء العراقي مصطفى الكاظمي إن لدى الولايات المتحدة نحو 5000 جندي في العراق.';
  const meta = {
    url: 'https://www.amad.ps/news/1',
    title: 'الكاظمي',
    site: 'amad.ps',
    byline: null,
    publishedAt: '2020-08-24',
    isArticle: true,
  };

  it('analyses a page’s text with the warm base, stores the visit and answers with offsets into that text', async () => {
    const session = memoryArea();
    const badges: [number, number][] = [];
    const h = handlers({ session, setBadge: (tab, n) => badges.push([tab, n]) });
    const { answer, stored } = await h.analyse({ ...meta, text: TEXT }, 4);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const kadhimi = answer.value.mentions.find((m) => m.actorId === 'mustafa-al-kadhimi');
    expect(kadhimi && TEXT.slice(kadhimi.start, kadhimi.end)).toBe('مصطفى الكاظمي');
    const figure = answer.value.figures[0];
    expect(figure && TEXT.slice(figure.start, figure.end)).toContain('5000');
    expect(answer.value.claims).toHaveLength(1);
    await stored;
    expect(await db.articles.get('https://www.amad.ps/news/1')).toMatchObject({ readCount: 1 });
    expect((await getTabState(session, 4))?.report?.actors.map((a) => a.id)).toContain('mustafa-al-kadhimi');
    expect(badges.at(-1)?.[0]).toBe(4);
    expect(badges.at(-1)?.[1]).toBeGreaterThan(0);
  });

  it('makes text that arrives while the base loads wait for it', async () => {
    let loaded!: () => void;
    const loading = new Promise<void>((r) => {
      loaded = r;
    });
    const h = handlers({
      base: async () => {
        await loading;
        return BUNDLED;
      },
    });
    const asked = h.analyse({ ...meta, text: TEXT }, 1);
    setTimeout(loaded, 20);
    const { answer } = await asked;
    expect(answer.ok && answer.value.mentions.some((m) => m.actorId === 'mustafa-al-kadhimi')).toBe(true);
  });

  it('keeps a tab’s newest page when an older analysis of that tab ends last, and never mixes tabs', async () => {
    const session = memoryArea();
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let calls = 0;
    const h = handlers({
      session,
      base: async () => {
        if (++calls === 1) await held;
        return BUNDLED;
      },
    });
    const older = h.analyse({ ...meta, url: 'https://www.amad.ps/news/old', title: 'old', text: TEXT }, 6);
    const newer = await h.analyse({ ...meta, url: 'https://www.amad.ps/news/new', title: 'new', text: TEXT }, 6);
    const other = await h.analyse({ ...meta, url: 'https://www.amad.ps/news/other', title: 'other', text: '' }, 7);
    await Promise.all([newer.stored, other.stored]);
    release();
    await (await older).stored;
    expect((await getTabState(session, 6))?.report?.title).toBe('new');
    expect((await getTabState(session, 7))?.report?.title).toBe('other');
    // The older page was read all the same: its visit is stored.
    expect(await db.articles.get('https://www.amad.ps/news/old')).toBeDefined();
  });

  it('gives up a long analysis when its tab sends newer text, so that no backlog builds up', async () => {
    const session = memoryArea();
    const h = handlers({ session });
    const long = `${TEXT}\n`.repeat(600);
    expect(long.length).toBeGreaterThan(SEGMENT);
    const first = h.analyse({ ...meta, title: 'first', text: long }, 9);
    const second = h.analyse({ ...meta, title: 'second', text: long }, 9);
    const [a, b] = await Promise.all([first, second]);
    await Promise.all([a.stored, b.stored]);
    expect(a.answer.ok).toBe(false);
    expect(b.answer.ok && b.answer.value.mentions.length).toBeGreaterThan(600);
    expect((await getTabState(session, 9))?.report?.title).toBe('second');
  });

  it('cuts a hostile page’s huge title where it enters, and refuses what is not a page request', async () => {
    const h = handlers();
    const { stored } = await h.analyse({ ...meta, title: 'ع'.repeat(600_000), text: TEXT }, 1);
    await stored;
    expect((await db.articles.get('https://www.amad.ps/news/1'))?.title.length).toBe(Math.min(MAX_META, LIMITS.title));
    for (const bad of [
      null,
      {},
      { ...meta, text: 5 },
      { ...meta, url: 'javascript:alert(1)', text: TEXT },
      { ...meta, text: 'x'.repeat(MAX_REQUEST_TEXT + 1) },
    ])
      expect((await h.analyse(bad, 1)).answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('compiles the reader’s actors once per change, not on every analysis', async () => {
    const compile = vi.mocked(compileMatcher);
    const h = handlers();
    // A reader actor (written for this test) with a name the bundled base does not have.
    const saved = await h.saveActor({
      id: 'reader-x',
      type: 'person',
      names: { ar: 'سليم الورداني', en: 'Salim al-Wardani' },
      note: { ar: 'ملاحظة', en: 'A note.' },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.ok).toBe(true);
    const text = 'وقال سليم الورداني إن الاتفاق قريب.';
    const before = compile.mock.calls.length;
    for (let i = 0; i < 3; i++) {
      const { answer } = await h.analyse({ ...meta, text }, 1);
      expect(answer.ok && answer.value.mentions.map((m) => m.actorId)).toContain('reader-x');
    }
    expect(compile.mock.calls.length - before).toBe(1);
    await h.deleteActor('reader-x');
    const { answer } = await h.analyse({ ...meta, text }, 1);
    expect(answer.ok && answer.value.mentions.map((m) => m.actorId)).not.toContain('reader-x');
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
