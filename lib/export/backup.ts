import { clipArticle, clipClaim, fitsSetting } from '../store/limits';
import { filterBackupData, isEmptyFilter } from './filter';
import { isoTime } from './time';
import { APP_NAME, BACKUP_SCHEMA, BACKUP_VERSION, type BackupData, type ExportOptions, TABLES } from './types';

export { collectBackupData } from './collect';

/**
 * The complete backup as JSON text: a header, then the five tables with one record per line,
 * so the file stays small and a reader can still look into it or diff two backups.
 *
 * Settings are expected to hold JSON values; one whose value is `undefined` is the same as no
 * setting and is left out (it would otherwise come back as a record with a missing field), and
 * so is one the store would refuse today (lib/store/limits.ts).
 */
export function exportBackup(data: BackupData, options: ExportOptions): string {
  const kept = filterBackupData(data, options.filter);
  // Records stored before the store's limits are cut to them, so the file imports (lib/store/limits.ts).
  const tables: BackupData = {
    ...kept,
    articles: kept.articles.map(clipArticle),
    claims: kept.claims.map(clipClaim),
    // A value the store would not take today (not JSON, or huge) did not come from Siyaq's pages.
    settings: kept.settings.filter((s) => s.value !== undefined && fitsSetting(s.value)),
  };
  const counts = Object.fromEntries(TABLES.map((t) => [t, tables[t].length]));
  const header: Record<string, unknown> = {
    schema: BACKUP_SCHEMA,
    version: BACKUP_VERSION,
    exportedAt: isoTime(options.now),
    app: APP_NAME,
    counts,
  };
  if (!isEmptyFilter(options.filter)) header.filter = options.filter;
  const lines = Object.entries(header).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  for (const t of TABLES) {
    const rows = tables[t].map((r) => JSON.stringify(r));
    lines.push(rows.length ? `${JSON.stringify(t)}:[\n${rows.join(',\n')}\n]` : `${JSON.stringify(t)}:[]`);
  }
  return `{\n${lines.join(',\n')}\n}\n`;
}
