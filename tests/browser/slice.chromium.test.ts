import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { readHighlights, scrollToHighlight } from './harness/page-probe';
import { SEED, startPages } from './harness/pages';

/**
 * The thin slice, end to end, in Debian's Chromium with the built extension: the content script
 * paints actors on the sample article, a click opens the actor in the side panel, and the visit
 * is in the extension's IndexedDB.
 */
describe('Chromium: the thin slice', () => {
  let chrome: ChromiumSession;
  let pages: Awaited<ReturnType<typeof startPages>>;

  beforeAll(async () => {
    pages = await startPages();
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
    await pages?.close();
  });

  it('highlights actors in the article body only, opens a clicked actor, and stores the visit', async () => {
    const page = await chrome.newPage();
    await page.goto(pages.url(SEED));
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('siyaq-actor'));
    const painted = await page.evaluate(readHighlights, '.article-body');
    const actors = painted.filter((r) => r.name === 'siyaq-actor');
    expect(actors.map((r) => r.text)).toEqual(expect.arrayContaining(['ترامب', 'مايك بومبيو', 'الولايات المتحدة', 'العراق']));
    expect(painted.every((r) => r.inside)).toBe(true);

    const box = (await page.evaluate(scrollToHighlight, { name: 'siyaq-actor', text: 'مايك بومبيو' }))!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    const panel = await chrome.newPage();
    await panel.goto(`chrome-extension://${chrome.extensionId}/sidepanel.html`);
    await expect.poll(() => panel.locator('[data-actor-id]').getAttribute('data-actor-id')).toBe('mike-pompeo');
    await expect.poll(() => panel.locator('#actor-title').textContent()).toBe('Mike Pompeo');
    await panel.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => panel.locator('.visits li').first().getAttribute('data-url')).toContain('seed-article.html');

    const stored = await chrome.worker.evaluate(
      () =>
        new Promise<{ url: string; title: string; actorIds: string[] }[]>((resolve, reject) => {
          const open = indexedDB.open('siyaq');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('articles').objectStore('articles').getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          };
        }),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]!.url).toBe(pages.url(SEED));
    expect(stored[0]!.title).toBe('لن تنسحب الولايات المتحدة من العراق في السنوات القادمة');
    expect(stored[0]!.actorIds).toEqual(expect.arrayContaining(['united-states', 'iraq', 'donald-trump', 'mike-pompeo']));
  });
});
