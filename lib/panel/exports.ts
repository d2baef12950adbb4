import { exportAnnotations } from '../export/annotation';
import { exportBackup } from '../export/backup';
import { collectBackupData } from '../export/collect';
import { exportCsv } from '../export/csv';
import { type ExportKind, exportFileName } from '../export/filename';
import { exportMarkdown } from '../export/markdown';
import type { ActorNames, ExportFilter } from '../export/types';
import type { Lang } from '../i18n/messages';
import type { Result } from '../result';
import type { SiyaqDB } from '../store/db';

const TYPES: Record<ExportKind, string> = {
  backup: 'application/json',
  markdown: 'text/markdown',
  csv: 'text/csv',
  annotations: 'application/ld+json',
};

export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

/** One export, ready to download: the store read in one transaction, then a pure export function. */
export async function makeExport(
  db: SiyaqDB,
  kind: ExportKind,
  options: { now: number; filter?: ExportFilter; names: ActorNames; lang: Lang },
): Promise<Result<ExportFile>> {
  const data = await collectBackupData(db);
  if (!data.ok) return data;
  const base = { now: options.now, ...(options.filter ? { filter: options.filter } : {}) };
  const text =
    kind === 'backup'
      ? exportBackup(data.value, base)
      : kind === 'markdown'
        ? exportMarkdown(data.value, { ...base, names: options.names, lang: options.lang })
        : kind === 'csv'
          ? exportCsv(data.value, { ...base, names: options.names })
          : exportAnnotations(data.value, base);
  return { ok: true, value: { name: exportFileName(kind, options.now), text, type: `${TYPES[kind]};charset=utf-8` } };
}
