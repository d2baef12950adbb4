import type { Selection } from '../background/tab-state';
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
}

export interface FirstCardRequest {
  /** `?actor=` of the panel's address. */
  param: string | null;
  /** The reader's last selection, from session storage. */
  selection: () => Promise<Selection | undefined>;
  /** The tab the panel speaks for. */
  tab: Promise<number | null>;
  ask: (actorId: string) => Promise<Result<FirstCard | null>>;
}

/**
 * The card of the actor a panel opens on, or null: no actor to open on, or no answer. Asked as
 * soon as the actor is known; whether the selection belongs to this panel's tab is settled
 * while the background reads.
 */
export async function requestFirstCard(req: FirstCardRequest): Promise<FirstCard | null> {
  try {
    const selection = req.param ? undefined : await req.selection();
    const id = req.param ?? selection?.actorId;
    if (!id) return null;
    const answer = req.ask(id);
    if (!openingActor(req.param, selection, await req.tab)) return null;
    const res = await answer;
    return res.ok ? res.value : null;
  } catch {
    return null;
  }
}

/**
 * The actor a panel opens on: the one in its address, else the reader's last selection unless
 * that was made in another tab than the one this panel speaks for.
 */
export function openingActor(param: string | null, selection: Selection | undefined, tabId: number | null): string | null {
  if (param) return param;
  if (!selection?.actorId) return null;
  return selectionFits(selection, tabId) ? selection.actorId : null;
}

/** A selection made in a tab belongs to the panel of that tab; one made in no tab, to every panel. */
export function selectionFits(selection: Selection, tabId: number | null): boolean {
  return tabId === null || selection.tabId === null || selection.tabId === tabId;
}
