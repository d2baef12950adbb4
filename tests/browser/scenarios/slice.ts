import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, Launch } from '../../../harness/driver';
import { readTable } from '../../../harness/extension';
import { readHighlights, scrollToHighlight } from '../../../harness/page-probe';
import { SEED, startPages } from '../../../harness/pages';

const hasActors = () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('siyaq-actor');

/**
 * The thin slice, end to end, with the built extension: the content script paints actors on the
 * sample article, a click selects the actor, the side panel's page (opened here as a tab) shows it,
 * and the visit is in the extension's IndexedDB. Chromium opens its side panel on the click;
 * Firefox opens its sidebar only from a gesture in its own UI, so there the click only selects.
 */
export function sliceScenarios(launch: Launch): void {
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

  it('highlights actors in the article body only, opens a clicked actor, and stores the visit', async () => {
    const page = await browser.newTab();
    await page.goto(pages.url(SEED));
    await page.waitFor(hasActors, undefined, 30_000);
    const painted = await page.evaluate(readHighlights, '.article-body');
    const actors = painted.filter((r) => r.name === 'siyaq-actor');
    expect(actors.map((r) => r.text)).toEqual(expect.arrayContaining(['ترامب', 'مايك بومبيو', 'الولايات المتحدة', 'العراق']));
    expect(painted.every((r) => r.inside)).toBe(true);

    const box = (await page.evaluate(scrollToHighlight, { name: 'siyaq-actor', text: 'مايك بومبيو' }))!;
    await page.click(box.x + box.width / 2, box.y + box.height / 2);

    const panel = await browser.extensionTab('sidepanel.html', '[data-actor-id]');
    await expect
      .poll(() => panel.evaluate(() => document.querySelector('[data-actor-id]')?.getAttribute('data-actor-id'), undefined))
      .toBe('mike-pompeo');
    await expect.poll(() => panel.evaluate(() => document.querySelector('#actor-title')?.textContent, undefined)).toBe('Mike Pompeo');
    await panel.clickOn('button', /^History$/);
    await expect
      .poll(() => panel.evaluate(() => document.querySelector('.visits li')?.getAttribute('data-url') ?? '', undefined))
      .toContain('seed-article.html');

    const stored = await readTable<{ url: string; title: string; actorIds: string[] }>(panel, 'articles');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.url).toBe(pages.url(SEED));
    expect(stored[0]!.title).toBe('لن تنسحب الولايات المتحدة من العراق في السنوات القادمة');
    expect(stored[0]!.actorIds).toEqual(expect.arrayContaining(['united-states', 'iraq', 'donald-trump', 'mike-pompeo']));
  });
}
