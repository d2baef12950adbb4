import { useEffect, useState } from 'preact/hooks';
import { selectionFits } from '@/lib/panel/first-card';
import type { Selection } from '@/lib/settings/items';

export type View = 'page' | 'actor' | 'search' | 'history' | 'add';

export interface ViewStack {
  view: View;
  /** The actor whose card is shown, the last one opened; null before any. */
  actorId: string | null;
  /** Whether "back" has a card to return to. */
  canGoBack: boolean;
  show(view: View): void;
  /** Open an actor's card on top of the ones before it. */
  openActor(id: string): void;
  back(): void;
}

/**
 * The panel's navigation: which view is shown, and the actors opened one after another so that
 * "back" returns to the previous card. A selection the background records for this panel's tab
 * (a click on the page, a search result) opens that actor's card.
 */
export function useViewStack(
  initialActor: string | undefined,
  selection: Selection | null | undefined,
  panelTab: number | null,
): ViewStack {
  const [view, setView] = useState<View>(initialActor ? 'actor' : 'page');
  const [stack, setStack] = useState<string[]>(initialActor ? [initialActor] : []);

  useEffect(() => {
    if (!selection?.actorId || !selectionFits(selection.tabId, panelTab)) return;
    setStack((s) => (s[s.length - 1] === selection.actorId ? s : [...s, selection.actorId]));
    setView('actor');
  }, [selection?.at, selection?.actorId, selection?.tabId, panelTab]);

  return {
    view,
    actorId: stack[stack.length - 1] ?? null,
    canGoBack: stack.length > 1,
    show: setView,
    openActor(id) {
      setStack((s) => [...s, id]);
      setView('actor');
    },
    back: () => setStack((s) => s.slice(0, -1)),
  };
}
