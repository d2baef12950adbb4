import { isoTime } from './time';
import { ANNOTATION_VERSION, BACKUP_VERSION, CSL_VERSION, CSV_VERSION, MARKDOWN_VERSION } from './types';

export type ExportKind = 'backup' | 'markdown' | 'obsidian' | 'csv' | 'annotations' | 'csl';

const FORMATS: Record<ExportKind, { stem: string; version: number; ext: string }> = {
  backup: { stem: 'siyaq-backup', version: BACKUP_VERSION, ext: 'json' },
  markdown: { stem: 'siyaq-notes', version: MARKDOWN_VERSION, ext: 'md' },
  // The CSV has no room for a version inside that a spreadsheet would not show as data.
  csv: { stem: 'siyaq-table', version: CSV_VERSION, ext: 'csv' },
  annotations: { stem: 'siyaq-annotations', version: ANNOTATION_VERSION, ext: 'jsonld' },
  obsidian: { stem: 'siyaq-obsidian', version: MARKDOWN_VERSION, ext: 'zip' },
  csl: { stem: 'siyaq-articles-csl', version: CSL_VERSION, ext: 'json' },
};

/**
 * A download name that carries the format version and the UTC time to the minute:
 * `siyaq-backup-v1-2024-05-05-1030.json`. ASCII only, so every file system and mail client keeps it.
 */
export function exportFileName(kind: ExportKind, now: number): string {
  const { stem, version, ext } = FORMATS[kind];
  const iso = isoTime(now) || isoTime(0);
  return `${stem}-v${version}-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}.${ext}`;
}
