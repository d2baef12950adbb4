import type { ActorEntry } from '../kb/entry';
import type { Result } from '../result';
import type { ClaimRecord, NoteRecord } from '../store/types';

/** Claims the actor card lists before "more". */
export const CLAIMS_PAGE = 30;

/**
 * Everything the actor card shows first, read by the background (which holds the base and an
 * open database) while the panel's own scripts still load: the card then paints whole in its
 * first frame instead of after the panel has opened IndexedDB and parsed the 1.3 MB base. The
 * card's live queries take over after that paint.
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

export interface FirstCardRequest {
  /** `?actor=` of the panel's address; null opens on the reader's last selection. */
  param: string | null;
  /** The tab the panel speaks for. */
  tab: Promise<number | null>;
  ask: (actorId: string | null) => Promise<Result<FirstCard | null>>;
}

/**
 * The card of the actor a panel opens on, or null: nothing to open on, a selection made in
 * another tab than the panel's, or no answer. One message: the background, which wrote the
 * selection, reads it itself, and the panel's tab is found while it reads.
 */
export async function requestFirstCard(req: FirstCardRequest): Promise<FirstCard | null> {
  try {
    const res = await req.ask(req.param);
    const card = res.ok ? res.value : null;
    if (!card) return null;
    if (req.param === null && !selectionFits(card.selectedIn ?? null, await req.tab)) return null;
    return card;
  } catch {
    return null;
  }
}

/** A selection made in a tab belongs to the panel of that tab; one made in no tab, to every panel. */
export function selectionFits(selectedIn: number | null, panelTab: number | null): boolean {
  return panelTab === null || selectedIn === null || selectedIn === panelTab;
}
