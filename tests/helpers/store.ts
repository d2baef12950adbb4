import { analyzeEnglish } from '@/lib/analysis/english';
import { type BackgroundDeps, createHandlers } from '@/lib/background/handlers';
import { collectBackupData } from '@/lib/export/collect';
import type { BackupData } from '@/lib/export/types';
import { BUNDLED_ACTORS } from '@/lib/kb/bundled';
import { analyzeDocument } from '@/lib/article/analyze-document';
import { buildReport, type PageReport } from '@/lib/report';
import type { SiyaqDB } from '@/lib/store/db';
import { memoryArea } from './fakes';
import { BUNDLED } from './kb';
import { loadDocument } from '../../harness/document';
import { type PageCase, pageCases } from '../../harness/page-cases';

/** The project's own fixture pages (sites, the seed article): what the pipeline tests read. */
export const OWN_PAGES: PageCase[] = pageCases().cases.filter((c) => c.group !== 'real');

/**
 * A page's report as the extension makes it: detection and collection (the content script),
 * analysis with the English analyser on English pages, then the report (the background; the two
 * agree on every fixture page, tests/lib/background/analyse.test.ts). Built once per page and reused.
 */
const reports = new Map<string, PageReport>();
export function reportOf(page: PageCase): PageReport {
  const cached = reports.get(page.name);
  if (cached) return structuredClone(cached);
  const { doc, close } = loadDocument(page.html, page.url);
  try {
    const { detection: d, analysis } = analyzeDocument(doc, page.url, BUNDLED, { english: analyzeEnglish });
    const meta = { url: page.url, title: d.title, site: d.site, byline: d.byline, publishedAt: d.publishedAt, isArticle: d.isArticle };
    const report = buildReport(meta, analysis);
    reports.set(page.name, report);
    return structuredClone(report);
  } finally {
    close();
  }
}

/** The background's handlers over `db`, with the bundled base, a fake session and a settable clock. */
export function backgroundFor(db: SiyaqDB, deps: Partial<BackgroundDeps> = {}) {
  let n = 0;
  return createHandlers({
    db,
    session: memoryArea(),
    panel: {},
    now: () => 1_700_000_000_000,
    newId: () => `note-${++n}`,
    bundled: () => BUNDLED_ACTORS,
    base: () => BUNDLED,
    english: analyzeEnglish,
    ...deps,
  });
}

/** Everything in the store, as the backup reads it; a failed read fails the test. */
export async function dumpStore(db: SiyaqDB): Promise<BackupData> {
  const r = await collectBackupData(db);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
