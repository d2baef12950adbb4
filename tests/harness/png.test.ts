import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { blankness, lookAtPng } from '../../harness/png';

const dir = mkdtempSync(join(tmpdir(), 'siyaq-png-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 100 × 50 PNG, white but for `inked` pixels of black text-like marks. */
function png(name: string, inked: number): string {
  const img = new PNG({ width: 100, height: 50 });
  img.data.fill(255);
  for (let i = 0; i < inked; i++) img.data.writeUInt32BE(0x000000ff, ((i * 37) % 5000) * 4);
  const path = join(dir, name);
  writeFileSync(path, PNG.sync.write(img));
  return path;
}

describe('blankness (the demo check in CI)', () => {
  it('calls a flat image blank', () => {
    expect(lookAtPng(png('flat.png', 0))).toEqual({ width: 100, height: 50, dominantShare: 1 });
    expect(blankness(png('flat.png', 0))).toBe('100.0% of it is one colour');
  });
  it('calls an image with a few stray pixels blank, and one with content not', () => {
    expect(blankness(png('stray.png', 10))).toMatch(/one colour/);
    expect(blankness(png('text.png', 500))).toBeNull();
  });
  it('says so when the file is not a PNG', () => {
    const path = join(dir, 'not.png');
    writeFileSync(path, 'not a picture');
    expect(blankness(path)).toMatch(/^not a readable PNG/);
  });
});
