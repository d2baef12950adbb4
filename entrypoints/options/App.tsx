import { useMemo } from 'preact/hooks';
import { OptionsApp } from '@/components/OptionsApp';
import type { Lang } from '@/lib/i18n/messages';
import type { Actor } from '@/lib/kb/schema';
import { browserServices } from '@/lib/panel/browser-services';
import type { SiyaqDB } from '@/lib/store/db';

const estimate = () => navigator.storage?.estimate?.() ?? Promise.resolve({});

export function App({ db, lang, bundled }: { db: SiyaqDB; lang: Lang; bundled: readonly Actor[] }) {
  const services = useMemo(() => browserServices(db), [db]);
  return <OptionsApp services={services} bundled={bundled} lang={lang} estimate={estimate} />;
}
