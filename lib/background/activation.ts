import type { StorageArea } from '../settings/area';
import { enabledSites, siteMatches } from '../settings/sites';

/**
 * Running Siyaq where it is not declared: on the current tab from the toolbar button (activeTab
 * grants that tab once), and on sites the reader allowed for good (an optional host permission
 * plus a content script registered at run time). The browser APIs come in as an argument.
 */
export interface ScriptingApis {
  executeScript(o: { target: { tabId: number }; files?: string[]; func?: () => unknown }): Promise<{ result?: unknown }[]>;
  insertCSS(o: { target: { tabId: number }; files: string[] }): Promise<void>;
  registerContentScripts?(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts?(filter?: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts?(filter?: { ids: string[] }): Promise<{ id: string }[]>;
}

/** Firefox's MV2 registration API (not persisted across restarts: re-registered at start). */
export interface FirefoxContentScripts {
  register(o: {
    matches: string[];
    js: { file: string }[];
    css: { file: string }[];
    runAt: string;
  }): Promise<{ unregister(): Promise<void> }>;
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  css: string[];
  runAt: 'document_idle';
  persistAcrossSessions?: boolean;
}

export const CONTENT_JS = 'content-scripts/content.js';
export const CONTENT_CSS = 'content-scripts/content.css';

const scriptId = (host: string) => `siyaq-site-${host}`;

/**
 * The toolbar button on a page Siyaq does not run on: analyse it (one content script for every
 * language: the analysis, English included, runs in the background). If Siyaq is already there,
 * it analyses again.
 */
export async function analyseTab(
  scripting: ScriptingApis,
  tabId: number,
  reanalyse: () => Promise<boolean>,
): Promise<'reanalysed' | 'injected' | 'refused'> {
  if (await reanalyse().catch(() => false)) return 'reanalysed';
  try {
    await scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] });
    await scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
    return 'injected';
  } catch {
    // A page the browser does not let extensions touch (the web store, settings pages).
    return 'refused';
  }
}

/** Registers the content script on every site the reader allowed (at start, and after a change). */
export async function registerEnabledSites(
  area: Pick<StorageArea, 'get'>,
  scripting: ScriptingApis,
  firefox: FirefoxContentScripts | undefined,
  registered: Map<string, { unregister(): Promise<void> }>,
): Promise<string[]> {
  const sites = await enabledSites(area);
  if (scripting.registerContentScripts && scripting.getRegisteredContentScripts) {
    const existing = new Set((await scripting.getRegisteredContentScripts()).map((s) => s.id));
    const wanted = new Set(sites.map(scriptId));
    const stale = [...existing].filter((id) => id.startsWith('siyaq-site-') && !wanted.has(id));
    if (stale.length) await scripting.unregisterContentScripts?.({ ids: stale });
    const fresh = sites.filter((h) => !existing.has(scriptId(h)));
    if (fresh.length) {
      await scripting.registerContentScripts(
        fresh.map((h) => ({
          id: scriptId(h),
          matches: siteMatches(h),
          js: [CONTENT_JS],
          css: [CONTENT_CSS],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        })),
      );
    }
  } else if (firefox) {
    for (const [host, reg] of registered) {
      if (!sites.includes(host)) {
        await reg.unregister();
        registered.delete(host);
      }
    }
    for (const host of sites) {
      if (registered.has(host)) continue;
      registered.set(
        host,
        await firefox.register({
          matches: siteMatches(host),
          js: [{ file: `/${CONTENT_JS}` }],
          css: [{ file: `/${CONTENT_CSS}` }],
          runAt: 'document_idle',
        }),
      );
    }
  }
  return sites;
}
