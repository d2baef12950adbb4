import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { scrollToHighlight } from './harness/page-probe';
import { SEED, site, startPages } from './harness/pages';

const NOTE = 'ملاحظة: 2500 أم 5000 جندي؟ سأتحقق من المصدرين.';

/** The same journey in Firefox ESR: the sidebar page is opened as a tab to be driven. */
describe('Firefox: two articles, one actor, a note', () => {
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

  it('shows both claims and the conflicting figures, and keeps the note', async () => {
    const page = await firefox.newPage();
    for (const p of [SEED, site('alarabiya-article')]) {
      await page.goto(pages.url(p));
      await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('siyaq-actor'), {
        timeout: 30_000,
      });
    }
    const box = (await page.evaluate(scrollToHighlight, { name: 'siyaq-actor', text: 'الولايات المتحدة' }))!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    let panel = await firefox.openExtensionPage('sidepanel.html', '[data-actor-id="united-states"]');
    await expect
      .poll(() => panel.$$eval('.conflict td', (tds) => tds.map((td) => td.getAttribute('data-value'))), { timeout: 15_000 })
      .toEqual(['2500', '5000']);
    const aboutTab = (await panel.$$('[role=tab]'))[1]!;
    await aboutTab.click();
    const sites = await panel.$$eval('.claims .claim a', (as) => as.map((a) => a.textContent));
    expect(sites).toEqual(expect.arrayContaining(['amad.ps', 'alarabiya.net']));

    await panel.type('.notes textarea', NOTE);
    await expect
      .poll(
        () =>
          panel.evaluate(
            () =>
              new Promise<string[]>((resolve) => {
                const open = indexedDB.open('siyaq');
                open.onsuccess = () => {
                  const req = open.result.transaction('notes').objectStore('notes').getAll();
                  req.onsuccess = () => resolve(req.result.map((n: { body: string; actorId: string }) => `${n.actorId}:${n.body}`));
                };
              }),
          ),
        { timeout: 15_000 },
      )
      .toEqual([`united-states:${NOTE}`]);

    await panel.close();
    panel = await firefox.openExtensionPage('sidepanel.html', '[data-actor-id="united-states"] [data-note-id] textarea');
    expect(await panel.$eval('[data-note-id] textarea', (t) => (t as HTMLTextAreaElement).value)).toBe(NOTE);
  });
});
