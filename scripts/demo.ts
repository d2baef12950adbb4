/**
 * npm run demo [-- --firefox] [--headless] [--update-docs]
 *
 * Builds the extension, serves the sample articles on 127.0.0.1, and opens Chromium (or, with
 * --firefox, Firefox ESR with the Firefox build as a temporary add-on) with Siyaq loaded on the
 * Arabic sample article. The browser resolves the sample sites' host names to the local server,
 * so the built extension runs exactly as on the real sites. When no browser is found it is
 * installed on Debian and Ubuntu (harness/install-browsers.sh), else the demo says what to install.
 *
 * With --headless it walks the reader's way instead (scripts/demo/tour.ts): the article with its
 * highlights, the hover card, the panel on the clicked actor, This page, an English article and
 * the options page, saved as PNGs in artifacts/demo/<browser>/, and prints their paths.
 * --update-docs copies the side-by-side picture to docs/screenshot.png, the README's.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowser } from '../harness/browsers';
import { chromiumDriver, firefoxDriver } from '../harness/driver';
import { SEED, startPages } from '../harness/pages';
import { ARTIFACTS, ROOT } from '../harness/paths';
import { ENGLISH, SHOTS, tour } from './demo/tour';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const name = args.includes('--firefox') ? 'firefox' : 'chromium';
const outDir = join(ARTIFACTS, 'demo', name);

if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    `No display found. Run \`npm run demo -- ${name === 'firefox' ? '--firefox ' : ''}--headless\` to get screenshots instead of a window.`,
  );
  process.exit(1);
}

let executablePath: string;
try {
  executablePath = ensureBrowser(name).path;
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}

console.log(`Building the extension for ${name === 'firefox' ? 'Firefox' : 'Chrome'}…`);
execFileSync('npm', ['run', '--silent', 'kb:build'], { cwd: ROOT, stdio: 'inherit' });
execFileSync('npx', ['wxt', 'build', ...(name === 'firefox' ? ['-b', 'firefox'] : [])], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});

const pages = await startPages();
// With a window, only the samples' sites are served locally: the rest of the web stays reachable.
const launch = name === 'firefox' ? firefoxDriver : chromiumDriver;
const browser = await launch({ headless, executablePath, ...(headless ? {} : { localHosts: [SEED.host, ENGLISH.host] }) });

try {
  if (!headless) {
    const tab = await browser.newTab();
    await tab.goto(pages.url(SEED));
    console.log(`Siyaq is loaded. Sample article: ${pages.url(SEED)}`);
    console.log(`  in English: ${pages.url(ENGLISH)}`);
    console.log(
      name === 'firefox'
        ? 'Hover a highlighted name for its card; click it, then open the Siyaq sidebar (toolbar button). Close the browser to stop the demo.'
        : 'Hover a highlighted name for its card; click it to open the side panel. Close the browser to stop the demo.',
    );
    await browser.closed();
  } else {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const saved = await tour(browser, pages.url, outDir);
    console.log(`Screenshots (${name}):`);
    for (const [i, path] of saved.entries()) console.log(`  ${path}  ${SHOTS[i]?.what ?? ''}`);
    if (args.includes('--update-docs')) {
      copyFileSync(join(outDir, 'overview.png'), join(ROOT, 'docs', 'screenshot.png'));
      console.log(`  copied overview.png to ${join(ROOT, 'docs', 'screenshot.png')}`);
    }
  }
} finally {
  await browser.close().catch(() => {});
  await pages.close();
}
