import { browser } from 'wxt/browser';
import type { StorageAreaLike, StorageEventsLike } from '@/components/hooks';
import { PanelApp } from '@/components/PanelApp';
import type { Lang } from '@/lib/i18n/messages';
import type { Actor } from '@/lib/kb/schema';
import { browserServices } from '@/lib/panel/browser-services';
import type { SiyaqDB } from '@/lib/store/db';

const area = (browser.storage.session ?? browser.storage.local) as unknown as StorageAreaLike;
const session = {
  area,
  name: browser.storage.session ? 'session' : 'local',
  events: browser.storage.onChanged as unknown as StorageEventsLike,
};

export function App({ db, lang, tabId, bundled }: { db: SiyaqDB; lang: Lang; tabId: number | null; bundled: readonly Actor[] }) {
  const initialActor = new URLSearchParams(location.search).get('actor') ?? undefined;
  const services = browserServices(db, () => {
    throw new Error('the panel provides the directory');
  });
  return (
    <PanelApp
      services={services}
      bundled={bundled}
      lang={lang}
      tabId={tabId}
      session={session}
      drafts={localStorage}
      {...(initialActor ? { initialActor } : {})}
    />
  );
}
