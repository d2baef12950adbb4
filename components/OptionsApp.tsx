import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { dirOf, type Lang, translator } from '@/lib/i18n/messages';
import { createDirectory } from '@/lib/kb/directory';
import type { Actor } from '@/lib/kb/schema';
import type { AppServices, PanelServices } from '@/lib/panel/services';
import { ActorsSection } from './ActorsSection';
import { PanelContext, type PanelContextValue } from './context';
import { DataSection } from './DataSection';
import { EraseData } from './EraseData';
import { useLiveQuery } from './hooks';
import { LanguageSection } from './LanguageSection';
import { LookSection } from './LookSection';
import { ReminderSection } from './ReminderSection';
import { SitesSection } from './SitesSection';

export interface OptionsAppProps {
  services: AppServices;
  bundled: readonly Actor[];
  lang: Lang;
  /** Extra sections (data export and import) provided by the entrypoint. */
  children?: ComponentChildren;
  estimate: () => Promise<{ usage?: number; quota?: number }>;
}

const mb = (n: number | undefined) => (n === undefined ? '?' : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** Settings: interface language, sites, the reader's actors and packs, and their data. */
export function OptionsApp({ services: base, bundled, lang, children, estimate }: OptionsAppProps) {
  const t = translator(lang);
  const reader = useLiveQuery(() => base.queries.readerActors(), [base.queries]);
  const mine = reader.state === 'ready' ? reader.value : [];
  const directory = useMemo(() => createDirectory(bundled, mine), [bundled, mine]);
  const services: PanelServices = useMemo(() => ({ ...base, directory: () => directory }), [base, directory]);
  const [usage, setUsage] = useState<{ usage?: number; quota?: number }>({});

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    void estimate().then(setUsage);
  }, [lang, estimate]);

  const ctx: PanelContextValue = { services, lang, t, tabId: null, openActor: () => {} };

  return (
    <PanelContext.Provider value={ctx}>
      <main class="panel options">
        <h1>
          {t('appName')} — {t('options')}
        </h1>

        <LanguageSection />

        <ReminderSection />

        <ActorsSection mine={mine} bundled={bundled} />

        <LookSection />
        <SitesSection />

        <section aria-labelledby="data-title">
          <h2 id="data-title">{t('dataTitle')}</h2>
          <p>{t('storageUsed', { used: mb(usage.usage), quota: mb(usage.quota) })}</p>
          <DataSection />
          {children}
          <EraseData />
        </section>
      </main>
    </PanelContext.Provider>
  );
}
