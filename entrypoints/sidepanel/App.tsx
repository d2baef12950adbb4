import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ActorCard } from '@/components/ActorCard';
import { type StorageAreaLike, type StorageEventsLike, useLiveQuery, useStorageValue } from '@/components/hooks';
import { VisitList } from '@/components/VisitList';
import { SELECTION_KEY, type Selection } from '@/lib/background/tab-state';
import { bundledActor } from '@/lib/kb/bundled';
import { dirOf, type Lang, translator } from '@/lib/i18n/messages';
import { articlesMentioning, recentArticles } from '@/lib/store/articles';
import type { SiyaqDB } from '@/lib/store/db';

const session = (browser.storage.session ?? browser.storage.local) as unknown as StorageAreaLike;
const sessionName = browser.storage.session ? 'session' : 'local';
const events = browser.storage.onChanged as unknown as StorageEventsLike;

export function App({ db, lang }: { db: SiyaqDB; lang: Lang }) {
  const t = translator(lang);
  const selection = useStorageValue<Selection>(session, sessionName, events, SELECTION_KEY);
  const actorId = selection?.actorId ?? null;
  const history = useLiveQuery(() => recentArticles(db, 50), [db]);
  const related = useLiveQuery(() => (actorId ? articlesMentioning(db, actorId) : Promise.resolve([])), [db, actorId]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [lang]);

  return (
    <main class="panel">
      <header>
        <h1>{t('appName')}</h1>
        <p class="subtitle">{t('tagline')}</p>
      </header>
      {actorId ? (
        <>
          <ActorCard actorId={actorId} actor={bundledActor(actorId)} lang={lang} t={t} />
          <section aria-labelledby="related-title">
            <h3 id="related-title">{t('articlesMentioning')}</h3>
            {related.state === 'ready' && <VisitList articles={related.value} lang={lang} t={t} />}
          </section>
        </>
      ) : (
        <p class="empty">{t('noSelection')}</p>
      )}
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('history')}</h2>
        {history.state === 'ready' && <VisitList articles={history.value} lang={lang} t={t} />}
        {history.state === 'error' && (
          <p role="alert">
            {t('storageError')} {history.message}
          </p>
        )}
      </section>
    </main>
  );
}
