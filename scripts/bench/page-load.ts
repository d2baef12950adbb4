import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../../harness/chromium';
import { PAGES, REAL } from '../../harness/paths';
import { serveFolder } from '../../harness/serve';
import { ensureBuild, log, pollValue, ROOT } from './browser';
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

/** A news site's home page: the content script loads, finds no article, and stops. */
const HOME: LoadPage = {
  name: 'Aljazeera home page (not an article)',
  dir: join(PAGES, 'sites'),
  file: 'aljazeera-home.html',
  host: 'www.aljazeera.net',
};

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

/** When the highlights were painted, in ms after DOMContentLoaded, as the page's timeline has both. */
const PAINTED_AFTER_DCL = `(() => {
  const run = performance.getEntriesByName('siyaq:run')[0];
  const nav = performance.getEntriesByType('navigation')[0];
  return run && nav ? String(run.startTime + run.duration - nav.domContentLoadedEventEnd) : '';
})()`;

/**
 * Stops the extension's service worker (CDP ServiceWorker.stopWorker, as Chrome does after 30 s
 * idle) and waits until it is stopped: the next page wakes it.
 */
async function putToSleep(cdp: CDPSession, versions: Map<string, string>): Promise<void> {
  for (const [versionId, status] of versions) if (status !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId });
  const until = Date.now() + 10_000;
  while ([...versions.values()].some((s) => s !== 'stopped') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

/**
 * The built extension in Chromium loading news pages: the main-thread time Siyaq adds to a page
 * load, from a trace of each load (the DevTools Performance panel's categories), and when the
 * highlights are painted with the background awake and asleep.
 */
export async function benchPageLoad(): Promise<Section> {
  ensureBuild();
  const session = await launchChromium();
  const scriptUrl = `chrome-extension://${session.extensionId}/content-scripts/content.js`;
  // A tab that watches the service worker's state, to put it to sleep between loads.
  const control = await session.newPage();
  const controlCdp = await session.context.newCDPSession(control);
  const versions = new Map<string, string>();
  controlCdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions)
      if (v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`)) versions.set(v.versionId, v.runningStatus);
  });
  await controlCdp.send('ServiceWorker.enable');
  const rows: string[] = [];
  const paintRows: string[] = [];
  let seed: { total: number; run: number; awake: number; asleep: number } | undefined;
  let lbci = 0;
  let home = 0;
  let worstTask = 0;
  const load = async (url: string, trace: boolean) => {
    const page = await session.newPage();
    const cdp = await session.context.newCDPSession(page);
    let measured = 0;
    let painted = 0;
    const run = async () => {
      await page.goto(url, { waitUntil: 'load' });
      // The measure as a page script reads it: Chromium puts content scripts' User Timing on the page's timeline.
      // A load never painted (the background did not answer in time: the page stays as it is) counts as such.
      measured = await pollValue<number>(cdp, `performance.getEntriesByName('siyaq:run')[0]?.duration`, trace ? 30_000 : 10_000).catch(
        () => Number.NaN,
      );
      painted = Number.isNaN(measured) ? Number.NaN : Number(await pollValue<string>(cdp, PAINTED_AFTER_DCL));
      // Let any task that follows the paint finish inside the trace.
      await new Promise((r) => setTimeout(r, 500));
    };
    let tasks: ReturnType<typeof loadTasks> | null = null;
    if (trace) tasks = loadTasks(await traced(cdp, run), scriptUrl);
    else await run();
    await page.close();
    return { tasks, measured, painted };
  };
  try {
    for (const [i, p] of [...loadPages(), HOME].entries()) {
      log(`page load: ${p.name}`);
      const server = await serveFolder(p.dir);
      const url = `http://${p.host}:${server.port}/${p.file}`;
      const awake = await repeat(7, 2, () => load(url, true));
      log(`page load: ${p.name}, background asleep`);
      const asleep = await repeat(5, 0, async () => {
        await putToSleep(controlCdp, versions);
        return load(url, false);
      });
      await server.close();
      const runs = awake.map((r) => ({ ...r.tasks!, measured: r.measured }));
      const m = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
      const awakeMs = median(awake.map((r) => r.painted));
      const asleepPainted = asleep.map((r) => r.painted).filter((x) => !Number.isNaN(x));
      const asleepMs = asleepPainted.length ? median(asleepPainted) : Number.NaN;
      const unpainted = asleep.length - asleepPainted.length;
      if (i === 0) seed = { total: m('siyaqTotal'), run: m('runBusy'), awake: awakeMs, asleep: asleepMs };
      if (p.host === 'www.lbcgroup.tv') lbci = m('siyaqTotal');
      if (p === HOME) home = m('scriptLoad');
      worstTask = Math.max(worstTask, m('siyaqLongest'));
      const ms = (k: keyof (typeof runs)[number]) => `${fmt(m(k))} ms`;
      rows.push(
        `| ${p.name} (${p.host}, ${fmt(statSync(join(p.dir, p.file)).size / 1024, 0)} KB) | ${ms('measured')} | **${ms('runBusy')}**` +
          ` in ${m('runTasks')} | ${ms('runLongest')} | ${ms('scriptLoad')} | **${ms('siyaqTotal')}** | **${ms('siyaqLongest')}** | ${ms('longest')} |`,
      );
      const never = unpainted ? ` (${unpainted} of ${asleep.length} loads never painted)` : '';
      paintRows.push(`| ${p.name} | **${fmt(awakeMs, 0)} ms** | **${fmt(asleepMs, 0)} ms**${never} | ${fmt(asleepMs - awakeMs, 0)} ms |`);
    }
  } finally {
    await session.close();
  }
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const kb = (file: string) => `${fmt(statSync(join(ROOT, '.output', 'chrome-mv3', file)).size / 1024, 1)} kB`;
  return {
    title: 'Main-thread time on page load',
    markdown: [
      'The built extension (.output/chrome-mv3) in headless Chromium, every host name mapped to a local server, a fresh tab per' +
        ' load, each load traced with the categories of the DevTools Performance panel. The content script detects the article,' +
        ' collects its text and sends it to the background, which analyses it and answers with the marks; the content script' +
        " paints them. `siyaq:run` is the content script's User Timing measure as the page reads it (Chromium puts content scripts'" +
        " entries on the page's timeline): wall time from the start of the run to the highlights, the wait for the background" +
        " included. The tasks are the trace's RunTask events on the page's main thread: those overlapping the in-page steps" +
        ' (`siyaq:detect`, `siyaq:collect` with the send, `siyaq:paint`; their time and the longest), the one that evaluated' +
        " content.js, all of Siyaq's tasks (those, and any other that ran content.js code), and the longest task of the whole load," +
        ' whoever ran it. Medians of 7 loads after 2 warm-ups, the background awake (the loads follow each other).',
      '',
      '| page | `siyaq:run` | in-page steps: main thread, in tasks | in-page steps: longest task | content script load task | all Siyaq tasks | longest Siyaq task | longest task of the load |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
      '',
      `Content script: content.js ${kb('content-scripts/content.js')} (one script for Arabic and English pages; compromise and the` +
        ` analysis live in the background), content.css ${kb('content-scripts/content.css')}; background.js ${kb('background.js')}.`,
      '',
      "Highlights painted, in ms after the page's DOMContentLoaded (the end of `siyaq:run` on the page's timeline): with the" +
        ' background awake (medians of the 7 loads above), and asleep: the service worker stopped before each load' +
        ' (CDP `ServiceWorker.stopWorker`, what Chrome does after 30 s without an event), so that the load wakes it; medians of 5.' +
        ' The difference is the wake: starting the worker, evaluating background.js, loading the base and a first, cold analysis.' +
        " How often a reader's background is asleep when a page loads is not measured here: Chrome stops an extension's service" +
        ' worker after 30 s without an event, so it is asleep whenever no page of a listed site loaded and the panel was not used in' +
        ' the 30 s before: for a reader who reads each article for a minute or more, most article loads. Firefox keeps its MV2' +
        ' background page.',
      '',
      '| page | painted after DOMContentLoaded, background awake | background asleep | wake |',
      '|---|---:|---:|---:|',
      ...paintRows,
      '',
      `Targets: all Siyaq's main-thread tasks ≤ 10 ms on the seed article — ${verdict((seed?.total ?? 99) <= 10)}` +
        ` (${fmt(seed?.total ?? 0)} ms, ${fmt(seed?.run ?? 0)} ms of it the in-page steps)` +
        (lbci ? `; ≤ 20 ms on the LBCI page — ${verdict(lbci <= 20)} (${fmt(lbci)} ms)` : '') +
        `; no single task of Siyaq's over 10 ms on any page — ${verdict(worstTask <= 10)} (longest ${fmt(worstTask)} ms);` +
        ` the content script ≤ 40 kB — ${verdict(statSync(join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'content.js')).size <= 40 * 1024)}` +
        ` and its load task ≤ 3 ms on a page that is not an article — ${verdict(home <= 3)} (${fmt(home)} ms);` +
        ` highlights ≤ 250 ms after DOMContentLoaded with the background awake — ${verdict((seed?.awake ?? 999) <= 250)}` +
        ` (${fmt(seed?.awake ?? 0, 0)} ms on the seed article) and ≤ 800 ms asleep — ${verdict((seed?.asleep ?? 999) <= 800)} (${fmt(seed?.asleep ?? 0, 0)} ms).`,
    ].join('\n'),
  };
}
