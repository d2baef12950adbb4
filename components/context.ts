import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang, Translate } from '@/lib/i18n/messages';
import type { FirstCard } from '@/lib/store/first-card';
import type { PanelServices } from '@/lib/panel/services';

export interface PanelContextValue {
  services: PanelServices;
  lang: Lang;
  t: Translate;
  /** Open an actor's card inside the panel. */
  openActor: (id: string) => void;
  /** The tab the panel speaks for, if any. */
  tabId: number | null;
  /** What was read for the card the panel opened on, handed out once (later visits query afresh). */
  takeFirstCard?: (actorId: string) => FirstCard | undefined;
}

export const PanelContext = createContext<PanelContextValue | null>(null);

export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('usePanel outside <PanelContext.Provider>');
  return value;
}
