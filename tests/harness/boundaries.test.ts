import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../harness/paths';

/** Every TypeScript file under `dir`, relative to the checkout. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.includes('node_modules'))
    .map((f) => join(dir, f));
}

/** The top-level folder each import of `file` reaches (`lib`, `harness`, …); packages are left out. */
function reaches(file: string): { spec: string; top: string }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out: { spec: string; top: string }[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
    const spec = m[1]!;
    const target = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(ROOT, dirname(file), spec) : null;
    if (target) out.push({ spec, top: relative(ROOT, target).split(/[\\/]/)[0]! });
  }
  return out;
}

const crossings = (dir: string, forbidden: string[], allowed: (file: string) => boolean = () => false) =>
  sources(dir)
    .filter((f) => !allowed(f))
    .flatMap((f) =>
      reaches(f)
        .filter((r) => forbidden.includes(r.top))
        .map((r) => `${f} → ${r.spec}`),
    );

/**
 * Tests, benchmarks and the demo share one harness (harness/: browsers, the fixture server, the
 * page loader, the drivers) and never import each other, so a change to one cannot break the other.
 */
describe('the harness is the only bridge between tests/ and scripts/', () => {
  it('harness/ imports neither tests/ nor scripts/', () => {
    expect(crossings('harness', ['tests', 'scripts'])).toEqual([]);
  });
  it('scripts/ imports nothing from tests/', () => {
    expect(crossings('scripts', ['tests'])).toEqual([]);
  });
  it("tests/ imports nothing from scripts/, but for the scripts' own tests", () => {
    expect(crossings('tests', ['scripts'], (f) => f.startsWith(join('tests', 'scripts')))).toEqual([]);
  });
  it('sees an import that crosses (the check is not blind)', () => {
    expect(reaches(join('tests', 'scripts', 'kb-build.test.ts')).map((r) => r.top)).toContain('scripts');
  });
});
