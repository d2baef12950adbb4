import type { Actor } from '../../lib/kb/schema';
import { formatIssue, validateActors } from '../../lib/kb/validate';
import { KB_DIR, readKbFiles } from './kb-files';

export type BundledBase = { ok: true; actors: Actor[]; files: number } | { ok: false; problems: string[] };

/** All files of kb/actors as one validated list: ids, aliases and references across files. */
export function buildBundledBase(dir = KB_DIR): BundledBase {
  const files = readKbFiles(dir);
  const problems: string[] = [];
  const all: unknown[] = [];
  const fileOf: string[] = [];
  for (const f of files) {
    if (f.parseError) problems.push(`${f.file}: not valid JSON: ${f.parseError}`);
    else if (!Array.isArray(f.data)) problems.push(`${f.file}: expected a list of actors`);
    else
      for (const a of f.data) {
        all.push(a);
        fileOf.push(f.file);
      }
  }
  const { actors, errors } = validateActors(all);
  for (const e of errors) problems.push(`${fileOf[e.index] ?? '?'}: ${formatIssue(e)}`);
  if (problems.length) return { ok: false, problems };
  return { ok: true, actors, files: files.length };
}
