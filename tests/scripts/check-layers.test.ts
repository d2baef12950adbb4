import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const trees: string[] = [];

/** A tiny project tree laid out like Siyaq's, written for these tests. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'siyaq-layers-'));
  trees.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs the checker as CI does; its exit code and what it printed. */
function check(root: string): { code: number; out: string } {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/check-layers.ts', '--root', root], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, out: err.stderr };
  }
}

afterAll(() => {
  for (const dir of trees) rmSync(dir, { recursive: true, force: true });
});

describe('npm run check:layers', () => {
  it('passes a tree whose imports all run down, through relative paths and the @/ alias', () => {
    const root = tree({
      'lib/text/fold.ts': 'export const fold = (s: string) => s;\n',
      'lib/store/db.ts':
        "import { fold } from '../text/fold';\nimport type { X } from './types';\nexport const key = (x: X) => fold(x.id);\n",
      'lib/store/types.ts': 'export interface X { id: string }\n',
      'lib/panel/view.ts':
        "import { key } from '@/lib/store/db';\nimport data from '../../generated/data.json';\nexport const k = [key, data];\n",
      'components/App.tsx': "import { k } from '@/lib/panel/view';\nimport 'preact';\nexport const App = () => k;\n",
      'entrypoints/main.tsx': "import { App } from '~/components/App';\nexport default App;\n",
    });
    const { code, out } = check(root);
    expect(code).toBe(0);
    expect(out).toContain('no import runs up, no cycle');
  }, 60_000);

  it('fails on an import up the layers, across contexts, out of the layers, in a cycle, or from an unplaced file', () => {
    const root = tree({
      'lib/text/fold.ts': "import { CLAIMS_PAGE } from '../panel/card';\nexport const fold = CLAIMS_PAGE;\n",
      'lib/panel/card.ts': "export const CLAIMS_PAGE = 30;\nexport { activate } from '@/lib/background/activate';\n",
      'lib/background/activate.ts': 'export const activate = 1;\n',
      'lib/store/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'lib/store/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      'lib/store/test-only.ts': "export { memoryArea } from '../../tests/helpers/fakes';\n",
      'lib/newcomer/x.ts': 'export const x = 1;\n',
      'tests/helpers/fakes.ts': 'export const memoryArea = 1;\n',
    });
    const { code, out } = check(root);
    expect(code).toBe(1);
    expect(out.trim().split('\n').slice(0, -2)).toEqual([
      'lib/newcomer/x.ts: is in no module of the layer table (scripts/check-layers.ts)',
      'lib/panel/card.ts → lib/background/activate.ts: lib/panel imports lib/background, on the same layer',
      'lib/store/test-only.ts → tests/helpers/fakes.ts: imports a file outside the layers',
      'lib/text/fold.ts → lib/panel/card.ts: lib/text imports lib/panel, above it',
      'lib/store/a.ts: import cycle: lib/store/a.ts → lib/store/b.ts',
    ]);
  }, 60_000);
});
