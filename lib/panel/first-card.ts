import type { Result } from '../result';
import type { FirstCard } from '../store/first-card';

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
 * selection, reads it itself (lib/store/first-card.ts), and the panel's tab is found while it reads.
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
