import type { Actor } from './schema';

/**
 * One actor and every actor its card names (the bodies of its roles, its affiliations), split
 * the way the panel's directory holds them. Enough to paint the card before the panel has read
 * the whole base, a 1.3 MB file whose parsing would otherwise come first.
 */
export interface ActorEntry {
  bundled: Actor[];
  reader: Actor[];
}

/**
 * A reader actor with a bundled id replaces the bundled one, as in the directory. `also`: more
 * actors the card shows at once (the speakers of its first claims).
 */
export function actorEntry(
  id: string,
  bundled: ReadonlyMap<string, Actor>,
  reader: readonly Actor[],
  also: Iterable<string> = [],
): ActorEntry | null {
  const readerById = new Map(reader.map((a) => [a.id, a]));
  const find = (ref: string) => readerById.get(ref) ?? bundled.get(ref);
  const actor = find(id);
  if (!actor) return null;
  const refs = new Set([
    id,
    ...(actor.roles ?? []).flatMap((r) => (r.of ? [r.of] : [])),
    ...(actor.affiliations ?? []).map((a) => a.target),
    ...also,
  ]);
  const entry: ActorEntry = { bundled: [], reader: [] };
  for (const ref of refs) {
    const readers = readerById.get(ref);
    if (readers) entry.reader.push(readers);
    else {
      const found = bundled.get(ref);
      if (found) entry.bundled.push(found);
    }
  }
  return entry;
}
