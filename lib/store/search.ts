import { normalizeKey } from '../text/normalize';
import type { SiyaqDB } from './db';
import type { ClaimRecord, NoteRecord } from './types';

const LIMIT = 50;

/**
 * Claims and notes whose text (or a claim's speaker as written, for one the knowledge base does not
 * know) contains the query once both are normalised (hamza, alef, yeh,
 * teh marbuta, Persian letters, diacritics, case). A scan with early exit: search is typed, not
 * repeated, and stops at the first fifty hits of each kind, newest claims first.
 */
export async function searchStore(db: SiyaqDB, query: string): Promise<{ claims: ClaimRecord[]; notes: NoteRecord[] }> {
  const q = normalizeKey(query);
  if (!q) return { claims: [], notes: [] };
  const hit = (s: string | null | undefined) => !!s && normalizeKey(s).includes(q);
  const claims = await db.claims
    .orderBy('readAt')
    .reverse()
    .filter((c) => hit(c.text) || hit(c.articleTitle) || hit(c.speakerName))
    .limit(LIMIT)
    .toArray();
  const notes = await db.notes
    .orderBy('updatedAt')
    .reverse()
    .filter((n) => hit(n.body) || hit(n.anchor?.exact))
    .limit(LIMIT)
    .toArray();
  return { claims, notes };
}
