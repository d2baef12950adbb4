import type { Actor } from '../kb/schema';
import type { SiyaqDB } from './db';
import type { ReaderActorRecord } from './types';

/** Saves a reader's actor (new, or an edit of theirs); the source of an existing one is kept. */
export async function saveReaderActor(
  db: SiyaqDB,
  actor: Actor,
  source: ReaderActorRecord['source'],
  now: number,
): Promise<ReaderActorRecord> {
  return db.transaction('rw', db.readerActors, async () => {
    const previous = await db.readerActors.get(actor.id);
    const record: ReaderActorRecord = {
      id: actor.id,
      actor,
      source: previous?.source ?? source,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    await db.readerActors.put(record);
    return record;
  });
}

export async function readerActors(db: SiyaqDB): Promise<Actor[]> {
  return (await db.readerActors.orderBy('updatedAt').toArray()).map((r) => r.actor);
}
