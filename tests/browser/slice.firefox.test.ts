import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { readHighlights, scrollToHighlight } from './harness/page-probe';
import { SEED, startPages } from './harness/pages';

/**
 * The thin slice in firefox-esr (WebDriver BiDi) with the built add-on. Firefox opens its sidebar
 * only from a gesture in its own UI, so a click on the page selects the actor; the sidebar page
 * (opened here as a tab) shows it.
 */
describe('Firefox: the thin slice', () => {
  let firefox: FirefoxSession;
  let pages: Awaited<ReturnType<typeof startPages>>;

  beforeAll(async () => {
    pages = await startPages();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await pages?.close();
  });

  it('highlights actors in the article body only, selects a clicked actor, and stores the visit', async () => {
    const page = await firefox.newPage();
    await page.goto(pages.url(SEED));
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('siyaq-actor'), {
      timeout: 30_000,
    });
    const painted = await page.evaluate(readHighlights, '.article-body');
    const actors = painted.filter((r) => r.name === 'siyaq-actor');
    expect(actors.map((r) => r.text)).toEqual(expect.arrayContaining(['ترامب', 'مايك بومبيو', 'الولايات المتحدة', 'العراق']));
    expect(painted.every((r) => r.inside)).toBe(true);

    const box = (await page.evaluate(scrollToHighlight, { name: 'siyaq-actor', text: 'مايك بومبيو' }))!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    const panel = await firefox.openExtensionPage('sidepanel.html', '[data-actor-id]');
    await expect.poll(() => panel.$eval('[data-actor-id]', (e) => e.getAttribute('data-actor-id'))).toBe('mike-pompeo');
    await expect.poll(() => panel.$eval('#actor-title', (e) => e.textContent)).toBe('Mike Pompeo');

    const stored = await panel.evaluate(
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
    expect(stored[0]!.actorIds).toEqual(expect.arrayContaining(['united-states', 'iraq', 'donald-trump', 'mike-pompeo']));
  });
});
