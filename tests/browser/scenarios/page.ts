import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver, Tab } from '../../../harness/driver';
import { readTable, sendToPage } from '../../../harness/extension';
import { cardText, paintedBlocks, paintedTexts, pristinePage, scrollToHighlight, serializedPage } from '../../../harness/page-probe';
import { at, SEED, site, startPages } from '../../../harness/pages';
import { PAGES } from '../../../harness/paths';

const ARTICLES = [
  'aljazeera-article',
  'bbc-arabic-article',
  'alarabiya-article',
  'aawsat-article',
  'skynewsarabia-article',
  'independentarabia-article',
  'alquds-wordpress-article',
  'michel-aoun-2019-article',
  'thenational-article',
];
const FRONTS = ['aljazeera-home', 'skynewsarabia-section', 'wordpress-home'];

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();
const highlighted = (name: string) => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get(name)?.size ?? 0;
const hasActors = () => ((CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('siyaq-actor')?.size ?? 0) > 0;

/** Everything "On the page" promises, against the built extension in one browser. */
export function pageScenarios(launch: () => Promise<BrowserDriver>): void {
  let browser: BrowserDriver;
  let pages: Awaited<ReturnType<typeof startPages>>;
  let ext: Tab;

  beforeAll(async () => {
    pages = await startPages();
    browser = await launch();
    ext = await browser.extensionTab('sidepanel.html', 'main.panel');
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  describe('highlights land on the right words, inside the article body only', () => {
    it.each(ARTICLES)('%s', async (name) => {
      const tab = await browser.newTab();
      await tab.goto(pages.url(site(name)));
      await tab.waitFor(hasActors, undefined);
      const golden = JSON.parse(readFileSync(join(PAGES, 'sites', `${name}.analysis.json`), 'utf8')) as { mentions: string[] };
      const expectedTexts = golden.mentions.map((m) => m.split(' ').slice(3).join(' '));
      expect(await tab.evaluate(paintedTexts, 'siyaq-actor')).toEqual(expectedTexts);
      const expected = JSON.parse(readFileSync(join(PAGES, 'sites', `${name}.expected.json`), 'utf8')) as { bodyParagraphs: string[] };
      const story = new Set(expected.bodyParagraphs.map(squash));
      for (const kind of ['siyaq-actor', 'siyaq-figure']) {
        const blocks = await tab.evaluate(paintedBlocks, kind);
        expect(blocks.filter((b) => !story.has(b))).toEqual([]);
      }
      await tab.close();
    });
  });

  it.each(FRONTS)('paints nothing on a home page or section front: %s', async (name) => {
    const tab = await browser.newTab();
    await tab.goto(pages.url(site(name)));
    await expect.poll(() => readTable<{ url: string }>(ext, 'articles').then((a) => a.length), { timeout: 3000 }).toBeGreaterThanOrEqual(0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await tab.evaluate(highlighted, 'siyaq-actor')).toBe(0);
    expect(await tab.evaluate(highlighted, 'siyaq-figure')).toBe(0);
    await tab.close();
  });

  it('leaves the page DOM as it was, but for its one UI host element', async () => {
    for (const p of [SEED, site('aawsat-article'), site('bbc-arabic-article')]) {
      const tab = await browser.newTab();
      await tab.goto(pages.url(p));
      await tab.waitFor(hasActors, undefined);
      const box = await tab.evaluate(scrollToHighlight, {
        name: 'siyaq-actor',
        text: (await tab.evaluate(paintedTexts, 'siyaq-actor'))[0]!,
      });
      await tab.move(box!.x + 2, box!.y + box!.height / 2);
      await tab.waitFor(() => !!document.querySelector('siyaq-ui'), undefined);
      expect(await tab.evaluate(serializedPage, undefined)).toBe(await tab.evaluate(pristinePage, undefined));
      expect(await tab.evaluate(() => document.querySelectorAll('siyaq-ui').length, undefined)).toBe(1);
      await tab.close();
    }
  });

  it('names the actor and their role in a hover card', async () => {
    const tab = await browser.newTab();
    await tab.goto(pages.url(SEED));
    await tab.waitFor(hasActors, undefined);
    const box = (await tab.evaluate(scrollToHighlight, { name: 'siyaq-actor', text: 'مايك بومبيو' }))!;
    await tab.move(box.x + box.width / 2, box.y + box.height / 2);
    await tab.waitFor(() => {
      const card = document.querySelector('siyaq-ui')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
      return !!card && !card.hidden && (card.textContent ?? '').includes('Mike Pompeo');
    }, undefined);
    expect(await tab.evaluate(cardText, undefined)).toMatch(/Secretary of State|Director of the Central Intelligence Agency/);
    await tab.close();
  });

  it('steps through mentions from the keyboard commands and opens the focused one', async () => {
    const tab = await browser.newTab();
    await tab.goto(pages.url(SEED));
    await tab.waitFor(hasActors, undefined);
    const texts = await tab.evaluate(paintedTexts, 'siyaq-actor');
    const step = async (command: string) => {
      await tab.front();
      return sendToPage(ext, 'page:command', { command });
    };
    expect(await step('next-mention')).toMatchObject({ ok: true });
    expect(await tab.evaluate(paintedTexts, 'siyaq-focus')).toEqual([texts[0]]);
    await step('next-mention');
    expect(await tab.evaluate(paintedTexts, 'siyaq-focus')).toEqual([texts[1]]);
    await step('previous-mention');
    expect(await tab.evaluate(paintedTexts, 'siyaq-focus')).toEqual([texts[0]]);
    expect(await step('open-mention')).toEqual({ ok: true, value: { actorId: 'donald-trump' } });
    await step('toggle-highlights');
    expect(await tab.evaluate(highlighted, 'siyaq-actor')).toBe(0);
    await step('toggle-highlights');
    expect(await tab.evaluate(highlighted, 'siyaq-actor')).toBeGreaterThan(0);
    await tab.close();
  });

  describe('dynamic pages', () => {
    it('analyses an article that appears seconds after load', async () => {
      const tab = await browser.newTab();
      await tab.goto(pages.url(at('www.aljazeera.net', '/dynamic/late-article.html')));
      expect(await tab.evaluate(highlighted, 'siyaq-actor')).toBe(0);
      await tab.waitFor(hasActors, undefined, 15_000);
      expect(await tab.evaluate(paintedTexts, 'siyaq-actor')).toContain('محمد شياع السوداني');
      await tab.close();
    });

    it('follows a live blog as entries arrive, without duplicates', async () => {
      const tab = await browser.newTab();
      await tab.goto(pages.url(at('www.aljazeera.net', '/dynamic/liveblog.html')));
      await tab.waitFor(hasActors, undefined);
      await tab.waitFor(() => document.body.getAttribute('data-done') === '1', undefined, 15_000);
      await tab.waitFor(() => {
        const r = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('siyaq-actor');
        return [...(r ?? [])].some((x) => x.toString() === 'نبيه بري');
      }, undefined);
      const texts = await tab.evaluate(paintedTexts, 'siyaq-actor');
      expect(texts.filter((t) => t === 'نبيه بري')).toHaveLength(1);
      expect(texts.filter((t) => t === 'محمد شياع السوداني')).toHaveLength(1);
      await tab.close();
    });

    it('starts afresh after single-page navigation', async () => {
      const tab = await browser.newTab();
      await tab.goto(pages.url(at('www.aljazeera.net', '/dynamic/spa.html')));
      await tab.waitFor(hasActors, undefined);
      await tab.evaluate(() => (document.getElementById('next') as HTMLElement).click(), undefined);
      await tab.waitFor(() => {
        const r = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('siyaq-actor');
        const texts = [...(r ?? [])].map((x) => x.toString());
        return texts.includes('نبيه بري') && !texts.includes('محمد شياع السوداني');
      }, undefined);
      await expect
        .poll(() => readTable<{ url: string }>(ext, 'articles').then((a) => a.map((x) => x.url).some((u) => u.endsWith('/dynamic/spa-b'))))
        .toBe(true);
      await tab.close();
    });

    it("keeps working while the page's own code re-renders the article, and the page's code keeps working", async () => {
      const tab = await browser.newTab();
      await tab.goto(pages.url(at('www.aljazeera.net', '/dynamic/rerender.html')));
      await tab.waitFor(() => (document.getElementById('status')?.textContent ?? '').startsWith('renders:8'), undefined, 15_000);
      await tab.waitFor(() => {
        const r = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('siyaq-actor');
        return [...(r ?? [])].some((x) => x.toString() === 'محمد شياع السوداني');
      }, undefined);
      expect(await tab.evaluate(() => document.getElementById('status')?.textContent, undefined)).toBe('renders:8 broken:0');
      await tab.evaluate(() => (document.getElementById('like') as HTMLElement).click(), undefined);
      expect(await tab.evaluate(() => document.getElementById('likes')?.textContent, undefined)).toBe('1');
      const texts = await tab.evaluate(paintedTexts, 'siyaq-actor');
      expect(texts.filter((t) => t === 'محمد شياع السوداني')).toHaveLength(1);
      await tab.close();
    });
  });
}
