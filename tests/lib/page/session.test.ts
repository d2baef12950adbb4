// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { HighlightEnv, HighlightLike } from '@/lib/highlight/highlighter';
import { PageSession } from '@/lib/page/session';
import { FakeHighlight } from '../../helpers/fakes';
import { BUNDLED } from '../../helpers/kb';

const ARTICLE = `<main><article><h1>السوداني في واشنطن</h1>
<p>زار رئيس الوزراء العراقي محمد شياع السوداني العاصمة الأمريكية واشنطن، حيث التقى الرئيس جو بايدن في البيت الأبيض لبحث مستقبل التحالف الدولي في العراق وسبل دعم القوات العراقية.</p>
<p>وقال السوداني في مؤتمر صحفي إن بغداد تريد علاقة متوازنة مع الولايات المتحدة، مؤكدا أن القوات العراقية باتت قادرة على مواجهة تنظيم داعش من دون قوات أجنبية على أرضها.</p>
<p>وأضاف أن حكومته ستواصل الحوار مع واشنطن بشأن جدول زمني لانسحاب قوات التحالف، بينما رحبت طهران بالزيارة وقالت إنها خطوة نحو السيادة الكاملة للعراق.</p>
</article></main>`;

function session(pause: () => Promise<void>) {
  document.documentElement.setAttribute('lang', 'ar');
  document.body.innerHTML = ARTICLE;
  const registry = new Map<string, HighlightLike>();
  const env: HighlightEnv = { registry, createHighlight: () => new FakeHighlight(), caretAt: () => null };
  const s = new PageSession({
    doc: document,
    url: 'https://www.aljazeera.net/news/2024/4/15/sudani-washington',
    data: async () => BUNDLED,
    env,
    report: () => {},
    openActor: () => {},
    pause,
  });
  const painted = () => [...registry.values()].flatMap((h) => [...(h as FakeHighlight).ranges]) as Range[];
  return { s, painted };
}

describe('PageSession', () => {
  it('paints the article it analysed', async () => {
    const { s, painted } = session(() => Promise.resolve());
    await s.run();
    expect(painted().map((r) => r.toString())).toContain('محمد شياع السوداني');
  });

  it('paints nothing on text the page removed while the analysis paused', async () => {
    let pauses = 0;
    const { s, painted } = session(async () => {
      // After the text is collected, the page replaces its paragraphs, as live pages do.
      if (++pauses === 3) {
        const article = document.querySelector('article')!;
        article.innerHTML = '<p>نص جديد كتبته الصفحة بعد أن جمع سياق النص القديم.</p>';
      }
    });
    await s.run();
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(painted().every((r) => r.startContainer.isConnected && r.endContainer.isConnected)).toBe(true);
    expect(painted().map((r) => r.toString())).not.toContain('محمد شياع السوداني');
  });
});
