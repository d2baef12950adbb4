import type { Actor } from '@/lib/kb/schema';
import { anchorOf, type PageReport, REPORT_SCHEMA_VERSION, type ReportClaim } from '@/lib/report';
import { recordVisit } from '@/lib/store/articles';
import type { SiyaqDB } from '@/lib/store/db';

export const ACTORS: Actor[] = [
  {
    id: 'iraq',
    type: 'state',
    names: { ar: 'العراق', en: 'Iraq' },
    note: { ar: 'دولة عربية عاصمتها بغداد.', en: 'An Arab state; its capital is Baghdad.' },
  },
  {
    id: 'united-states',
    type: 'state',
    names: { ar: 'الولايات المتحدة', en: 'United States' },
    note: { ar: 'دولة في أمريكا الشمالية.', en: 'A state in North America.' },
  },
  {
    id: 'mustafa-al-kadhimi',
    type: 'person',
    names: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' },
    aliases: { ar: ['الكاظمي'] },
    roles: [
      {
        role: 'intelligence_chief',
        of: 'iraq',
        title: { ar: 'رئيس جهاز المخابرات', en: 'Head of the Intelligence Service' },
        start: '2016',
        end: '2020',
      },
      { role: 'prime_minister', of: 'iraq', start: '2020-05-07', end: '2022-10-27' },
    ],
    affiliations: [{ kind: 'member_of', target: 'iraq' }],
    country: 'iraq',
    note: { ar: 'رئيس وزراء العراق من 2020 إلى 2022.', en: 'Prime Minister of Iraq from 2020 to 2022.' },
    links: { wikipedia: { ar: 'مصطفى الكاظمي', en: 'Mustafa Al-Kadhimi' } },
  },
  {
    id: 'us-department-of-defense',
    type: 'organisation',
    names: { ar: 'وزارة الدفاع الأمريكية', en: 'US Department of Defense' },
    aliases: { ar: ['البنتاغون'] },
    note: { ar: 'وزارة الدفاع في الولايات المتحدة.', en: 'The defence ministry of the United States.' },
  },
];

export function claim(text: string, speakerId: string | null, actorIds: string[], figures: ReportClaim['figures'] = []): ReportClaim {
  const body = `قبل. ${text} بعد.`;
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

export function report(url: string, publishedAt: string, claims: ReportClaim[], title = 'مقالة'): PageReport {
  return {
    schema: REPORT_SCHEMA_VERSION,
    url,
    title,
    site: new URL(url).hostname.replace(/^www\./, ''),
    lang: 'ar',
    byline: null,
    publishedAt,
    isArticle: true,
    actors: [
      { id: 'iraq', type: 'state', name: { ar: 'العراق', en: 'Iraq' }, count: 4 },
      { id: 'mustafa-al-kadhimi', type: 'person', name: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' }, count: 2 },
    ],
    figures: claims.flatMap((c) => c.figures),
    claims,
  };
}

/** Two articles about US troops in Iraq that disagree on the number, and a statement. */
export async function fillStore(db: SiyaqDB): Promise<void> {
  await recordVisit(
    db,
    report('https://www.amad.ps/2020/seed', '2020-08-24', [
      claim(
        'ولدى الولايات المتحدة نحو 5000 جندي في العراق.',
        null,
        ['united-states', 'iraq'],
        [{ value: 5000, unit: 'soldier', text: '5000 جندي' }],
      ),
      claim('وقال الكاظمي إن الاجتماع كان ناجحا ومهما.', 'mustafa-al-kadhimi', ['united-states']),
    ]),
    1_000,
  );
  await recordVisit(
    db,
    report('https://www.alarabiya.net/2024/troops', '2024-09-28', [
      claim(
        'وقال البنتاغون إن نحو 2500 جندي أمريكي ينتشرون في العراق.',
        'us-department-of-defense',
        ['united-states', 'iraq'],
        [{ value: 2500, unit: 'soldier', text: '2500 جندي' }],
      ),
      claim('أكد الكاظمي في مقابلة سابقة أن مسؤولية الأمن عراقية.', 'mustafa-al-kadhimi', ['iraq']),
    ]),
    2_000,
  );
}
