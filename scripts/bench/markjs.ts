import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { analyzeText } from '../../lib/analysis/analyze';
import { compileMatcher } from '../../lib/kb/compile';
import type { Actor } from '../../lib/kb/schema';
import { actorKeys } from '../../lib/kb/validate';
import { serveFolder } from '../../harness/serve';
import { longArticlePage } from './article-page';
import { bundle, ensureGenerated, launchPlain, log, ROOT, tempDir } from './browser';
import type { FoundMention } from './in-page';
import type { Section } from './matcher';
import { fmt, median, repeat, spread } from './stats';
import { grownBase } from './synthetic-kb';

/** The page's `window` with the bundle loaded; functions passed to page.evaluate see only the page, so each casts. */
type W = { siyaqBench: typeof import('./in-page') };

/** Whole words, as a name highlighter needs (partial matching marks عون inside معونة); Arabic punctuation ends a word too. */
const EXACTLY = { value: 'exactly', limiters: [...'،؛؟.,:;!?"«»()“”\'-–—/'] };
/** mark.js at 20,000 names is stopped after this long; the table then says so. */
const BUDGET_MS = 60_000;

const namesOf = (actors: readonly Actor[]) => [...new Set(actors.flatMap((a) => actorKeys(a).map((k) => k.text)))];

/** Real actors, those the article names first, until the base holds `target` names. */
function realBase(actors: Actor[], named: Set<string>, target: number): Actor[] {
  const ordered = [...actors.filter((a) => named.has(a.id)), ...actors.filter((a) => !named.has(a.id))];
  const out: Actor[] = [];
  for (const a of ordered) {
    if (namesOf(out).length >= target) break;
    out.push(a);
  }
  return out;
}

/** Why mark.js missed a mention Siyaq found: the first reason that applies. */
function reason(m: FoundMention, names: Set<string>, exactly: boolean): string {
  if (/[\u064B-\u065F\u0670]/u.test(m.text)) return 'diacritics';
  if (/[یکگپچژۀ]/u.test(m.text)) return 'Persian letters';
  // ل before ال drops the alef: للكاظمي holds لكاظمي, not الكاظمي, so not even a substring matches.
  if (m.prefix.endsWith('ل') && names.has(`ا${m.text}`)) return 'لل (alef of ال dropped)';
  if (exactly && m.prefix) return 'other proclitics';
  if (!names.has(m.text)) return 'spelling variants';
  return 'other';
}

/**
 * Siyaq's in-page path (detect, collect, analyse, paint) against mark.js on a long article, with
 * the same names, in headless Chromium: a fresh page per run.
 */
export async function benchMarkjs(): Promise<Section> {
  ensureGenerated();
  const actors = JSON.parse(readFileSync(join(ROOT, 'generated', 'actors.json'), 'utf8')) as Actor[];
  const article = longArticlePage();
  const named = new Set(analyzeText(article.text, compileMatcher(actors), { publishedAt: '2020-08-24' }).mentions.map((m) => m.actorId));
  const bases = [realBase(actors, named, 1000), grownBase(actors, 20_000).actors];
  const tmp = tempDir('markjs');
  writeFileSync(join(tmp.dir, 'article.html'), article.html);
  writeFileSync(join(tmp.dir, 'mark.min.js'), readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js')));
  writeFileSync(join(tmp.dir, 'bench.js'), await bundle(`import * as b from './in-page'; window.siyaqBench = b;`));
  const names = bases.map(namesOf);
  bases.forEach((base, i) => {
    writeFileSync(join(tmp.dir, `data-${i}.json`), JSON.stringify(compileMatcher(base)));
    writeFileSync(join(tmp.dir, `names-${i}.json`), JSON.stringify(names[i]));
  });
  const server = await serveFolder(tmp.dir);
  const { browser, close } = await launchPlain();
  const open = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/article.html`);
    await page.addScriptTag({ url: '/mark.min.js' });
    await page.addScriptTag({ url: '/bench.js' });
    return page;
  };
  // Twice on the page: the second run finds the matcher built and the code compiled, as a re-analysis does.
  const siyaq = (i: number) => (page: Page) =>
    page.evaluate(async (i) => {
      const b = (window as unknown as W).siyaqBench;
      const data = b.backgroundFrom(await (await fetch(`/data-${i}.json`)).text());
      return { first: await b.runSiyaq(data), again: await b.runSiyaq(data) };
    }, i);
  const markjs = (i: number, budget: number) => (page: Page) =>
    page.evaluate(
      async ([i, acc, budget]) => (window as unknown as W).siyaqBench.runMark(await (await fetch(`/names-${i}.json`)).json(), acc, budget),
      [i, EXACTLY, budget] as const,
    );
  const onFreshPage = async <T>(run: (page: Page) => Promise<T>): Promise<T> => {
    const page = await open();
    try {
      return await run(page);
    } finally {
      await page.close();
    }
  };
  try {
    const rows: string[] = [];
    const ratios: number[] = [];
    log('Siyaq, both bases in turn');
    // Interleaved, so that drift over the browser's lifetime does not favour one base.
    const siyaqRuns = await repeat(7, 2, async () => {
      const out = [];
      for (const i of bases.keys()) out.push(await onFreshPage(siyaq(i)));
      return out;
    });
    for (const [i, base] of bases.entries()) {
      const n = names[i]!.length.toLocaleString('en');
      const label = `${n} names (${base.length.toLocaleString('en')} ${i ? 'actors, grown' : 'real actors'})`;
      const s = siyaqRuns.map((r) => r[i]!);
      log(`mark.js, ${label}`);
      const once = await onFreshPage(markjs(i, i ? BUDGET_MS : Number.POSITIVE_INFINITY));
      const stopped = once.done < names[i]!.length;
      const m = stopped
        ? [once]
        : [once, ...(await repeat(once.ms > 10_000 ? 1 : 4, 0, () => onFreshPage(markjs(i, Number.POSITIVE_INFINITY))))];
      const sRun = spread(s.map((r) => r.first.ms));
      const sMs = sRun.median;
      const mMs = median(m.map((r) => r.ms));
      ratios.push(mMs / sMs);
      const ms = (x: number) => `${fmt(x, x < 100 ? 1 : 0)} ms`;
      const markCells = stopped
        ? `> ${fmt(once.ms / 1000, 0)} s (stopped after ${once.done.toLocaleString('en')} names) | — | more than ${fmt(mMs / sMs, 0)}×`
        : `${ms(mMs)} | ${ms(median(m.map((r) => r.frameMs)))} | **${fmt(mMs / sMs, 0)}×**`;
      rows.push(
        `| ${label} | **${ms(sMs)}** (${fmt(sRun.min, 0)}–${fmt(sRun.max, 0)}) | ${ms(median(s.map((r) => r.first.frameMs)))} | ${ms(median(s.map((r) => r.again.ms)))} | ${markCells} |`,
      );
    }
    const misses = await missesAt1000(open, siyaq(0), names[0]!);
    return {
      title: 'In-page path against mark.js',
      markdown: [
        `A long Arabic article (${article.words.toLocaleString('en')} words: the seed article and the Arabic fixture articles as \`<p>\`` +
          ' paragraphs under subheadings, in a news layout with menus, a most-read list and a footer), served on 127.0.0.1 to headless' +
          ' Chromium; a fresh page per run. Siyaq: its in-page path as the content script runs it (lib/page/session.ts: detect the' +
          ' article, collect its text and send it; then paint the marks that come back with the CSS Custom Highlight API), bundled' +
          ' with esbuild. The analysis, which the extension runs in the background, runs here in the same page between those tasks' +
          ' (lib/background/analyse.ts, the base parsed once per page as the background does once per wake), outside the measures;' +
          " the request and the answer are copied through JSON as the browser's messaging copies them, and the page's share of that" +
          " (reading the answer) is counted. Siyaq's time is the sum of its main-thread steps (`siyaq:detect`, `siyaq:collect`," +
          ' reading the answer, `siyaq:paint`). mark.js 8.11.1: `new Mark(article .article-body).mark(names,' +
          ` { separateWordSearch: false, accuracy: 'exactly' })\` with Arabic punctuation as word limiters, on the same names` +
          ' (every primary name and alias, Arabic and English), longest first in calls of 100 names (one call would recurse once per' +
          ' name, and a time budget can only stop it between calls). "To next frame" adds the style, layout and paint of the changes' +
          ' (for Siyaq, the analysis in between too). Medians: Siyaq 7 runs after 2 warm-ups, the two bases in turn (in brackets: the' +
          ' fastest and slowest run); mark.js 5 runs (2 when a run takes over 10 s).',
        '',
        '| knowledge base | Siyaq main thread | Siyaq to next frame | Siyaq, second run on the page | mark.js | mark.js to next frame | mark.js ÷ Siyaq |',
        '|---|---:|---:|---:|---:|---:|---:|',
        ...rows,
        '',
        `Target: mark.js ÷ Siyaq on main-thread time at least 300× at 1,000 names — **${ratios[0]! >= 300 ? 'met' : 'missed'}** (${fmt(ratios[0]!, 0)}×).` +
          " Siyaq's main-thread work no longer grows with the base (the matching runs in the background); mark.js's cost grows with" +
          ' the number of names, since it walks the text once per name.',
        '',
        misses,
      ].join('\n'),
    };
  } finally {
    await close();
    await server.close();
    tmp.remove();
  }
}

/** On one page: Siyaq's name mentions in the article body, then which of them mark.js marks. */
async function missesAt1000(open: () => Promise<Page>, siyaq: (p: Page) => Promise<unknown>, names: string[]): Promise<string> {
  log('mark.js misses at 1,000 names');
  const page = await open();
  await siyaq(page);
  const all = await page.evaluate(() => (window as unknown as W).siyaqBench.siyaqMentions());
  // Role phrases (رئيس الوزراء العراقي) are not names: no name list reaches them, so they are left out.
  const mentions = all.filter((m) => m.start >= 0 && m.via !== 'role');
  const surface = new Set(names);
  const rows: string[] = [];
  for (const accuracy of [EXACTLY, 'partially'] as const) {
    const { covered, marks } = await page.evaluate(
      async ([ms, n, acc]) => {
        (window as unknown as W).siyaqBench.unmark();
        await (window as unknown as W).siyaqBench.runMark(n, acc, Number.POSITIVE_INFINITY);
        return (window as unknown as W).siyaqBench.markedByMarkJs(ms);
      },
      [mentions, names, accuracy] as const,
    );
    const missed = mentions.filter((_, j) => !covered[j]);
    const why = new Map<string, number>();
    for (const m of missed) {
      const r = reason(m, surface, accuracy !== 'partially');
      why.set(r, (why.get(r) ?? 0) + 1);
    }
    const examples = [...new Set(missed.map((m) => `${m.prefix}${m.text}`))].slice(0, 6).join('، ');
    const name = typeof accuracy === 'string' ? accuracy : 'exactly';
    rows.push(
      `| ${name} | ${marks} | **${missed.length} of ${mentions.length}** (${fmt((100 * missed.length) / mentions.length, 0)}%) | ` +
        `${[...why].map(([k, v]) => `${k} ${v}`).join(', ') || '—'} | ${examples || '—'} |`,
    );
  }
  await page.close();
  return [
    `**What mark.js misses** at ${names.length.toLocaleString('en')} names: the ${mentions.length} name mentions Siyaq finds in the` +
      ` article body (not counting ${all.length - mentions.length} more: role phrases, or outside the body) and how many mark.js leaves` +
      ' unmarked, because it matches code points as given and does not fold Arabic. A mention counts as marked when `<mark>`' +
      " elements cover all of it. 'partially' finds names after a proclitic (وواشنطن), at the price of marking names inside other words.",
    '',
    '| mark.js accuracy | marks made | Siyaq mentions missed | why (first reason that applies) | examples |',
    '|---|---:|---:|---|---|',
    ...rows,
  ].join('\n');
}
