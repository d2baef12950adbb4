import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, Tab } from '../../../harness/driver';
import { paintedTexts } from '../../../harness/page-probe';
import { at, SEED, startPages } from '../../../harness/pages';

const HOST = 'www.aljazeera.net';
const paints = (text: string) =>
  [...((CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('siyaq-actor') ?? [])].some(
    (r) => r.toString() === text,
  );

/** Hostile pages, and the reader's own actor reaching the next page, against the built extension. */
export function robustScenarios(launch: () => Promise<BrowserDriver>): void {
  let browser: BrowserDriver;
  let pages: Awaited<ReturnType<typeof startPages>>;
  beforeAll(async () => {
    pages = await startPages();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  it('follows a page that removes and rewrites its article while Siyaq works, and leaves its result alone', async () => {
    const tab = await browser.newTab();
    await tab.goto(pages.url(at(HOST, '/hostile/rewriter.html')));
    await tab.waitFor(() => document.body.getAttribute('data-done') === '1', undefined, 20_000);
    await tab.waitFor(paints, 'نبيه بري', 10_000);
    // The page's own last write is what is there: article B, rebuilt by the page, untouched.
    expect(await tab.evaluate(() => document.querySelectorAll('#s p').length, undefined)).toBe(3);
    expect(await tab.evaluate(() => document.querySelectorAll('article#s').length, undefined)).toBe(1);
    const texts = await tab.evaluate(paintedTexts, 'siyaq-actor');
    expect(texts).not.toContain('');
    expect(texts).not.toContain('محمد شياع السوداني');
    await tab.close();
  });

  it('keeps a page of 50,000 paragraphs responsive and analyses its beginning', async () => {
    const tab = await browser.newTab();
    await tab.goto(pages.url(at(HOST, '/hostile/huge.html')));
    const ticks = () => Number(document.body.getAttribute('data-ticks') ?? 0);
    const before = await tab.evaluate(ticks, undefined);
    await tab.waitFor(paints, 'محمد شياع السوداني', 60_000);
    await new Promise((r) => setTimeout(r, 3000));
    // The page's own 100 ms timer kept running: at least a third of its ticks in three seconds.
    expect((await tab.evaluate(ticks, undefined)) - before).toBeGreaterThanOrEqual(10);
    await tab.close();
  });

  it('works under a strict Content-Security-Policy', async () => {
    const tab = await browser.newTab();
    await tab.goto(pages.url(at(HOST, '/hostile/csp.html')));
    await tab.waitFor(paints, 'محمد شياع السوداني');
    await tab.close();
  });

  it("is not affected by a page that overrides DOM prototypes, Array and JSON, and leaves the page's overrides in place", async () => {
    const tab = await browser.newTab();
    await tab.goto(pages.url(at(HOST, '/hostile/proto.html')));
    await tab.waitFor(paints, 'محمد شياع السوداني');
    await tab.waitFor(() => (document.getElementById('status')?.textContent ?? '') !== '', undefined);
    expect(await tab.evaluate(() => document.getElementById('status')?.textContent, undefined)).toBe('overrides:intact');
    await tab.close();
  });

  it('highlights an actor the reader added in the options page on the next page they open', async () => {
    const options: Tab = await browser.extensionTab('options.html', 'main.options');
    await options.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => /New actor|جهة جديدة/.test(b.textContent ?? ''));
      (button as HTMLButtonElement).click();
    }, undefined);
    await options.waitFor(() => !!document.querySelector('.actor-editor'), undefined);
    await options.evaluate(
      (values: [string, string][]) => {
        for (const [id, value] of values) {
          const el = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }
      },
      [
        ['actor-nameAr', 'الحوار الاستراتيجي'],
        ['actor-nameEn', 'US–Iraq Strategic Dialogue'],
        ['actor-noteAr', 'محادثات دورية بين الولايات المتحدة والعراق.'],
        ['actor-noteEn', 'Periodic talks between the United States and Iraq.'],
      ],
    );
    // Submitted in a task of its own, after the form re-rendered with what was typed, as a person would.
    await options.evaluate(() => (document.querySelector('.actor-editor button[type=submit]') as HTMLButtonElement).click(), undefined);
    await options.waitFor(() => !!document.querySelector('[data-actor-id="us-iraq-strategic-dialogue"]'), undefined);
    const tab = await browser.newTab();
    await tab.goto(pages.url(SEED));
    await tab.waitFor(paints, 'الحوار الاستراتيجي');
    expect((await tab.evaluate(paintedTexts, 'siyaq-actor')).filter((t) => t === 'الحوار الاستراتيجي')).toHaveLength(2);
    await tab.close();
    await options.close();
  });
}
