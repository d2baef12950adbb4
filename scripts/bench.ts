/**
 * npm run bench — runs every benchmark and writes BENCHMARKS.md with the machine, the versions
 * and the medians. Numbers come from this run only.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { benchMatcher, type Section } from './bench/matcher';

const ROOT = join(import.meta.dirname, '..');
const pkg = (await import('../package.json', { with: { type: 'json' } })).default as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const sections: Section[] = [];
for (const [name, run] of [['analysis engine', benchMatcher]] as const) {
  process.stderr.write(`bench: ${name}…\n`);
  sections.push(await run());
}

const cpu = cpus()[0];
const machine = [
  `- Date: ${new Date().toISOString().slice(0, 10)}`,
  `- Machine: ${cpu?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()}`,
  `- Node ${process.version}; ${['wxt', 'vitest', 'typescript', 'playwright-core', 'puppeteer-core'].map((p) => `${p} ${pkg.devDependencies[p]}`).join(', ')}; dexie ${pkg.dependencies.dexie}, preact ${pkg.dependencies.preact}`,
].join('\n');

const md = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` from one run on the machine below. Timings are medians of repeated runs',
  'after warm-up; nothing here is asserted in tests.',
  '',
  machine,
  '',
  ...sections.flatMap((s) => [`## ${s.title}`, '', s.markdown, '']),
].join('\n');
writeFileSync(join(ROOT, 'BENCHMARKS.md'), md);
process.stdout.write(md);
