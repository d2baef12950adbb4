import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserDriver, Tab } from '../../harness/driver';
import { type FixturePage, SEED, site } from '../../harness/pages';

/** What the headless demo photographs, in order: the product as a reader meets it. */
export const SHOTS = [
  { file: 'article.png', what: 'the Arabic sample article with its highlights' },
  { file: 'hover-card.png', what: 'the hover card on a highlighted name' },
  { file: 'panel-actor.png', what: 'the side panel on the clicked actor' },
  { file: 'panel-this-page.png', what: "the side panel's This page" },
  { file: 'english-article.png', what: 'an English article' },
  { file: 'options.png', what: 'the options page' },
  { file: 'overview.png', what: "the article beside the panel (the README's picture)" },
] as const;

export type ShotFile = (typeof SHOTS)[number]['file'];

/** The English sample: an article of an English site about the region (the English analyser). */
export const ENGLISH: FixturePage = site('thenational-article');

/** The actor the tour hovers and clicks: the Iraqi prime minister, named in the sample's opening. */
const ACTOR = 'الكاظمي';
const PANEL = { width: 420, height: 900 };
const PAGE = { width: 1280, height: 900 };

const hasActors = () => ((CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('siyaq-actor')?.size ?? 0) > 0;

/** Scrolls the first painted actor whose text contains `part` to the middle; the centre of its first line box. */
function showActor(part: string): { x: number; y: number } | null {
  const ranges = [...((CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('siyaq-actor') ?? [])];
  const range = ranges.find((r) => r.toString().includes(part)) ?? ranges[0];
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

const cardShown = () => {
  const card = document.querySelector('siyaq-ui')?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
  return !!card && !card.hidden && (card.textContent ?? '').trim() !== '';
};

/** Lays the two pictures side by side in a blank page, as the README shows them. */
async function composeSideBySide(tab: Tab, left: string, right: string): Promise<void> {
  const data = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
  await tab.resize(PAGE.width + PANEL.width + 8, PAGE.height);
  await tab.evaluate(
    async (srcs: string[]) => {
      document.body.replaceChildren();
      document.body.style.cssText = 'margin:0;display:flex;gap:8px;background:#888';
      await Promise.all(
        srcs.map((src) => {
          const img = document.createElement('img');
          img.src = src;
          document.body.append(img);
          return img.decode();
        }),
      );
    },
    [data(left), data(right)],
  );
}

/**
 * Walks the reader's way through the built extension and saves each of SHOTS in `outDir`,
 * failing when a step does not show what it should (no highlights, no card, no actor).
 * `url` gives a fixture page's address on the local server.
 */
export async function tour(browser: BrowserDriver, url: (page: FixturePage) => string, outDir: string): Promise<string[]> {
  const saved: string[] = [];
  const shoot = async (tab: Tab, file: ShotFile) => {
    const path = join(outDir, file);
    await tab.screenshot(path);
    saved.push(path);
  };

  const article = await browser.newTab();
  await article.goto(url(SEED));
  await article.waitFor(hasActors, undefined, 30_000);
  const at = await article.evaluate(showActor, ACTOR);
  if (!at) throw new Error('the sample article has no highlighted actor');
  await shoot(article, 'article.png');

  await article.move(at.x, at.y);
  await article.waitFor(cardShown, undefined, 10_000);
  await shoot(article, 'hover-card.png');

  // Headless browsers have no side panel to photograph: the panel's page opens as a tab of its width.
  await article.click(at.x, at.y);
  const panel = await browser.extensionTab('sidepanel.html', '[data-actor-id] #actor-title');
  await panel.resize(PANEL.width, PANEL.height);
  await shoot(panel, 'panel-actor.png');

  await panel.clickOn('nav button', /^This page$/);
  await panel.waitForSelector('.this-page .chip');
  await shoot(panel, 'panel-this-page.png');

  const english = await browser.newTab();
  await english.goto(url(ENGLISH));
  await english.waitFor(hasActors, undefined, 30_000);
  await english.evaluate(showActor, '');
  await shoot(english, 'english-article.png');

  const options = await browser.extensionTab('options.html', 'main.options');
  await options.resize(PAGE.width, PAGE.height);
  await shoot(options, 'options.png');

  const overview = await browser.newTab();
  await composeSideBySide(overview, join(outDir, 'article.png'), join(outDir, 'panel-actor.png'));
  await shoot(overview, 'overview.png');
  return saved;
}
