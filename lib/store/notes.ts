import type { SiyaqDB } from './db';
import type { QuoteAnchor } from '../report';
import { cleanTags } from './tags';
import type { NoteKind, NoteRecord, TextPosition } from './types';

/** What the panel sends to save a note: the id is absent for a new one. */
export interface NoteInput {
  id?: string;
  kind: NoteKind;
  actorId?: string | null;
  claimId?: string | null;
  articleUrl?: string | null;
  anchor?: QuoteAnchor | null;
  position?: TextPosition | null;
  body: string;
  /** Replaces the note's tags when given; an edit without it keeps them. */
  tags?: string[];
}

export const MAX_NOTE_LENGTH = 100_000;

/** Creates or updates a note; an existing note keeps its creation date and target. */
export async function saveNote(db: SiyaqDB, input: NoteInput, now: number, newId: () => string): Promise<NoteRecord> {
  if (input.body.length > MAX_NOTE_LENGTH) throw new RangeError(`A note can hold at most ${MAX_NOTE_LENGTH} characters.`);
  return db.transaction('rw', db.notes, async () => {
    const previous = input.id ? await db.notes.get(input.id) : undefined;
    const tags = input.tags === undefined ? previous?.tags : cleanTags(input.tags);
    const note: NoteRecord = previous
      ? { ...withoutTags(previous), body: input.body, ...(tags?.length ? { tags } : {}), updatedAt: now }
      : {
          id: input.id ?? newId(),
          kind: input.kind,
          actorId: input.actorId ?? null,
          claimId: input.claimId ?? null,
          articleUrl: input.articleUrl ?? null,
          anchor: input.anchor ?? null,
          ...(input.position ? { position: { start: input.position.start, end: input.position.end } } : {}),
          body: input.body,
          ...(tags?.length ? { tags } : {}),
          createdAt: now,
          updatedAt: now,
        };
    await db.notes.put(note);
    return note;
  });
}

// No tags is no field, so a backup of an untagged note reads as it did before tags existed.
function withoutTags(note: NoteRecord): NoteRecord {
  const { tags: _, ...rest } = note;
  return rest;
}

/** Every tag the reader has used, most used first, for completing the tag field. */
export async function usedTags(db: SiyaqDB): Promise<string[]> {
  const counts = new Map<string, number>();
  await db.notes.each((n) => {
    for (const t of n.tags ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

export function notesOnActor(db: SiyaqDB, actorId: string): Promise<NoteRecord[]> {
  return db.notes
    .where('actorId')
    .equals(actorId)
    .toArray()
    .then((list) => list.sort((a, b) => b.updatedAt - a.updatedAt));
}

export function notesOnArticle(db: SiyaqDB, url: string): Promise<NoteRecord[]> {
  return db.notes.where('articleUrl').equals(url).sortBy('updatedAt');
}
