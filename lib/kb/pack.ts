import { fail, ok, type Result } from '../result';
import { type Actor, KB_SCHEMA_VERSION, type KnowledgePack } from './schema';
import { actorKeys, formatIssue, type KbIssue, validateActors } from './validate';

export const MAX_PACK_BYTES = 20 * 1024 * 1024;

export interface PackPreview {
  name: string;
  added: Actor[];
  changed: { before: Actor; after: Actor }[];
  unchanged: Actor[];
  /** Actors that cannot be imported, with the reasons. */
  rejected: KbIssue[];
}

/**
 * Reads a knowledge pack (the bundled schema: `{ schema: 'siyaq-kb', version, name, actors }`, or
 * a bare list of actors) and checks every actor against the bundled base and the reader's own
 * actors before anything is written. Nothing here throws: problems come back as values.
 */
export function previewPack(text: string, bundled: readonly Actor[], reader: readonly Actor[]): Result<PackPreview> {
  if (text.length > MAX_PACK_BYTES) return fail('invalid-input', `The pack is larger than ${MAX_PACK_BYTES / 1024 / 1024} MB.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail('invalid-input', `The file is not JSON: ${(e as Error).message}`);
  }
  let name = 'pack';
  let list: unknown = raw;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const p = raw as Partial<KnowledgePack>;
    if (p.schema !== 'siyaq-kb') return fail('invalid-input', 'This is not a Siyaq knowledge pack (schema should be "siyaq-kb").');
    if (typeof p.version !== 'number' || p.version > KB_SCHEMA_VERSION) {
      return fail('invalid-input', `Pack version ${String(p.version)} is newer than this Siyaq understands (${KB_SCHEMA_VERSION}).`);
    }
    name = typeof p.name === 'string' && p.name.trim() ? p.name.trim() : name;
    list = p.actors;
  }
  if (!Array.isArray(list)) return fail('invalid-input', 'The pack has no list of actors.');

  const readerById = new Map(reader.map((a) => [a.id, a]));
  const incomingIds = new Set((list as { id?: unknown }[]).map((a) => (typeof a?.id === 'string' ? a.id : '')));
  // Collisions are checked against everything that stays: the bundled base and the reader's
  // actors the pack does not replace.
  const staying = [...bundled.filter((a) => !incomingIds.has(a.id)), ...reader.filter((a) => !incomingIds.has(a.id))];
  const knownAliases = new Map<string, { actorId: string; ambiguous: boolean }>();
  for (const a of staying)
    for (const k of actorKeys(a)) if (!knownAliases.has(k.key)) knownAliases.set(k.key, { actorId: a.id, ambiguous: k.ambiguous });
  const { actors, errors } = validateActors(list, { knownIds: new Set(staying.map((a) => a.id)), knownAliases });

  const preview: PackPreview = { name, added: [], changed: [], unchanged: [], rejected: errors };
  const bundledById = new Map(bundled.map((a) => [a.id, a]));
  for (const a of actors) {
    const before = readerById.get(a.id) ?? bundledById.get(a.id);
    if (!before) preview.added.push(a);
    else if (JSON.stringify(before) === JSON.stringify(a)) preview.unchanged.push(a);
    else preview.changed.push({ before, after: a });
  }
  return ok(preview);
}

/** The reader's actors as a pack another reader can import. */
export function exportPack(actors: readonly Actor[], name: string): string {
  const pack: KnowledgePack = { schema: 'siyaq-kb', version: KB_SCHEMA_VERSION, name, actors: [...actors] };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export function describeRejections(p: PackPreview): string[] {
  return p.rejected.map(formatIssue);
}
