import type { BackgroundProtocol } from '../messaging';
import type { Result } from '../result';
import type { BackgroundHandlers } from './handlers';
import { refuseSender, type SenderInfo } from './senders';

type Type = keyof BackgroundProtocol;
type Data<K extends Type> = Parameters<BackgroundProtocol[K]>[0];
type Reply<K extends Type> = ReturnType<BackgroundProtocol[K]>;

/** One answer per background message, given its data and who sent it. */
export type Routes = { [K in Type]: (data: Data<K>, sender: SenderInfo) => Reply<K> | Promise<Reply<K>> };

/** Which handler answers each message of lib/messaging.ts. */
export function backgroundRoutes(h: BackgroundHandlers): Routes {
  return {
    // The answer goes back at once; the visit is stored meanwhile (a failure to store it is the
    // store's to report, not the page's).
    'page:analyse': async (data, sender) => {
      const { answer, stored } = await h.analyse(data, sender.tab?.id);
      void stored.catch(() => {});
      return answer;
    },
    'panel:open-actor': (data, sender) => h.openActor(data.actorId, sender.tab?.id),
    'kb:describe': (data) => h.describe(data.id),
    'panel:first-card': (data) => h.firstCard(data.actorId),
    'tab:state': (data) => h.tabState(data.tabId),
    'panel:select-actor': (data) => h.selectActor(data.actorId, data.tabId),
    'notes:save': (data) => h.saveNote(data),
    'notes:delete': (data) => h.deleteNote(data.id),
    'kb:save-actor': (data) => h.saveActor(data.actor),
    'kb:delete-actor': (data) => h.deleteActor(data.id),
    'kb:import-pack': (data) => h.importPack(data.name, data.actors),
    'settings:set': (data) => h.setSetting(data.key, data.value),
    'data:erase': () => h.erase(),
    'data:import': (data) => h.importBackup(data.text, data.mode),
  };
}

/**
 * The same routes, each behind the sender check (lib/background/senders.ts): a message from a
 * sender its policy does not allow is answered with a failure and never reaches its handler.
 */
export function guardRoutes(routes: Routes, extensionOrigin: string): Routes {
  const guarded = {} as Record<Type, (data: unknown, sender: SenderInfo) => unknown>;
  for (const type of Object.keys(routes) as Type[]) {
    const route = routes[type] as (data: unknown, sender: SenderInfo) => unknown;
    guarded[type] = (data, sender) => {
      const refused = refuseSender(type, data, sender, extensionOrigin);
      return refused ? ({ ok: false, error: refused } satisfies Result<never>) : route(data, sender);
    };
  }
  return guarded as Routes;
}
