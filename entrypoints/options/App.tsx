import { OptionsApp } from '@/components/OptionsApp';
import type { Lang } from '@/lib/i18n/messages';
import { BUNDLED_ACTORS } from '@/lib/kb/bundled';
import { browserServices } from '@/lib/panel/browser-services';
import type { SiyaqDB } from '@/lib/store/db';

const estimate = () => navigator.storage?.estimate?.() ?? Promise.resolve({});

export function App({ db, lang }: { db: SiyaqDB; lang: Lang }) {
  const services = browserServices(db, () => {
    throw new Error('the options page provides the directory');
  });
  return <OptionsApp services={services} bundled={BUNDLED_ACTORS} lang={lang} estimate={estimate} />;
}
