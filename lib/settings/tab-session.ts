import type { PageReport } from '../report';
import { readItem, type StorageArea, writeItem } from './area';
import { SELECTION, type Selection, type TabState, tabStateItem } from './items';

/**
 * Per-tab state (the latest report, the selected actor) lives in session storage: Chrome stops
 * idle service workers, and the panel must still find what the page reported. The background
 * writes it; the panel reads and watches the same items.
 */

export function getTabState(area: Pick<StorageArea, 'get'>, tabId: number): Promise<TabState | null> {
  return readItem(area, tabStateItem(tabId));
}

/** The actor the reader last selected, on a page or in the panel. */
export function getSelection(area: Pick<StorageArea, 'get'>): Promise<Selection | null> {
  return readItem(area, SELECTION);
}

export async function setTabReport(area: StorageArea, tabId: number, report: PageReport): Promise<void> {
  const prev = await getTabState(area, tabId);
  await writeItem(area, tabStateItem(tabId), { report, selectedActorId: prev?.selectedActorId ?? null });
}

export async function selectActor(area: StorageArea, tabId: number | null, actorId: string, now: number): Promise<void> {
  const selection: Selection = { tabId, actorId, at: now };
  const items: Record<string, unknown> = { [SELECTION.key]: selection };
  if (tabId !== null) {
    const prev = await getTabState(area, tabId);
    items[tabStateItem(tabId).key] = { report: prev?.report ?? null, selectedActorId: actorId } satisfies TabState;
  }
  // One write: a panel watching both keys never sees the selection without its tab's state.
  await area.set(items);
}

export async function forgetTab(area: StorageArea, tabId: number): Promise<void> {
  await area.remove(tabStateItem(tabId).key);
}
