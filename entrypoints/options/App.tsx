import { OptionsApp } from '@/components/OptionsApp';
import { BUNDLED_ACTORS } from '@/lib/kb/bundled';
import type { Lang } from '@/lib/i18n/messages';
import { browserServices } from '@/lib/panel/browser-services';
import type { SiyaqDB } from '@/lib/store/db';

/** Files leave through an anchor with `download`: no downloads permission needed. */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const estimate = () => navigator.storage?.estimate?.() ?? Promise.resolve({});

export function App({ db, lang }: { db: SiyaqDB; lang: Lang }) {
  const services = browserServices(db, () => {
    throw new Error('the options page provides the directory');
  });
  return <OptionsApp services={services} bundled={BUNDLED_ACTORS} lang={lang} download={download} estimate={estimate} />;
}
