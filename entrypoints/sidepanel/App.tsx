import { useMemo } from 'preact/hooks';
import { PanelApp } from '@/components/PanelApp';
import type { Lang } from '@/lib/i18n/messages';
import type { Actor } from '@/lib/kb/schema';
import { browserServices } from '@/lib/panel/browser-services';
import { browserSession } from '@/lib/settings/browser';
import type { SiyaqDB } from '@/lib/store/db';
import type { FirstCard } from '@/lib/store/first-card';

/** Where the background leaves the selected actor and each tab's latest report. */
const session = browserSession();

export interface AppProps {
  db: SiyaqDB;
  lang: Lang;
  tabId: number | null;
  bundled: readonly Actor[] | null;
  first: FirstCard | null;
}

export function App({ db, lang, tabId, bundled, first }: AppProps) {
  const initialActor = new URLSearchParams(location.search).get('actor') ?? undefined;
  const services = useMemo(() => browserServices(db), [db]);
  return (
    <PanelApp
      services={services}
      bundled={bundled}
      first={first}
      lang={lang}
      tabId={tabId}
      session={session}
      drafts={localStorage}
      {...(initialActor ? { initialActor } : {})}
    />
  );
}
