import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, type CDPSession, chromium } from 'playwright-core';
import { findChromium } from '../../harness/browsers';

export const ROOT = join(import.meta.dirname, '..', '..');
const MANIFEST = join(ROOT, '.output', 'chrome-mv3', 'manifest.json');
const SOURCES = ['lib', 'components', 'entrypoints', 'generated', 'public', 'wxt.config.ts'];

/** Progress on stderr: stdout carries the Markdown. */
export const log = (msg: string) => process.stderr.write(`  ${msg}\n`);

function newestSource(path: string): number {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const s = statSync(full);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((f) => newestSource(join(path, f))));
}

/** The compiled knowledge base (generated/ is not committed). */
export function ensureGenerated(): void {
  if (existsSync(join(ROOT, 'generated', 'matcher.json'))) return;
  log('generated/ is missing: npm run kb:build');
  execFileSync('npm', ['run', 'kb:build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * The browser benchmarks measure the built extension, so a build older than the sources would
 * report on code that no longer exists; others edit lib/ while this runs, hence the check.
 */
export function ensureBuild(): void {
  ensureGenerated();
  if (existsSync(MANIFEST) && statSync(MANIFEST).mtimeMs > Math.max(...SOURCES.map(newestSource))) return;
  log('building the extension (npx wxt build)');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Plain headless Chromium, no extension: the page alone, or mark.js and Siyaq's bundle injected. */
export async function launchPlain(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: findChromium().path,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--host-resolver-rules=MAP * 127.0.0.1'],
  });
  return { browser, close: () => browser.close() };
}

/** A scratch folder removed by the caller. */
export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `siyaq-bench-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Bundles `code` (imports resolved from scripts/bench) into one classic script for a page or a
 * service worker, where modules cannot be imported at run time.
 */
export async function bundle(code: string): Promise<string> {
  const out = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/**
 * Evaluates `expression` in the page's main world through CDP until it is truthy. Playwright's
 * own evaluate would first inject its helper script, which the measurements would then count.
 */
export async function pollValue<T>(cdp: CDPSession, expression: string, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (r.result.value) return r.result.value as T;
    if (Date.now() > until) throw new Error(`still falsy after ${timeoutMs / 1000} s: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
