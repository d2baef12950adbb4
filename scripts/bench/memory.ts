import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { Matcher } from '../../lib/analysis/matcher';
import { compileMatcher, type MatcherData } from '../../lib/kb/compile';
import type { Actor } from '../../lib/kb/schema';
import { normalize } from '../../lib/text/normalize';
import { launchChromium } from '../../harness/chromium';
import { PAGES } from '../../harness/paths';
import { serveFolder } from '../../harness/serve';
import { ensureBuild, launchPlain, log, pollValue, ROOT } from './browser';
import type { Section } from './matcher';
import { fmt, median, repeat } from './stats';
import { grownBase } from './synthetic-kb';

const MB = 2 ** 20;
const MATCHER_JSON = join(ROOT, 'generated', 'matcher.json');

interface Heap {
  used: number;
  /** ArrayBuffer backing stores (the matcher's typed arrays live there, outside the JS heap). */
  buffers: number;
}

/** The renderer's heap after a full collection. Every world of the page (the content script's isolated world too) shares it. */
async function pageHeap(context: BrowserContext, url: string, withExtension: boolean): Promise<Heap & { isolated: boolean }> {
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) await pollValue(cdp, `performance.getEntriesByName('siyaq:run').length`);
  await new Promise((r) => setTimeout(r, 1000));
  const contexts: { origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await page.close();
  const isolated = contexts.some((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  return { used: u.usedSize, buffers: u.backingStorageSize ?? 0, isolated };
}

/** In a child Node with --expose-gc: what the parsed base and a built Matcher keep alive. */
function nodeChild(): void {
  const gc = (globalThis as { gc?: () => void }).gc!;
  const heap = () => {
    for (let i = 0; i < 3; i++) gc();
    const m = process.memoryUsage();
    return { used: m.heapUsed, buffers: m.arrayBuffers };
  };
  const keep: unknown[] = [];
  const actors = JSON.parse(readFileSync(join(ROOT, 'generated', 'actors.json'), 'utf8')) as Actor[];
  const sample = normalize(readFileSync(join(PAGES, 'seed-article.html'), 'utf8')).text;
  const grown = JSON.stringify(compileMatcher(grownBase(actors, 20_000).actors));
  const out: Record<string, { data: Heap; matcher: Heap }> = {};
  for (const [name, json] of [
    ['bundled', readFileSync(MATCHER_JSON, 'utf8')],
    ['grown', grown],
  ] as const) {
    const h0 = heap();
    const data = JSON.parse(json) as MatcherData;
    keep.push(data);
    const h1 = heap();
    const matcher = new Matcher(data);
    matcher.scan(sample);
    keep.push(matcher);
    const h2 = heap();
    out[name] = {
      data: { used: h1.used - h0.used, buffers: h1.buffers - h0.buffers },
      matcher: { used: h2.used - h1.used, buffers: h2.buffers - h1.buffers },
    };
  }
  process.stdout.write(JSON.stringify(out));
}

if (process.argv.includes('--memory-child')) nodeChild();

/** The content script's memory with the whole bundled base: in Chromium, and in Node piece by piece. */
export async function benchMemory(): Promise<Section> {
  ensureBuild();
  log('memory: Node, parsed base and matcher');
  const node = JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, '--memory-child'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as Record<string, { data: Heap; matcher: Heap }>;
  const server = await serveFolder(PAGES);
  const url = `http://www.amad.ps:${server.port}/seed-article.html`;
  const heaps: Record<'with' | 'without', Heap[]> = { with: [], without: [] };
  let isolated = false;
  try {
    log('memory: Chromium without the extension');
    const plain = await launchPlain();
    const plainContext = await plain.browser.newContext();
    heaps.without = await repeat(5, 1, () => pageHeap(plainContext, url, false));
    await plain.close();
    log('memory: Chromium with the extension');
    const ext = await launchChromium();
    heaps.with = await repeat(5, 1, async () => {
      const h = await pageHeap(ext.context, url, true);
      isolated ||= h.isolated;
      return h;
    });
    await ext.close();
  } finally {
    await server.close();
  }
  const mb = (bytes: number) => `${fmt(bytes / MB, 2)} MB`;
  const med = (hs: Heap[], k: keyof Heap) => median(hs.map((h) => h[k]));
  const row = (label: string, h: Heap) => `| ${label} | ${mb(h.used)} | ${mb(h.buffers)} | **${mb(h.used + h.buffers)}** |`;
  const diff = (k: keyof Heap) => med(heaps.with, k) - med(heaps.without, k);
  return {
    title: 'Memory',
    markdown: [
      `The seed article page (www.amad.ps) in headless Chromium, with and without the built extension, after three forced` +
        ' garbage collections (CDP `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`); medians of 5 pages after one.' +
        ` The content script runs in an isolated world${isolated ? " (found through `Runtime.executionContextCreated`, auxData.type 'isolated', the extension's origin)" : ''}` +
        " that shares the renderer's V8 heap with the page, so its heap is the difference between the two.",
      '',
      '| renderer heap | JS heap | array buffers | total |',
      '|---|---:|---:|---:|',
      row('page without Siyaq', { used: med(heaps.without, 'used'), buffers: med(heaps.without, 'buffers') }),
      row('page with Siyaq', { used: med(heaps.with, 'used'), buffers: med(heaps.with, 'buffers') }),
      row("difference: Siyaq's content script", { used: diff('used'), buffers: diff('buffers') }),
      '',
      `In Node (\`process.memoryUsage()\` after \`gc()\`, --expose-gc, in a child process): what stays alive of the bundled base` +
        ` (generated/matcher.json, ${mb(statSync(MATCHER_JSON).size)} on disk) once parsed, and what a built Matcher adds after its first scan;` +
        ' the same for the base grown to 20,000 names.',
      '',
      '| | JS heap | array buffers | total |',
      '|---|---:|---:|---:|',
      row('bundled base, parsed JSON', node.bundled!.data),
      row('bundled base, Matcher', node.bundled!.matcher),
      row('grown to 20,000 names, parsed JSON', node.grown!.data),
      row('grown to 20,000 names, Matcher', node.grown!.matcher),
    ].join('\n'),
  };
}
