import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, Launch } from '../../../harness/driver';
import { scrollToHighlight } from '../../../harness/page-probe';
import { at, SEED, startPages } from '../../../harness/pages';

const hasActors = () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('siyaq-actor');
// A wire story written for this test (its agency in the dateline), served under a listed news host.
const CREDITED = at('www.skynewsarabia.com', '/browser/credited-article.html');

/**
 * Who publishes what the reader reads, with the built extension: two articles from two outlets,
 * each outlet shown in This page, both in the reading diet, and a claim credited to Reuters
 * showing Reuters in the actor's claims.
 */
export function outletScenarios(launch: Launch): void {
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

  it('shows each article’s outlet, both in the reading diet, and the agency a claim credits', async () => {
    const page = await browser.newTab();
    const read = async (url: string, name: string) => {
      await page.goto(url);
      await page.waitFor(hasActors, undefined, 30_000);
      const box = (await page.evaluate(scrollToHighlight, { name: 'siyaq-actor', text: name }))!;
      await page.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    const text = (s: string) => document.querySelector(s)?.textContent ?? '';

    await read(pages.url(SEED), 'مايك بومبيو');
    let panel = await browser.extensionTab('sidepanel.html', '[data-actor-id]');
    await panel.clickOn('button', /^This page$/);
    await expect.poll(() => panel.evaluate(text, '.outlet-name'), { timeout: 15_000 }).toBe('Amad');
    await panel.close();

    await read(pages.url(CREDITED), 'محمد شياع السوداني');
    panel = await browser.extensionTab('sidepanel.html', '[data-actor-id]');
    await expect
      .poll(() => panel.evaluate(() => document.querySelector('[data-actor-id]')?.getAttribute('data-actor-id'), undefined))
      .toBe('mohammed-shia-al-sudani');
    // The actor's own claims (the card opens on them): their outlet, and Reuters, whom the dateline credits.
    await expect
      .poll(() => panel.evaluate(() => [...document.querySelectorAll('.claims .claim .credits')].map((c) => c.textContent), undefined), {
        timeout: 15_000,
      })
      .toContainEqual(expect.stringContaining('Reuters'));
    expect(await panel.evaluate(text, '.claims .claim .outlet')).toBe('Sky News Arabia');

    await panel.clickOn('button', /^This page$/);
    await expect.poll(() => panel.evaluate(text, '.outlet-name'), { timeout: 15_000 }).toBe('Sky News Arabia');
    // The count is a live query that answers after the outlet's name has painted.
    await expect.poll(() => panel.evaluate(text, 'section.outlet [data-testid=outlet-read-count]'), { timeout: 15_000 }).toBe('1');

    await panel.clickOn('button', /^History$/);
    const diet = () =>
      panel.evaluate(() => [...document.querySelectorAll('#diet-outlets tbody th')].map((th) => th.textContent).sort(), undefined);
    await expect.poll(diet, { timeout: 15_000 }).toEqual(['Amad', 'Sky News Arabia']);
    expect(
      await panel.evaluate(() => [...document.querySelectorAll('#diet-countries tbody th')].map((th) => th.textContent).sort(), undefined),
    ).toEqual(['Palestine', 'United Arab Emirates']);
  });
}
