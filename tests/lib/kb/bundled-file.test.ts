import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const ACTORS = readFileSync(join(import.meta.dirname, '../../../generated/actors.json'), 'utf8');

describe('loadBundledActors', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('reads the base from the file the build emits, once for the page', async () => {
    const fetch = vi.fn(async (url: string) => {
      expect(url).toMatch(/actors.*\.json/);
      return new Response(ACTORS, { headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetch);
    const { loadBundledActors } = await import('@/lib/kb/bundled-file');
    const actors = await loadBundledActors();
    expect(actors.length).toBeGreaterThan(600);
    expect(actors.find((a) => a.id === 'mustafa-al-kadhimi')?.names.ar).toBe('مصطفى الكاظمي');
    expect(await loadBundledActors()).toBe(actors);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('says plainly that the base is missing when the file cannot be read', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const { loadBundledActors } = await import('@/lib/kb/bundled-file');
    await expect(loadBundledActors()).rejects.toThrow('The bundled knowledge base is missing from the extension (404).');
  });
});
