import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, Tab } from '../../../harness/driver';
import { readTable } from '../../../harness/extension';
import { applyImport, chooseBackup, eraseFromOptions, exportBackupFromOptions, refusalText } from '../../../harness/options';
import { at, SEED, site, startPages } from '../../../harness/pages';

const ARTICLES = ['aljazeera-article', 'bbc-arabic-article', 'alarabiya-article', 'aawsat-article', 'thenational-article'];
const HOST = 'www.aljazeera.net';
const TABLES = ['articles', 'claims', 'notes', 'readerActors', 'settings'] as const;
const hasActors = () => ((CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('siyaq-actor')?.size ?? 0) > 0;

/** Whether the store holds at least `n` articles (run in an extension page). */
const storedArticles = (n: number) =>
  new Promise<boolean>((resolve) => {
    const open = indexedDB.open('siyaq');
    open.onsuccess = () => {
      const req = open.result.transaction('articles').objectStore('articles').count();
      req.onsuccess = () => resolve(req.result >= n);
      req.onerror = () => resolve(false);
    };
    open.onerror = () => resolve(false);
  });

/** Every table of the extension's database, each sorted by key, as JSON text to compare. */
async function dumpStore(ext: Tab): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const rows = await readTable<Record<string, unknown>>(ext, t);
    const key = t === 'articles' ? 'url' : t === 'settings' ? 'key' : 'id';
    out[t] = rows.sort((a, b) => (String(a[key]) < String(b[key]) ? -1 : 1));
  }
  return out;
}

/**
 * A reader's backup comes back: read the fixture articles, export the JSON backup from the
 * options page, import that very file (merge into the same store; then replace into an erased
 * one), and the stores are equal record for record.
 */
export function backupScenarios(launch: () => Promise<BrowserDriver>): void {
  let browser: BrowserDriver;
  let pages: Awaited<ReturnType<typeof startPages>>;
  beforeAll(async () => {
    pages = await startPages();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  it('exports the backup of the articles read and imports that very file back, by merge and by replace', async () => {
    const options = await browser.extensionTab('options.html', 'main.options');
    const tab = await browser.newTab();
    const pagesRead = [SEED, ...ARTICLES.map(site)];
    for (const [i, p] of pagesRead.entries()) {
      await tab.goto(pages.url(p));
      await tab.waitFor(hasActors, undefined);
      // Stored before the next page replaces this one.
      await options.waitFor(storedArticles, i + 1);
    }
    await tab.close();
    const before = await dumpStore(options);
    expect((before.claims as { figures: { actorIds?: string[] }[] }[]).some((c) => c.figures.some((f) => f.actorIds?.length))).toBe(true);

    const file = await exportBackupFromOptions(options);
    expect(file.name).toMatch(/^siyaq-backup-.*\.json$/);

    // Merge into the store it came from: accepted, and nothing changes but the export date it recorded.
    await chooseBackup(options, file, 'merge');
    expect(await refusalText(options)).toBeNull();
    await applyImport(options);
    expect(await refusalText(options)).toBeNull();
    const merged = await dumpStore(options);
    expect({ ...merged, settings: merged.settings!.filter((s) => (s as { key: string }).key !== 'backup.lastExportAt') }).toEqual(before);

    // Replace into an erased store: the very records the file was made from.
    await eraseFromOptions(options);
    await options.waitFor(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('siyaq');
          open.onsuccess = () => {
            const req = open.result.transaction('claims').objectStore('claims').count();
            req.onsuccess = () => resolve(req.result === 0);
          };
        }),
      undefined,
    );
    await chooseBackup(options, file, 'replace');
    expect(await refusalText(options)).toBeNull();
    await applyImport(options);
    expect(await refusalText(options)).toBeNull();
    expect(await dumpStore(options)).toEqual(before);
    await options.close();
  });

  it('hostile pages (one that ticks, a 600,000-character title, synthetic clicks) leave the store consistent and the next backup importable', async () => {
    const options = await browser.extensionTab('options.html', 'main.options');
    const article = async (path: string) =>
      (await readTable<{ url: string; title: string; readCount: number }>(options, 'articles')).find((a) => a.url.endsWith(path));
    const tab = await browser.newTab();

    await tab.goto(pages.url(at(HOST, '/hostile/ticking.html')));
    await tab.waitFor(hasActors, undefined);
    // Six seconds of a clock ticking inside the article, every half second.
    await tab.waitFor(() => Number(document.body.getAttribute('data-ticks')) >= 12, undefined, 30_000);
    await expect.poll(() => article('/hostile/ticking.html')).toMatchObject({ readCount: 1 });

    await tab.goto(pages.url(at(HOST, '/hostile/huge-title.html')));
    await tab.waitFor(() => document.body.getAttribute('data-title-length') === '600000', undefined);
    await tab.waitFor(hasActors, undefined);
    await expect.poll(() => article('/hostile/huge-title.html'), { timeout: 30_000 }).toBeDefined();
    expect((await article('/hostile/huge-title.html'))!.title.length).toBeLessThanOrEqual(1000);

    await tab.goto(pages.url(at(HOST, '/hostile/synthetic-clicks.html')));
    await tab.waitFor(hasActors, undefined);
    await tab.waitFor(() => Number(document.body.getAttribute('data-clicks')) >= 6, undefined);
    // The page's clicks selected no actor: the reader clicked nothing.
    const selection = await options.evaluate(async () => {
      const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
      const area = api.storage.session ?? api.storage.local;
      return (await area.get('siyaq:selection'))['siyaq:selection'] ?? null;
    }, undefined);
    expect(selection).toBeNull();
    await tab.close();

    const before = await dumpStore(options);
    const file = await exportBackupFromOptions(options);
    await eraseFromOptions(options);
    await options.waitFor(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('siyaq');
          open.onsuccess = () => {
            const req = open.result.transaction('articles').objectStore('articles').count();
            req.onsuccess = () => resolve(req.result === 0);
          };
        }),
      undefined,
    );
    await chooseBackup(options, file, 'replace');
    expect(await refusalText(options)).toBeNull();
    await applyImport(options);
    expect(await refusalText(options)).toBeNull();
    expect(await dumpStore(options)).toEqual(before);
    await options.close();
  });
}
