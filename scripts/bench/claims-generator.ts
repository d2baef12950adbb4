import { ANCHOR_CONTEXT, type ReportClaim } from '../../lib/report';
import { ARABIC_SITES } from '../../lib/sites';
import { toClaimRecord } from '../../lib/store/claims';
import type { SiyaqDB } from '../../lib/store/db';
import type { StoredFigure } from '../../lib/report';
import type { ClaimRecord } from '../../lib/store/types';

/** An actor of the bundled base, as much of it as a claim needs. */
export interface GenActor {
  id: string;
  ar: string;
  person: boolean;
}

export const CLAIMS_PER_ARTICLE = 8;

/** mulberry32: claim `i` always gets the same numbers, so 10,000 claims are the first 10,000 of 100,000. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * Picks rank r with probability ∝ 1/(r+1)^1.1, as news coverage is skewed: the first actors
 * of the list are in a large share of the claims, most actors in a handful.
 */
function zipf<T>(items: readonly T[]): (u: number) => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 0; r < items.length; r++) {
    sum += 1 / (r + 1) ** 1.1;
    cumulative.push(sum);
  }
  return (u) => {
    const x = u * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

const VERBS = ['قال', 'أكد', 'أعلن', 'صرّح', 'أوضح', 'نفى', 'حذّر', 'كشف'];
const PREDICATES = [
  'لن تقبل بأي تسوية لا تضمن وقف إطلاق النار بشكل دائم',
  'تعمل على تشكيل حكومة جديدة خلال الأسابيع المقبلة',
  'ستواصل المفاوضات رغم الخلافات حول الملفات العالقة',
  'تتحمل مسؤولية التصعيد الأخير في المنطقة',
  'بحثت مع الوفد الزائر سبل تعزيز التعاون الاقتصادي والأمني',
  'ترفض التدخل في الشؤون الداخلية للدول المجاورة',
  'وافقت على خطة لإعادة الإعمار بتمويل دولي',
  'دعت إلى عقد اجتماع طارئ لمجلس الأمن',
];
const FIGURES: { unit: string; noun: string; phrase: string; min: number; max: number }[] = [
  { unit: 'soldier', noun: 'جندي', phrase: 'ستنشر', min: 500, max: 12000 },
  { unit: 'usd', noun: 'دولار', phrase: 'خصصت', min: 1_000_000, max: 9_000_000_000 },
  { unit: 'killed', noun: 'قتيلا', phrase: 'أحصت', min: 3, max: 900 },
  { unit: 'displaced', noun: 'نازح', phrase: 'استقبلت', min: 200, max: 250_000 },
  { unit: 'percent', noun: 'بالمئة', phrase: 'توقعت نموا بنسبة', min: 1, max: 40 },
];

/** Claims `from` to `to` (exclusive), `CLAIMS_PER_ARTICLE` to an article, newest articles last. */
export function generateClaims(actors: readonly GenActor[], from: number, to: number): ClaimRecord[] {
  const people = zipf(actors.filter((a) => a.person));
  const anyone = zipf(actors);
  const out: ClaimRecord[] = [];
  for (let i = from; i < to; i++) {
    const rnd = random(i + 1);
    const article = Math.floor(i / CLAIMS_PER_ARTICLE);
    const site = ARABIC_SITES[article % ARABIC_SITES.length]!;
    // One article every 20 minutes, back from 2026-11-01: 100,000 claims span about seven months.
    const published = Date.parse('2026-11-01T00:00:00Z') - (12_500 - article) * 20 * 60_000;
    const speaker = rnd() < 0.8 ? people(rnd()) : null;
    const subjects = [anyone(rnd()), ...(rnd() < 0.4 ? [anyone(rnd())] : [])].filter((a) => a !== speaker);
    const subject = subjects[0] ?? anyone(rnd());
    const verb = VERBS[Math.floor(rnd() * VERBS.length)]!;
    const lead = speaker ? `${verb} ${speaker.ar} إن ` : 'وبحسب مصادر مطلعة فإن ';
    let content: string;
    let figures: StoredFigure[] = [];
    if (rnd() < 0.3) {
      const f = FIGURES[Math.floor(rnd() * FIGURES.length)]!;
      const value = Math.round(f.min + rnd() * (f.max - f.min));
      const text = `${value} ${f.noun}`;
      content = `${subject.ar} ${f.phrase} ${text}${subjects[1] ? ` بالتنسيق مع ${subjects[1].ar}` : ''}`;
      figures = [{ value, unit: f.unit, text, actorIds: [subject.id] }];
    } else {
      content = `${subject.ar} ${PREDICATES[Math.floor(rnd() * PREDICATES.length)]}${subjects[1] ? ` بالتنسيق مع ${subjects[1].ar}` : ''}`;
    }
    const text = `${lead}${content}.`;
    const claim: ReportClaim = {
      kind: figures.length ? 'figure' : 'statement',
      text,
      speakerId: speaker?.id ?? null,
      verb: speaker ? verb : null,
      content,
      actorIds: subjects.map((a) => a.id),
      figures,
      anchor: {
        exact: text,
        prefix: `وفي سياق متصل، جرى تداول الخبر ${i}`.slice(-ANCHOR_CONTEXT),
        suffix: 'وأضاف أن المشاورات مستمرة'.slice(0, ANCHOR_CONTEXT),
      },
    };
    const record = toClaimRecord(
      {
        url: `https://www.${site}/news/${article}`,
        site,
        title: `${subject.ar}: تطورات جديدة في الملف ${article}`,
        publishedAt: new Date(published).toISOString(),
        readAt: published + 3_600_000,
        lang: 'ar',
      },
      claim,
    );
    out.push(record);
  }
  return out;
}

/** The most frequent actor of the generated claims: the first person of the list. */
export const popularActor = (actors: readonly GenActor[]) => actors.find((a) => a.person)!;

/** Writes claims `from` to `to` in batches, as the background would over many readings. */
export async function fillClaims(db: SiyaqDB, actors: readonly GenActor[], from: number, to: number, batch = 2_000): Promise<number> {
  for (let i = from; i < to; i += batch) await db.claims.bulkPut(generateClaims(actors, i, Math.min(to, i + batch)));
  return db.claims.count();
}
