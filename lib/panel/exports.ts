import { annotatable, exportAnnotations } from '../export/annotation';
import { exportBackup } from '../export/backup';
import { collectBackupData } from '../export/collect';
import { exportCsl } from '../export/csl';
import { exportCsv } from '../export/csv';
import { type ExportKind, exportFileName } from '../export/filename';
import { filterBackupData } from '../export/filter';
import { exportMarkdown } from '../export/markdown';
import { exportObsidianZip } from '../export/obsidian';
import type { ActorNames, BackupData, ExportFilter } from '../export/types';
import type { Lang } from '../i18n/messages';
import type { Actor } from '../kb/schema';
import type { Result } from '../result';
import type { SiyaqDB } from '../store/db';

const TYPES: Record<ExportKind, string> = {
  backup: 'application/json',
  markdown: 'text/markdown',
  csv: 'text/csv',
  annotations: 'application/ld+json',
  obsidian: 'application/zip',
  csl: 'application/vnd.citationstyles.csl+json',
};

export interface ExportFile {
  name: string;
  data: string | Uint8Array;
  type: string;
  /** Set when the file holds nothing although the store has notes: how many it could not hold, and why. */
  empty?: { reason: 'notes-without-page'; left: number };
}

export interface ExportContext {
  now: number;
  filter?: ExportFilter;
  names: ActorNames;
  lang: Lang;
  /** The actor as the base and the reader know it (roles, background), for the Obsidian vault. */
  actor?: (id: string) => Actor | undefined;
}

function render(kind: ExportKind, data: BackupData, o: ExportContext): string | Uint8Array {
  const base = { now: o.now, ...(o.filter ? { filter: o.filter } : {}) };
  switch (kind) {
    case 'backup':
      return exportBackup(data, base);
    case 'markdown':
      return exportMarkdown(data, { ...base, names: o.names, lang: o.lang });
    case 'obsidian':
      return exportObsidianZip(data, { ...base, names: o.names, lang: o.lang, ...(o.actor ? { actor: o.actor } : {}) });
    case 'csv':
      return exportCsv(data, { ...base, names: o.names });
    case 'annotations':
      return exportAnnotations(data, base);
    case 'csl':
      return exportCsl(data, base);
  }
}

/** One export, ready to download: the store read in one transaction, then a pure export function. */
export async function makeExport(db: SiyaqDB, kind: ExportKind, options: ExportContext): Promise<Result<ExportFile>> {
  const data = await collectBackupData(db);
  if (!data.ok) return data;
  const out = render(kind, data.value, options);
  const file: ExportFile = {
    name: exportFileName(kind, options.now),
    data: out,
    type: typeof out === 'string' ? `${TYPES[kind]};charset=utf-8` : TYPES[kind],
  };
  if (kind === 'annotations') {
    const { notes, left } = annotatable(filterBackupData(data.value, options.filter));
    if (notes.length === 0 && left > 0) file.empty = { reason: 'notes-without-page', left };
  }
  return { ok: true, value: file };
}
