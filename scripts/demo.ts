/**
 * npm run demo [-- --headless]
 *
 * Builds the Chrome extension, serves the sample articles on 127.0.0.1, and opens Chrome or
 * Chromium with Siyaq loaded on the sample article. The browser resolves the sample sites'
 * host names to the local server, so the built extension runs exactly as on the real sites.
 * With --headless it saves screenshots of the highlighted article and of the side panel,
 * prints where they are, and exits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../harness/browsers';
import { SEED } from '../harness/pages';
import { serveFolder } from '../harness/serve';

const DEMO_PAGES = [SEED];

const ROOT = resolve(import.meta.dirname, '..');
const headless = process.argv.includes('--headless');
const outDir = join(ROOT, 'artifacts', 'demo');

let browserPath: string;
try {
  browserPath = findChromium().path;
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. Run `npm run demo -- --headless` to get screenshots instead of a window.');
  process.exit(1);
}

console.log('Building the extension…');
execFileSync('npm', ['run', '--silent', 'kb:build'], { cwd: ROOT, stdio: 'inherit' });
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const server = await serveFolder(join(ROOT, 'tests', 'fixtures', 'pages'));
const extDir = join(ROOT, '.output', 'chrome-mv3');
const hostRules = DEMO_PAGES.map((p) => `MAP ${p.host} 127.0.0.1:${server.port}`).join(',');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'siyaq-demo-')), {
  executablePath: browserPath,
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: [
    '--no-first-run',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--host-resolver-rules=${hostRules}`,
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
  ],
  ignoreDefaultArgs: ['--enable-automation'],
});
let [worker] = context.serviceWorkers();
worker ??= await context.waitForEvent('serviceworker');
const extensionId = new URL(worker.url()).host;
const article = `http://${DEMO_PAGES[0]!.host}${DEMO_PAGES[0]!.path}`;

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(article);
console.log(`Siyaq is loaded. Sample article: ${article}`);
for (const p of DEMO_PAGES.slice(1)) console.log(`  more samples: http://${p.host}${p.path}`);

if (!headless) {
  console.log('Click a highlighted name to open the side panel. Close the browser to stop the demo.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('siyaq-actor'), null, {
  timeout: 15_000,
});
// Click the first highlighted person, as a reader would.
const box = await page.evaluate(() => {
  const ranges = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('siyaq-actor') ?? [])];
  const range = ranges.find((r) => r.toString().includes('الكاظمي')) ?? ranges[0];
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = range.getClientRects()[0]!;
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
});
if (box) await page.mouse.click(box.x, box.y);
const articleShot = join(outDir, 'article.png');
await page.screenshot({ path: articleShot });

// Headless Chromium has no side panel to photograph: open the panel's page beside it.
const panel = await context.newPage();
await panel.setViewportSize({ width: 420, height: 900 });
await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
await panel.waitForSelector('[data-actor-id], .empty', { timeout: 10_000 });
await panel.waitForTimeout(300);
const panelShot = join(outDir, 'panel.png');
await panel.screenshot({ path: panelShot });

console.log(`Screenshots:\n  ${articleShot}\n  ${panelShot}`);
await context.close();
await server.close();
