import { checkNameConsistency } from '../../lib/kb/consistency';
import { sitesWithoutOutlet } from '../../lib/kb/outlets';
import type { Actor } from '../../lib/kb/schema';
import { formatIssue, validateActors } from '../../lib/kb/validate';
import { NEWS_SITES } from '../../lib/sites';
import { KB_DIR, readKbFiles } from './kb-files';

export type BundledBase = { ok: true; actors: Actor[]; files: number } | { ok: false; problems: string[] };

/**
 * All files of kb/actors as one validated list: ids, aliases and references across files; and
 * every site Siyaq runs on (lib/sites.ts) has its outlet. A folder other than kb/actors (a test's)
 * is checked against the sites it is given, none by default.
 */
export function buildBundledBase(dir = KB_DIR, sites: readonly string[] = dir === KB_DIR ? NEWS_SITES : []): BundledBase {
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
  for (const site of sitesWithoutOutlet(sites, actors)) {
    problems.push(`lib/sites.ts: site "${site}" has no outlet: give a media actor its host in outlet.hosts`);
  }
  if (problems.length) return { ok: false, problems };
  // Checks across names: ambiguity flags that must hold for a name's other spellings, and
  // surnames two people share. Only the bundled base is held to them (see consistency.ts).
  const fileById = new Map(actors.map((a) => [a.id, fileOf[all.indexOf(a)] ?? '?']));
  for (const i of checkNameConsistency(actors)) problems.push(`${fileById.get(i.actorId)}: actor "${i.actorId}" ambiguous: ${i.message}`);
  if (problems.length) return { ok: false, problems };
  return { ok: true, actors, files: files.length };
}
