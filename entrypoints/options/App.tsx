import { useEffect } from 'preact/hooks';
import { useLiveQuery } from '@/components/hooks';
import { dirOf, type Lang, translator } from '@/lib/i18n/messages';
import { NEWS_SITES } from '@/lib/sites';
import type { SiyaqDB } from '@/lib/store/db';

export function App({ db, lang }: { db: SiyaqDB; lang: Lang }) {
  const t = translator(lang);
  const count = useLiveQuery(() => db.articles.count(), [db]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [lang]);
  return (
    <main class="panel">
      <h1>
        {t('appName')} — {t('options')}
      </h1>
      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t('sitesTitle')}</h2>
        <p>{t('sitesHelp')}</p>
        <ul class="sites">
          {NEWS_SITES.map((s) => (
            <li key={s}>
              <bdi>{s}</bdi>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('dataTitle')}</h2>
        <p>
          {t('articlesStored')}: <output>{count.state === 'ready' ? count.value : '…'}</output>
        </p>
      </section>
    </main>
  );
}
