import { actorEntry } from '../kb/entry';
import type { Actor } from '../kb/schema';
import { CLAIMS_PAGE, type FirstCard } from '../panel/first-card';
import { claimsAbout } from './claims';
import type { SiyaqDB } from './db';
import { notesOnActor } from './notes';
import { readerActors } from './reader-actors';

/** The background's side of a panel opening on an actor (lib/panel/first-card.ts). Null for an unknown actor. */
export async function readFirstCard(db: SiyaqDB, actorId: string, bundled: ReadonlyMap<string, Actor>): Promise<FirstCard | null> {
  const [reader, claims, notes] = await Promise.all([
    readerActors(db),
    claimsAbout(db, actorId, CLAIMS_PAGE + 1),
    notesOnActor(db, actorId),
  ]);
  const speakers = claims.flatMap((c) => (c.speakerId ? [c.speakerId] : []));
  const entry = actorEntry(actorId, bundled, reader, speakers);
  return entry && { actorId, entry, claims, notes };
}
