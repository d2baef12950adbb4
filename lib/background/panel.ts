/**
 * Opening the side panel differs by browser. Chrome's `sidePanel.open` accepts the user
 * gesture of a click in a content script, carried by the message, if called before any await.
 * Firefox's `sidebarAction.open` accepts only gestures in the browser's own UI or extension
 * pages, so a click on the page can select an actor but not open the sidebar: the reader opens
 * it with the toolbar button and finds the actor there.
 */
interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
  toggle?(): Promise<void>;
}

export interface PanelApis {
  sidePanel?: SidePanelApi | undefined;
  sidebarAction?: SidebarActionApi | undefined;
}

/** A Firefox API the Chrome-derived types of `browser` do not declare, if this browser has it. */
export function firefoxApi<T>(namespace: string, method: string): T | undefined {
  const ns: unknown = Reflect.get(Reflect.get(globalThis, 'browser') ?? {}, namespace);
  return typeof ns === 'object' && ns !== null && typeof Reflect.get(ns, method) === 'function' ? (ns as T) : undefined;
}

export function panelApis(): PanelApis {
  const g: { chrome?: { sidePanel?: SidePanelApi } } = globalThis;
  return { sidePanel: g.chrome?.sidePanel, sidebarAction: firefoxApi<SidebarActionApi>('sidebarAction', 'open') };
}

/** Must be called synchronously inside the handler of the gesture. Resolves to whether it opened. */
export function openPanel(apis: PanelApis, tabId: number | undefined): Promise<boolean> {
  try {
    const opening = apis.sidePanel ? apis.sidePanel.open(tabId !== undefined ? { tabId } : { windowId: -2 }) : apis.sidebarAction?.open();
    if (!opening) return Promise.resolve(false);
    return opening.then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** The toolbar button: a real browser-UI gesture, so Firefox may toggle its sidebar here. */
export function togglePanelFromToolbar(apis: PanelApis, tabId: number | undefined): Promise<boolean> {
  if (!apis.sidePanel && apis.sidebarAction?.toggle) {
    return apis.sidebarAction.toggle().then(
      () => true,
      () => false,
    );
  }
  return openPanel(apis, tabId);
}
