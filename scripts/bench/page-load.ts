import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../harness/chromium';
import { PAGES, REAL } from '../../harness/paths';
import { serveFolder } from '../../harness/serve';
import { ensureBuild, log, pollValue } from './browser';
import type { Section } from './matcher';
import { fmt, median, repeat } from './stats';
import { loadTasks, traced } from './trace';

interface LoadPage {
  name: string;
  dir: string;
  file: string;
  /** A news site the content script runs on by itself: the host resolves to the local server. */
  host: string;
}

/** The seed article, and the largest real page (or, without ../shared, the largest Arabic article fixture). */
function loadPages(): LoadPage[] {
  const pages: LoadPage[] = [{ name: 'seed article', dir: PAGES, file: 'seed-article.html', host: 'www.amad.ps' }];
  if (existsSync(join(REAL, 'lbci-2026.html'))) {
    pages.push({ name: 'LBCI, real page', dir: REAL, file: 'lbci-2026.html', host: 'www.lbcgroup.tv' });
    return pages;
  }
  const sites = join(PAGES, 'sites');
  const articles = readdirSync(sites)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => ({ file: f.replace('.expected.json', '.html'), e: JSON.parse(readFileSync(join(sites, f), 'utf8')) }))
    .filter(({ e }) => e.isArticle && e.lang === 'ar')
    .sort((a, b) => statSync(join(sites, b.file)).size - statSync(join(sites, a.file)).size);
  const largest = articles[0]!;
  pages.push({ name: `${largest.file} (largest fixture)`, dir: sites, file: largest.file, host: largest.e.host });
  return pages;
}

/**
 * The built extension in Chromium loading news pages: the main-thread time Siyaq adds to a page
 * load, from a trace of each load (the DevTools Performance panel's categories).
 */
export async function benchPageLoad(): Promise<Section> {
  ensureBuild();
  const session = await launchChromium();
  const scriptUrl = `chrome-extension://${session.extensionId}/content-scripts/content.js`;
  const rows: string[] = [];
  let seed: { total: number; run: number } | undefined;
  let worstTask = 0;
  try {
    for (const [i, p] of loadPages().entries()) {
      log(`page load: ${p.name}`);
      const server = await serveFolder(p.dir);
      const url = `http://${p.host}:${server.port}/${p.file}`;
      const runs = await repeat(7, 2, async () => {
        const page = await session.newPage();
        const cdp = await session.context.newCDPSession(page);
        let measured = 0;
        const events = await traced(cdp, async () => {
          await page.goto(url, { waitUntil: 'load' });
          // The measure as a page script reads it: Chromium puts content scripts' User Timing on the page's timeline.
          measured = await pollValue<number>(cdp, `performance.getEntriesByName('siyaq:run')[0]?.duration`);
          // Let the tasks that follow the analysis (the report to the background) finish inside the trace.
          await new Promise((r) => setTimeout(r, 500));
        });
        await page.close();
        return { ...loadTasks(events, scriptUrl), measured };
      });
      await server.close();
      const m = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
      if (i === 0) seed = { total: m('siyaqTotal'), run: m('runBusy') };
      worstTask = Math.max(worstTask, m('siyaqLongest'));
      const ms = (k: keyof (typeof runs)[number]) => `${fmt(m(k))} ms`;
      rows.push(
        `| ${p.name} (${p.host}, ${fmt(statSync(join(p.dir, p.file)).size / 1024, 0)} KB) | ${ms('measured')} | **${ms('runBusy')}**` +
          ` in ${m('runTasks')} | ${ms('runLongest')} | ${ms('scriptLoad')} | **${ms('siyaqTotal')}** | **${ms('siyaqLongest')}** | ${ms('longest')} |`,
      );
    }
  } finally {
    await session.close();
  }
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  return {
    title: 'Main-thread time on page load',
    markdown: [
      'The built extension (.output/chrome-mv3) in headless Chromium, every host name mapped to a local server, a fresh tab per' +
        " load, each load traced with the categories of the DevTools Performance panel. `siyaq:run` is the content script's User" +
        " Timing measure as the page reads it (Chromium puts content scripts' entries on the page's timeline): wall time from the" +
        ' start of the analysis to the highlights, pauses included when the run hands the main thread back. The tasks are the' +
        " trace's RunTask events on the page's main thread: those overlapping `siyaq:run` (their time and the longest), the one that" +
        " evaluated content.js (compiling it and running its module code; the base comes later, from the background, on article pages only), all of Siyaq's tasks (those, and any other" +
        ' that ran content.js code), and the longest task of the whole load, whoever ran it. Medians of 7 loads after 2 warm-ups.',
      '',
      '| page | `siyaq:run` | analysis: main thread, in tasks | analysis: longest task | content script load task | all Siyaq tasks | longest Siyaq task | longest task of the load |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
      '',
      `Targets: Siyaq's main-thread work under 50 ms on the seed article — ${verdict((seed?.total ?? 0) < 50)}` +
        ` (${fmt(seed?.total ?? 0)} ms in all, ${fmt(seed?.run ?? 0)} ms of it the analysis);` +
        ` no single task of Siyaq's over 50 ms on any page — ${verdict(worstTask <= 50)} (longest ${fmt(worstTask)} ms).`,
    ].join('\n'),
  };
}
