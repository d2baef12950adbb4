// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimItem } from '@/components/ClaimItem';
import { HistoryView } from '@/components/HistoryView';
import { ThisPage } from '@/components/ThisPage';
import { analyzeText } from '@/lib/analysis/analyze';
import { BUNDLED_ACTORS } from '@/lib/kb/bundled';
import { buildReport } from '@/lib/report';
import { recordVisit } from '@/lib/store/articles';
import { SiyaqDB } from '@/lib/store/db';
import { BUNDLED } from '../helpers/kb';
import { ACTORS, fillStore, report } from './fixtures';
import { byText, expectAccessible, fakeServices, mount, unmountAll, until } from './harness';

// The fixture store's actors and the bundled base's outlets, countries and owners.
const WITH_OUTLETS = [...ACTORS, ...BUNDLED_ACTORS.filter((a) => !ACTORS.some((b) => b.id === a.id))];
const DAY = 86_400_000;

/** A page read through the real pipeline: analysis (with its URL) → report → store. Text written for these tests. */
async function read(db: SiyaqDB, url: string, text: string, at: number) {
  const analysis = analyzeText(text, BUNDLED, { url });
  const meta = { url, title: 'مقالة', site: new URL(url).hostname.replace(/^www\./, ''), byline: null, publishedAt: null, isArticle: true };
  const r = buildReport(meta, analysis);
  await recordVisit(db, r, at);
  return r;
}

describe('the outlet behind each article, in the panel', () => {
  let db: SiyaqDB;
  beforeEach(async () => {
    db = new SiyaqDB(`outlets-${Math.random()}`);
    await fillStore(db);
  });
  afterEach(async () => {
    await unmountAll();
    await db.delete();
  });

  it('This page opens with the outlet: name, owner, country, ownership, founding year and the articles read from it', async () => {
    const { services } = fakeServices(db, WITH_OUTLETS);
    const page = await read(db, 'https://www.aljazeera.net/news/2026/1/1/x', 'الدوحة (رويترز) - قال المتحدث إن الاجتماع انتهى.', 3_000);
    await read(db, 'https://www.aljazeera.net/news/2026/1/2/y', 'قال الوزير إن الحدود مفتوحة.', 4_000);
    const { root } = await mount(<ThisPage report={page} />, services, 'en');
    const outlet = root.querySelector('section.outlet')!;
    expect(root.querySelector('article > section')).toBe(outlet);
    expect(outlet.querySelector('.outlet-name')?.textContent).toBe('Al Jazeera');
    await until(() => expect(outlet.querySelector('[data-testid=outlet-read-count]')?.textContent).toBe('2'));
    const facts = Object.fromEntries([...outlet.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(facts).toEqual({ Country: 'Qatar', Ownership: 'State-funded', Founded: '1996', 'Articles you read from it': '2' });
    // The page's claim shows the agency it credits.
    expect(root.querySelector('.claims .credits')?.textContent).toBe('via Reuters');
    await expectAccessible(root);
  });

  it('names the owner when the base knows it, in Arabic, and says plainly when the site is no known outlet', async () => {
    const { services } = fakeServices(db, WITH_OUTLETS);
    const page = await read(db, 'https://www.alarabiya.net/2024/troops', 'قال المتحدث إن القوات باقية.', 3_000);
    let { root } = await mount(<ThisPage report={page} />, services, 'ar');
    const facts = Object.fromEntries(
      [...root.querySelectorAll('section.outlet dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(facts).toMatchObject({ المالك: 'مجموعة إم بي سي', البلد: 'السعودية', التأسيس: '2003' });
    expect(facts).not.toHaveProperty('الملكية');
    await expectAccessible(root);
    ({ root } = await mount(<ThisPage report={report('https://blog.example/x', '2020-01-01', [])} />, services, 'en'));
    expect(root.querySelector('section.outlet')?.textContent).toContain('not among the outlets Siyaq knows');
  });

  it("an actor's claim shows its outlet and the agency it credits", async () => {
    const { services } = fakeServices(db, WITH_OUTLETS);
    await read(db, 'https://www.skynewsarabia.com/middle-east/1', 'وقال رئيس الوزراء العراقي لرويترز إن الانسحاب سيكتمل.', 3_000);
    const [claim] = (await db.claims.toArray()).filter((c) => c.site === 'skynewsarabia.com');
    expect(claim?.credits).toEqual(['reuters']);
    const { root, openActor } = await mount(
      <ul>
        <ClaimItem claim={claim!} />
      </ul>,
      services,
      'en',
    );
    expect(root.querySelector('.outlet')?.textContent).toBe('Sky News Arabia');
    expect(root.querySelector('.credits')?.textContent).toBe('(via Reuters) ');
    byText(root, 'button', 'Sky News Arabia')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(openActor).toHaveBeenCalledWith('sky-news-arabia');
  });

  it('history shows the reading diet by outlet, country and ownership over the chosen period', async () => {
    const { services } = fakeServices(db, WITH_OUTLETS);
    await read(db, 'https://www.aljazeera.net/news/a', 'قال الوزير إن الحدود مفتوحة.', 30 * DAY);
    await read(db, 'https://www.aljazeera.net/news/b', 'قال الوزير إن الحدود مغلقة.', 45 * DAY);
    await read(db, 'https://www.spa.gov.sa/n/1', 'قال الوزير إن الزيارة ناجحة.', 46 * DAY);
    services.now = () => 46 * DAY + 1000;
    const { root } = await mount(<HistoryView />, services, 'en');
    const rows = (id: string) =>
      [...root.querySelectorAll(`#${id} tbody tr`)].map(
        (tr) => `${tr.querySelector('th')?.textContent} ${tr.querySelector('.n')?.textContent}`,
      );
    // The last 30 days: the three new articles, not the two of 1970.
    await until(() => expect(rows('diet-outlets')).toEqual(['Al Jazeera 2', 'Saudi Press Agency 1']));
    expect(rows('diet-countries')).toEqual(['Qatar 2', 'Saudi Arabia 1']);
    expect(rows('diet-ownership')).toEqual(['State-funded 2', 'State-owned 1']);
    expect(root.querySelector('#diet-outlets svg')?.getAttribute('aria-hidden')).toBe('true');
    const period = root.querySelector('.diet select') as HTMLSelectElement;
    period.value = '7';
    period.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(rows('diet-outlets')).toEqual(['Al Jazeera 1', 'Saudi Press Agency 1']));
    period.value = '0';
    period.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(rows('diet-outlets')).toEqual(['Al Jazeera 2', 'Al Arabiya 1', 'Amad 1', 'Saudi Press Agency 1']));
    expect(rows('diet-ownership')).toEqual(['State-funded 2', 'State-owned 1', 'Not recorded 2']);
    await expectAccessible(root);
  });
});
