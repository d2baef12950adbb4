import type { Failure } from '../result';
import type { SiyaqDB } from '../store/db';
import { applyImport, type ImportReport } from './apply';
import { type ParseOptions, parseBackup } from './backup';
import type { ImportMode } from './plan';
import type { Problem } from './problems';

export type ImportTextResult = { ok: true; value: ImportReport } | { ok: false; error: Failure; problems: Problem[] };

/**
 * The whole import of a file the reader chose: parse and check everything, and only if all of it
 * is sound, apply it. A file with any problem leaves the store untouched.
 */
export async function importBackupText(
  db: SiyaqDB,
  text: string,
  options: ParseOptions & { mode: ImportMode; now: number },
): Promise<ImportTextResult> {
  const parsed = parseBackup(text, options);
  if (!parsed.ok) return parsed;
  const applied = await applyImport(db, parsed.value, options.mode, options.now);
  return applied.ok ? applied : { ok: false, error: applied.error, problems: [] };
}
