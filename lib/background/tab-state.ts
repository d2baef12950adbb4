import type { PageReport, TabState } from '../report';

/**
 * Per-tab state (the latest report, the selected actor) lives in session storage: Chrome stops
 * idle service workers, and the panel must still find what the page reported.
 */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const SELECTION_KEY = 'siyaq:selection';
const tabKey = (tabId: number) => `siyaq:tab:${tabId}`;

export interface Selection {
  tabId: number | null;
  actorId: string;
  at: number;
}

export async function getTabState(area: SessionArea, tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const got = await area.get(key);
  const state = got[key] as TabState | undefined;
  return state ?? null;
}

/** The actor the reader last selected, on a page or in the panel. */
export async function getSelection(area: SessionArea): Promise<Selection | null> {
  const got = await area.get(SELECTION_KEY);
  return (got[SELECTION_KEY] as Selection | undefined) ?? null;
}

export async function setTabReport(area: SessionArea, tabId: number, report: PageReport): Promise<void> {
  const prev = await getTabState(area, tabId);
  const state: TabState = { report, selectedActorId: prev?.selectedActorId ?? null };
  await area.set({ [tabKey(tabId)]: state });
}

export async function selectActor(area: SessionArea, tabId: number | null, actorId: string, now: number): Promise<void> {
  const selection: Selection = { tabId, actorId, at: now };
  const items: Record<string, unknown> = { [SELECTION_KEY]: selection };
  if (tabId !== null) {
    const prev = await getTabState(area, tabId);
    items[tabKey(tabId)] = { report: prev?.report ?? null, selectedActorId: actorId } satisfies TabState;
  }
  await area.set(items);
}

export async function forgetTab(area: SessionArea, tabId: number): Promise<void> {
  await area.remove(tabKey(tabId));
}
