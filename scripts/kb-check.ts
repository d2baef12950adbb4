/**
 * Checks one knowledge-base file while it is being written, against the rest of the base and
 * the shared ids of kb/ids.md (which may not all be written yet). `npm run kb:build` is the
 * full check; this one lets a curator work on one file at a time.
 *   npx tsx scripts/kb-check.ts kb/actors/iraq-iran.json
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Actor } from '../lib/kb/schema';
import { actorKeys, formatIssue, validateActors } from '../lib/kb/validate';
import { KB_DIR, readKbFile, readKbFiles } from './lib/kb-files';

const target = process.argv[2];
if (!target) {
  console.error('usage: tsx scripts/kb-check.ts kb/actors/FILE.json');
  process.exit(2);
}
const mine = readKbFile(resolve(target));
if (mine.parseError) {
  console.error(`${mine.file}: not valid JSON: ${mine.parseError}`);
  process.exit(1);
}
const knownIds = new Set<string>();
const knownAliases = new Map<string, { actorId: string; ambiguous: boolean }>();
const idsDoc = readFileSync(join(KB_DIR, '..', 'ids.md'), 'utf8');
for (const block of idsDoc.matchAll(/`([^`]+)`/g)) {
  for (const id of block[1]!.split(/\s+/)) if (/^[a-z0-9-]+$/.test(id)) knownIds.add(id);
}
for (const other of readKbFiles()) {
  if (other.file === basename(target) || other.parseError || !Array.isArray(other.data)) continue;
  for (const a of other.data as Actor[]) {
    if (typeof a?.id !== 'string') continue;
    knownIds.add(a.id);
    try {
      for (const k of actorKeys(a)) if (!knownAliases.has(k.key)) knownAliases.set(k.key, { actorId: a.id, ambiguous: k.ambiguous });
    } catch {
      // a malformed actor in another file is that file's problem
    }
  }
}
const { actors, errors } = validateActors(mine.data, { knownIds, knownAliases });
const definedElsewhere = new Set<string>();
for (const other of readKbFiles()) {
  if (other.file === basename(target) || !Array.isArray(other.data)) continue;
  for (const a of other.data as Actor[]) if (typeof a?.id === 'string') definedElsewhere.add(`${a.id}\t${other.file}`);
}
if (Array.isArray(mine.data)) {
  for (const a of mine.data as Actor[]) {
    for (const entry of definedElsewhere) {
      const [id, file] = entry.split('\t');
      if (a?.id === id) errors.push({ actorId: id, index: -1, path: 'id', message: `already defined in ${file}` });
    }
  }
}
for (const e of errors) console.error(`${mine.file}: ${formatIssue(e)}`);
console.log(`${mine.file}: ${actors.length} valid actors, ${errors.length} problems`);
process.exit(errors.length ? 1 : 0);
