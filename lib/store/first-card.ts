import { type ActorEntry, actorEntry } from '../kb/entry';
import type { Actor } from '../kb/schema';
import { claimsAbout } from './claims';
import type { SiyaqDB } from './db';
import { notesOnActor } from './notes';
import { readerActors } from './reader-actors';
import type { ClaimRecord, NoteRecord } from './types';

/** Claims the actor card lists before "more". */
export const CLAIMS_PAGE = 30;

/**
 * Everything the actor card shows first, read by the background (which holds the base and an
 * open database) while the panel's own scripts still load: the card then paints whole in its
 * first frame instead of after the panel has opened IndexedDB and parsed the 1.3 MB base. The
 * card's live queries take over after that paint (lib/panel/first-card.ts asks for it).
 */
export interface FirstCard {
  actorId: string;
  entry: ActorEntry;
  /** The newest CLAIMS_PAGE + 1: the one past the page tells whether there are more. */
  claims: ClaimRecord[];
  notes: NoteRecord[];
  /** Read for the reader's last selection: the tab it was made in (null: in the panel itself). */
  selectedIn?: number | null;
}

/** The background's side of a panel opening on an actor. Null for an unknown actor. */
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
