/**
 * Fails when an import runs up the layers or closes a cycle. `npm run check:layers`, in CI after
 * the type check; `--root DIR` checks another tree laid out the same way (the checker's tests).
 *
 * LAYERS lists the modules from the bottom up. A module is a folder or a file; it may import the
 * modules of lower layers only: modules of one layer stay apart (the page, the panel and the
 * background share what lies below them, never each other). A new folder goes into the table
 * before its first file is merged; a file of a checked root that no module holds is an error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export const LAYERS: readonly (readonly string[])[] = [
  ['lib/text'],
  ['lib/result.ts', 'lib/once.ts', 'lib/sorted.ts', 'lib/url.ts', 'lib/sites.ts', 'lib/i18n', 'lib/highlight'],
  ['lib/kb'],
  ['lib/analysis'],
  // Article extraction (detection, body, blocks, metadata): reads a document, knows no context.
  ['lib/article', 'lib/report.ts'],
  ['lib/store'],
  // What the contexts share: settings, the tab session, and the one storage abstraction.
  ['lib/settings'],
  ['lib/export'],
  ['lib/import'],
  ['lib/messaging.ts'],
  // The three contexts.
  ['lib/page', 'lib/panel', 'lib/background'],
  ['components', 'harness'],
  ['entrypoints', 'scripts'],
];

/** What the WXT aliases (`@/`, `~/`, `@@/`, `~~/`) stand for: the project's root. */
const ALIASES = ['@/', '~/', '@@/', '~~/'];
const SOURCE = /\.(ts|tsx)$/;

export interface Problem {
  from: string;
  to?: string;
  message: string;
}

const posix = (p: string) => p.split(sep).join('/');

function moduleOf(file: string, layers: readonly (readonly string[])[]): { name: string; layer: number } | null {
  for (const [layer, names] of layers.entries())
    for (const name of names) if (file === name || file.startsWith(`${name}/`)) return { name, layer };
  return null;
}

function sourceFiles(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return SOURCE.test(dir) ? [dir] : [];
  return readdirSync(full)
    .sort()
    .flatMap((entry) => sourceFiles(root, `${dir}/${entry}`));
}

/** The project file an import names, or null for a package. Non-code files (JSON, CSS, `?raw`) resolve too. */
function resolveImport(root: string, from: string, spec: string): string | null {
  const path = spec.replace(/\?.*$/, '');
  const alias = ALIASES.find((a) => path.startsWith(a));
  let base: string;
  if (alias) base = join(root, path.slice(alias.length));
  else if (path.startsWith('.')) base = resolve(root, dirname(from), path);
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  // A missing file is named as the module it would be, so that its layer is still checked.
  return posix(relative(root, found ?? (/\.\w+$/.test(base) ? base : `${base}.ts`)));
}

/** Every import, re-export and dynamic import of a file, type-only ones included. */
function importsOf(root: string, file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return info.importedFiles.flatMap((f) => {
    const target = resolveImport(root, file, f.fileName);
    return target ? [target] : [];
  });
}

/** Files in import cycles (Tarjan's strongly connected components of more than one file, or a file importing itself). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || graph.get(v)?.includes(v)) found.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

export function checkLayers(root: string, layers: readonly (readonly string[])[] = LAYERS): Problem[] {
  const roots = [...new Set(layers.flat().map((m) => m.split('/')[0]!))];
  const files = roots.flatMap((r) => sourceFiles(root, r));
  const problems: Problem[] = [];
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const from = moduleOf(file, layers);
    if (!from) {
      problems.push({ from: file, message: 'is in no module of the layer table (scripts/check-layers.ts)' });
      continue;
    }
    const targets = importsOf(root, file);
    graph.set(file, targets);
    for (const to of targets) {
      if (!SOURCE.test(to)) continue; // data: JSON, CSS, raw text
      const target = moduleOf(to, layers);
      if (!target) {
        // Tests and build configs are outside the layers: nothing layered may lean on them.
        problems.push({ from: file, to, message: 'imports a file outside the layers' });
      } else if (target.name !== from.name && target.layer >= from.layer) {
        const how = target.layer === from.layer ? 'on the same layer' : 'above it';
        problems.push({ from: file, to, message: `${from.name} imports ${target.name}, ${how}` });
      }
    }
  }
  for (const cycle of cycles(graph)) problems.push({ from: cycle[0]!, message: `import cycle: ${cycle.join(' → ')}` });
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('check-layers.ts')) {
  const at = process.argv.indexOf('--root');
  const root = resolve(at >= 0 ? process.argv[at + 1]! : '.');
  const problems = checkLayers(root);
  for (const p of problems) console.error(`${p.from}${p.to ? ` → ${p.to}` : ''}: ${p.message}`);
  if (problems.length) {
    console.error(`\n${problems.length} import problem(s). The layers, bottom up, are in scripts/check-layers.ts.`);
    process.exit(1);
  }
  console.log(`layers: ${LAYERS.map((l) => l.join(', ')).join(' ← ')}: no import runs up, no cycle`);
}
