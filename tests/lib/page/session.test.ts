// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { analysePage } from '@/lib/background/analyse';
import type { HighlightEnv, HighlightLike } from '@/lib/highlight/highlighter';
import { PageController, SETTLE_MS } from '@/lib/page/controller';
import type { SessionDeps } from '@/lib/page/deps';
import { ANSWER_MS, PageSession } from '@/lib/page/session';
import type { AnalyseRequest, PageMarks } from '@/lib/report';
import { FakeHighlight } from '../../helpers/fakes';
import { BUNDLED } from '../../helpers/kb';

// Test text written for these tests, in the style of an Aljazeera report.
const ARTICLE = `<main><article><h1>السوداني في واشنطن</h1>
<p>زار رئيس الوزراء العراقي محمد شياع السوداني العاصمة الأمريكية واشنطن، حيث التقى الرئيس جو بايدن في البيت الأبيض لبحث مستقبل التحالف الدولي في العراق وسبل دعم القوات العراقية.</p>
<p>وقال السوداني في مؤتمر صحفي إن بغداد تريد علاقة متوازنة مع الولايات المتحدة، مؤكدا أن القوات العراقية باتت قادرة على مواجهة تنظيم داعش من دون قوات أجنبية على أرضها.</p>
<p>وأضاف أن حكومته ستواصل الحوار مع واشنطن بشأن جدول زمني لانسحاب قوات التحالف، بينما رحبت طهران بالزيارة وقالت إنها خطوة نحو السيادة الكاملة للعراق.</p>
</article></main>`;
const URL = 'https://www.aljazeera.net/news/2024/4/15/sudani-washington';

/** The background's analysis, answered after a task as a message would be. */
const background = async (request: AnalyseRequest): Promise<PageMarks> => {
  await new Promise((r) => setTimeout(r, 0));
  return structuredClone((await analysePage(structuredClone(request), BUNDLED)).marks);
};

function page(deps: Partial<SessionDeps> = {}) {
  document.documentElement.setAttribute('lang', 'ar');
  document.body.innerHTML = ARTICLE;
  const registry = new Map<string, HighlightLike>();
  const env: HighlightEnv = { registry, createHighlight: () => new FakeHighlight(), caretAt: () => null };
  const full: SessionDeps = {
    win: window as Window & typeof globalThis,
    analyse: background,
    env,
    openActor: () => {},
    pause: () => Promise.resolve(),
    ...deps,
  };
  const painted = () => [...registry.values()].flatMap((h) => [...(h as FakeHighlight).ranges]) as Range[];
  return { full, painted };
}

function session(deps: Partial<SessionDeps> = {}) {
  const { full, painted } = page(deps);
  const s = new PageSession(full);
  s.url = URL;
  return { s, painted };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PageSession', () => {
  it('paints what the background answered, on the words it names', async () => {
    const { s, painted } = session();
    const result = await s.run();
    expect(result?.detection.isArticle).toBe(true);
    expect(painted().map((r) => r.toString())).toContain('محمد شياع السوداني');
  });

  it('sends the metadata of a page that is not an article, with no text, and paints nothing', async () => {
    const sent: AnalyseRequest[] = [];
    const { s, painted } = session({
      analyse: (r) => {
        sent.push(r);
        return background(r);
      },
    });
    document.body.innerHTML = '<nav><a href="/">الرئيسية</a></nav>';
    await s.run();
    expect(sent).toMatchObject([{ isArticle: false, text: '' }]);
    expect(painted()).toEqual([]);
  });

  it('paints nothing on text the page removed while the background was analysing', async () => {
    const { s, painted } = session({
      analyse: async (r) => {
        // The page replaces its paragraphs meanwhile, as live pages do.
        document.querySelector('article')!.innerHTML = '<p>نص جديد كتبته الصفحة بعد أن جمع سياق النص القديم.</p>';
        return background(r);
      },
    });
    await s.run();
    expect(painted().every((r) => r.startContainer.isConnected && r.endContainer.isConnected)).toBe(true);
    expect(painted().map((r) => r.toString())).not.toContain('محمد شياع السوداني');
  });

  it('leaves the page as it is when the background does not answer within ANSWER_MS', async () => {
    const timers: { fn: () => void; ms: number }[] = [];
    const { s, painted } = session({
      analyse: () => new Promise(() => {}),
      setTimeout: (fn, ms) => timers.push({ fn, ms }),
      clearTimeout: () => {},
    });
    const run = s.run();
    await new Promise((r) => setTimeout(r, 0));
    expect(timers.map((t) => t.ms)).toEqual([ANSWER_MS]);
    timers[0]!.fn();
    expect(await run).toBeNull();
    expect(painted()).toEqual([]);
  });

  it('leaves the page as it is when the background fails (an extension being updated)', async () => {
    const { s, painted } = session({ analyse: () => Promise.reject(new Error('Extension context invalidated.')) });
    expect(await s.run()).toBeNull();
    expect(painted()).toEqual([]);
  });

  it('drops an answer that comes after the page was left (stop: navigation, unload)', async () => {
    let answer!: () => void;
    const { s, painted } = session({
      analyse: (r) =>
        new Promise((resolve) => {
          answer = () => void background(r).then(resolve);
        }),
    });
    const run = s.run();
    await new Promise((r) => setTimeout(r, 0));
    s.stop();
    answer();
    expect(await run).toBeNull();
    expect(painted()).toEqual([]);
  });
});

describe('PageController on a page that keeps changing', () => {
  it('runs what is asked during an analysis once, after it (the toolbar pressed five times)', async () => {
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    const { full, painted } = page({
      analyse: async (r) => {
        calls++;
        most = Math.max(most, ++inFlight);
        await new Promise((res) => setTimeout(res, 50));
        inFlight--;
        return background(r);
      },
    });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL);
    const controller = new PageController({ ...full, describe: async () => null, t: () => '', uiLang: 'ar', clickOpensPanel: true });
    const runs = [controller.start()];
    await new Promise((r) => setTimeout(r, 10));
    for (let i = 0; i < 4; i++) runs.push(controller.start());
    await Promise.all(runs);
    expect([calls, most]).toEqual([2, 1]);
    expect(painted().map((r) => r.toString())).toContain('محمد شياع السوداني');
    controller.stop();
  });

  it('has one analysis in flight at a time, coalesces changes, and ends with the page’s last text painted', async () => {
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    const { full, painted } = page({
      analyse: async (r) => {
        calls++;
        most = Math.max(most, ++inFlight);
        // A slow background: each analysis takes longer than the page's ticks.
        await new Promise((res) => setTimeout(res, 150));
        try {
          return await background(r);
        } finally {
          inFlight--;
        }
      },
    });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL);
    const controller = new PageController({
      ...full,
      describe: async () => null,
      t: () => '',
      uiLang: 'ar',
      clickOpensPanel: true,
    });
    await controller.start();
    const article = document.querySelector('article')!;
    // A live blog posting every 40 ms for 1.2 s; the last post names an actor the others do not.
    for (let i = 0; i < 30; i++) {
      const p = document.createElement('p');
      p.textContent = i === 29 ? 'وقال الرئيس الإيراني مسعود بزشكيان إن طهران ترحب بالحوار.' : `تحديث رقم ${i} من الميدان.`;
      article.append(p);
      await new Promise((r) => setTimeout(r, 40));
    }
    // Quiet now: the debounce fires, and any run it coalesced into.
    await new Promise((r) => setTimeout(r, SETTLE_MS + 400));
    await controller.analysed;
    expect(most).toBe(1);
    expect(calls).toBeLessThan(10);
    expect(painted().map((r) => r.toString())).toContain('مسعود بزشكيان');
    controller.stop();
  });
});
