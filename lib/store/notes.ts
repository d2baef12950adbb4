import type { SiyaqDB } from './db';
import type { NoteKind, NoteRecord, QuoteAnchor } from './types';

/** What the panel sends to save a note: the id is absent for a new one. */
export interface NoteInput {
  id?: string;
  kind: NoteKind;
  actorId?: string | null;
  claimId?: string | null;
  articleUrl?: string | null;
  anchor?: QuoteAnchor | null;
  body: string;
}

export const MAX_NOTE_LENGTH = 100_000;

/** Creates or updates a note; an existing note keeps its creation date and target. */
export async function saveNote(db: SiyaqDB, input: NoteInput, now: number, newId: () => string): Promise<NoteRecord> {
  if (input.body.length > MAX_NOTE_LENGTH) throw new RangeError(`A note can hold at most ${MAX_NOTE_LENGTH} characters.`);
  return db.transaction('rw', db.notes, async () => {
    const previous = input.id ? await db.notes.get(input.id) : undefined;
    const note: NoteRecord = previous
      ? { ...previous, body: input.body, updatedAt: now }
      : {
          id: input.id ?? newId(),
          kind: input.kind,
          actorId: input.actorId ?? null,
          claimId: input.claimId ?? null,
          articleUrl: input.articleUrl ?? null,
          anchor: input.anchor ?? null,
          body: input.body,
          createdAt: now,
          updatedAt: now,
        };
    await db.notes.put(note);
    return note;
  });
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
