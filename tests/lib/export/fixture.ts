import { collectBackupData } from '@/lib/export/collect';
import type { BackupData } from '@/lib/export/types';
import type { Bilingual } from '@/lib/kb/schema';
import { anchorOf, type ReportClaim } from '@/lib/report';
import { type ArticleContext, toClaimRecord } from '@/lib/store/claims';
import { SiyaqDB } from '@/lib/store/db';
import type { ArticleRecord, NoteRecord, ReaderActorRecord } from '@/lib/store/types';

/** Actor ids the bundled base would know, as the import is told. */
export const KNOWN = new Set(['kadhimi', 'donald-trump', 'iraq', 'Q42']);

const NAME_TABLE: Record<string, Bilingual> = {
  kadhimi: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' },
  'donald-trump': { ar: 'دونالد ترامب', en: 'Donald Trump' },
  iraq: { ar: 'العراق', en: 'Iraq' },
  'reader-militia': { ar: 'فصيل محلي', en: 'Local militia' },
  'reader-leader': { ar: 'قائد الفصيل', en: 'Militia leader' },
};
export const names = (id: string): Bilingual | undefined => NAME_TABLE[id];

export const XSS = '<img src=x onerror=alert(1)>';
const T0 = 1_700_000_000_000;

export const ARTICLE_AR = 'https://www.aljazeera.net/news/2020/8/24/kadhimi-trump';
export const ARTICLE_EN = 'https://www.reuters.com/world/iraq?id=5&q=%22talks%22';
export const ARTICLE_EMOJI = 'https://aawsat.com/مقال/😀';

function article(url: string, over: Partial<ArticleRecord>): ArticleRecord {
  return {
    url,
    title: 'عنوان',
    site: new URL(url).hostname.replace(/^www\./, ''),
    lang: 'ar',
    byline: null,
    publishedAt: null,
    firstReadAt: T0,
    readAt: T0 + 1000,
    readCount: 1,
    actorCounts: {},
    actorIds: [],
    claimCount: 0,
    ...over,
  };
}

function claim(a: ArticleRecord, body: string, text: string, c: Omit<ReportClaim, 'text' | 'anchor'>) {
  const at = body.indexOf(text);
  const context: ArticleContext = { url: a.url, site: a.site, title: a.title, publishedAt: a.publishedAt, readAt: a.readAt, lang: a.lang };
  return toClaimRecord(context, { ...c, text, anchor: anchorOf(body, at, at + text.length) });
}

function note(id: string, over: Partial<NoteRecord>): NoteRecord {
  return {
    id,
    kind: 'actor',
    actorId: null,
    claimId: null,
    articleUrl: null,
    anchor: null,
    body: '',
    createdAt: T0 + 5000,
    updatedAt: T0 + 6000,
    ...over,
  };
}

/** A body of exactly `n` UTF-16 units mixing Arabic, Latin, emoji (surrogate pairs) and line breaks. */
export function longText(n: number): string {
  const unit = 'نص طويل 😀 long\n';
  return `${unit.repeat(Math.ceil(n / unit.length)).slice(0, n - 1)}x`;
}

/** Every kind of record, with the text that breaks naive exports: RTL and LTR mixed, quotes, controls. */
export function fixture(): BackupData {
  const a1 = article(ARTICLE_AR, {
    title: 'الكاظمي يلتقي ترامب في “البيت الأبيض” — "زيارة" رسمية',
    byline: 'مراسل الجزيرة',
    publishedAt: '2020-08-24T10:00:00Z',
    readCount: 2,
    actorCounts: { kadhimi: 3, 'donald-trump': 2, 'reader-militia': 1 },
    actorIds: ['kadhimi', 'donald-trump', 'reader-militia'],
    claimCount: 2,
  });
  const a2 = article(ARTICLE_EN, {
    title: 'Iraq’s PM says "talks" went well, 5,000 troops to leave',
    lang: 'en',
    readAt: T0 + 2000,
    actorCounts: { kadhimi: 1 },
    actorIds: ['kadhimi'],
    claimCount: 1,
  });
  const a3 = article(ARTICLE_EMOJI, {
    title: 'مقال 😀👨‍👩‍👧 \u200fاختبار\u200c والـ\u200cنص',
    publishedAt: '2021-03-03',
    readAt: T0 + 3000,
  });

  const body1 = 'مقدمة.\nقال الكاظمي إن "الاجتماع" كان ‘ناجحاً’\tوإنه "مهم".\nخاتمة.';
  const c1 = claim(a1, body1, 'قال الكاظمي إن "الاجتماع" كان ‘ناجحاً’\tوإنه "مهم".', {
    kind: 'statement',
    speakerId: 'kadhimi',
    verb: 'قال',
    content: 'الاجتماع كان ناجحاً',
    actorIds: ['donald-trump'],
    figures: [],
  });
  const body2 = 'وأعلن انسحاب 5000 جندي أمريكي و2,500 آخرين، بحسب الفصيل.';
  const c2 = claim(a1, body2, 'انسحاب 5000 جندي أمريكي و2,500 آخرين', {
    kind: 'figure',
    speakerId: null,
    verb: null,
    content: null,
    actorIds: ['donald-trump', 'reader-militia'],
    figures: [
      // As the pipeline stores it since figures name their actors: a subset of the claim's.
      { value: 5000, unit: 'soldier', text: '5000 جندي', actorIds: ['donald-trump'] },
      { value: 2500.5, unit: 'soldier', text: '2,500' },
    ],
  });
  const body3 = 'Kadhimi said 2,500 troops would stay, "for now".';
  const c3 = claim(a2, body3, body3, {
    kind: 'statement',
    speakerId: 'kadhimi',
    verb: 'said',
    content: '2,500 troops would stay',
    actorIds: [],
    figures: [{ value: 2500, unit: 'soldier', text: '2,500 troops' }],
  });

  const readerActors: ReaderActorRecord[] = [
    {
      id: 'reader-leader',
      actor: {
        id: 'reader-leader',
        type: 'person',
        names: { ar: 'قائد الفصيل', en: 'Militia leader' },
        roles: [{ role: 'group_leader', of: 'reader-militia', start: '2019' }],
        note: { ar: 'أضافه القارئ', en: 'Added by the reader' },
      },
      source: { kind: 'pack', name: 'حزمتي “الخاصة”' },
      createdAt: T0,
      updatedAt: T0 + 10,
    },
    {
      id: 'reader-militia',
      actor: {
        id: 'reader-militia',
        type: 'armed_group',
        names: { ar: 'فصيل محلي', en: 'Local militia' },
        aliases: { ar: ['الفصيل المحلي'] },
        country: 'iraq',
        affiliations: [{ kind: 'allied_with', target: 'reader-leader' }],
        note: { ar: 'فصيل 😀 "محلي"', en: 'A local group, \u200fRLM inside' },
      },
      source: { kind: 'reader' },
      createdAt: T0,
      updatedAt: T0 + 20,
    },
  ];

  const notes: NoteRecord[] = [
    note('n-actor', { kind: 'actor', actorId: 'kadhimi', body: 'رئيس وزراء سابق.\nيُقتبس كثيراً 😀 — “بحذر”.\n\n\tسطر بعد تبويب' }),
    note('n-claim', {
      kind: 'claim',
      claimId: c1.id,
      articleUrl: ARTICLE_AR,
      actorId: 'kadhimi',
      body: 'Trump قال إن العدد 5000 وليس 2,500، انظر https://example.com/a_b?x=1 للمزيد.',
    }),
    note('n-article', {
      kind: 'article',
      articleUrl: ARTICLE_EN,
      body: 'English note: the "talks" figure contradicts Al Jazeera.',
      tags: ['تحقق', 'troops count'],
    }),
    note('n-passage', {
      kind: 'passage',
      articleUrl: ARTICLE_EMOJI,
      anchor: { exact: 'نص \u200cالمقطع 👨‍👩‍👧', prefix: 'قبل ', suffix: ' بعد' },
      position: { start: 4, end: 18 },
      body: `${XSS}\n[click](javascript:alert(1))\n# عنوان مزيف\n=HYPERLINK("http://evil")\n- قائمة\n1. مرقمة\n%%مخفي%% ==مظلل== #وسم $x$ \\ نهاية`,
    }),
    note('n-long', { kind: 'actor', actorId: 'reader-militia', body: longText(100_000), createdAt: T0 + 7000, updatedAt: T0 + 8000 }),
    note('n-controls', {
      kind: 'passage',
      articleUrl: ARTICLE_AR,
      anchor: { exact: 'الاجتماع', prefix: '', suffix: '' },
      body: 'تحذير \u202eمعكوس\nعزل \u2068مفتوح وسطر \u2069\u2069 مغلق، نصف زوج \ud83d هنا',
    }),
    note('n-empty', { kind: 'claim', claimId: c2.id, articleUrl: ARTICLE_AR, body: '' }),
  ];

  return {
    articles: [a1, a2, a3].sort((x, y) => (x.url < y.url ? -1 : 1)),
    claims: [c1, c2, c3].sort((x, y) => (x.id < y.id ? -1 : 1)),
    notes: notes.sort((x, y) => (x.id < y.id ? -1 : 1)),
    readerActors,
    settings: [
      { key: 'backup.lastExportAt', value: T0 - 86_400_000 },
      { key: 'panel.layout', value: { width: 320, pinned: ['kadhimi'], nested: { a: [1, 2.5, null, true, 'نص'] } } },
      { key: 'ui.lang', value: 'ar' },
    ],
  };
}

export function openDb(): SiyaqDB {
  return new SiyaqDB(`export-${Math.random()}`);
}

export async function fill(db: SiyaqDB, data: BackupData): Promise<void> {
  await db.transaction('rw', [db.articles, db.claims, db.notes, db.readerActors, db.settings], async () => {
    await db.articles.bulkAdd(data.articles);
    await db.claims.bulkAdd(data.claims);
    await db.notes.bulkAdd(data.notes);
    await db.readerActors.bulkAdd(data.readerActors);
    await db.settings.bulkAdd(data.settings);
  });
}

/** Everything in the store, as the backup reads it; throws if the read fails, which fails the test. */
export async function dump(db: SiyaqDB): Promise<BackupData> {
  const r = await collectBackupData(db);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The dump as text: equal text means the stores hold the same bytes, key order included. */
export async function dumpText(db: SiyaqDB): Promise<string> {
  return JSON.stringify(await dump(db));
}
