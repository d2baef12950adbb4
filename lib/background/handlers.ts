import type { PageReport, TabState } from '../report';
import { attempt, fail, type Result } from '../result';
import { recordVisit } from '../store/articles';
import type { SiyaqDB } from '../store/db';
import { type PanelApis, openPanel } from './panel';
import { getTabState, type SessionArea, selectActor, setTabReport } from './tab-state';

export interface BackgroundDeps {
  db: SiyaqDB;
  session: SessionArea;
  panel: PanelApis;
  now: () => number;
}

/**
 * The background's answers to the protocol in lib/messaging.ts, as plain functions of their
 * dependencies so they run under test with a fake-indexeddb database and a fake session area.
 */
export function createHandlers(deps: BackgroundDeps) {
  return {
    async report(report: PageReport, tabId: number | undefined): Promise<Result<{ url: string }>> {
      if (!report || typeof report.url !== 'string') return fail('invalid-input', 'A page report needs a URL.');
      if (tabId !== undefined) await setTabReport(deps.session, tabId, report);
      if (!report.isArticle) return { ok: true, value: { url: report.url } };
      return attempt(async () => ({ url: (await recordVisit(deps.db, report, deps.now())).url }));
    },

    /** Synchronous start: the panel must open inside the click's gesture, before any await. */
    openActor(actorId: string, tabId: number | undefined): Promise<Result<{ opened: boolean }>> {
      const opening = openPanel(deps.panel, tabId);
      return attempt(async () => {
        await selectActor(deps.session, tabId ?? null, actorId, deps.now());
        return { opened: await opening };
      });
    },

    tabState(tabId: number): Promise<Result<TabState | null>> {
      return attempt(() => getTabState(deps.session, tabId));
    },
  };
}
