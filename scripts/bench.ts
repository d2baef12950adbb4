/**
 * npm run bench — runs every benchmark and writes BENCHMARKS.md with the machine, the versions
 * and the medians. Numbers come from this run only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { benchDetection } from './bench/detection';
import { benchMarkjs } from './bench/markjs';
import { benchMatcher, type Section } from './bench/matcher';
import { benchMemory } from './bench/memory';
import { benchPageLoad } from './bench/page-load';
import { benchPanel } from './bench/panel';
import { ensureBrowser } from '../harness/browsers';

const ROOT = join(import.meta.dirname, '..');
// The browser benchmarks need Chromium: installed here first when missing (Debian, Ubuntu), as for the demo.
const chromiumPath = ensureBrowser('chromium').path;
const pkg = (await import('../package.json', { with: { type: 'json' } })).default as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const benchmarks: [string, () => Section | Promise<Section>][] = [
  ['analysis engine', benchMatcher],
  ['in-page path against mark.js', benchMarkjs],
  ['article detection', benchDetection],
  ['main-thread time on page load', benchPageLoad],
  ['memory', benchMemory],
  ['related claims and the actor card', benchPanel],
];
// `npm run bench -- --only page` runs the matching benchmarks and prints them without writing
// BENCHMARKS.md, which always holds one whole run.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const selected = only ? benchmarks.filter(([name]) => name.includes(only)) : benchmarks;
const sections: Section[] = [];
let failed = 0;
const started = performance.now();
const startedAt = new Date();
// The machine may be shared: its load average at the start and the end says how quiet the run was.
const loadAtStart = loadavg();
for (const [i, [name, run]] of selected.entries()) {
  process.stderr.write(`bench ${i + 1}/${selected.length}: ${name}…\n`);
  const t0 = performance.now();
  try {
    sections.push(await run());
  } catch (e) {
    // One broken benchmark still leaves the others' numbers, and the file says what is missing.
    failed++;
    process.stderr.write(`bench: ${name} failed: ${e instanceof Error ? e.stack : e}\n`);
    sections.push({ title: name[0]!.toUpperCase() + name.slice(1), markdown: `**Not measured in this run**: ${String(e).split('\n')[0]}` });
  }
  process.stderr.write(`bench ${i + 1}/${selected.length}: ${name} done in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}
process.stderr.write(`bench: all done in ${((performance.now() - started) / 60_000).toFixed(1)} min\n`);

const cpu = cpus()[0];
const machine = [
  `- Date: ${startedAt.toISOString().slice(0, 10)}, ${startedAt.toISOString().slice(11, 16)}–${new Date().toISOString().slice(11, 16)} UTC`,
  `- Load average (1, 5, 15 min) at the start: ${loadAtStart.map((x) => x.toFixed(1)).join(', ')}; at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(', ')} (the machine is shared: other people's builds and tests ran beside this one, so numbers are noisy)`,
  `- Machine: ${cpu?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()}`,
  `- Node ${process.version}; ${['wxt', 'vitest', 'typescript', 'playwright-core', 'puppeteer-core'].map((p) => `${p} ${pkg.devDependencies[p]}`).join(', ')}; dexie ${pkg.dependencies.dexie}, preact ${pkg.dependencies.preact}`,
  `- ${execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()} (headless); compared with ${['mark.js', '@mozilla/readability', 'fake-indexeddb'].map((p) => `${p} ${pkg.devDependencies[p]}`).join(', ')}`,
].join('\n');

// The named-entity figures come from `npm run eval:ner`, not from this run: kept as they are.
const previous = existsSync(join(ROOT, 'BENCHMARKS.md')) ? readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8') : '';
const kept = previous.match(/<!-- eval:ner[\s\S]*?<!-- \/eval:ner -->/)?.[0];

const md = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` from one run on the machine below. Timings are medians of repeated runs',
  'after warm-up; nothing here is asserted in tests.',
  '',
  machine,
  '',
  ...sections.flatMap((s) => [`## ${s.title}`, '', s.markdown, '']),
  ...(kept ? [kept, ''] : []),
].join('\n');
if (!only) writeFileSync(join(ROOT, 'BENCHMARKS.md'), md);
process.stdout.write(md);
if (failed) process.exitCode = 1;
