import { useState } from 'preact/hooks';
import { formatDate } from '@/lib/i18n/dates';
import { usePanel } from './context';
import { useLiveQuery } from './hooks';
import { ReadingDiet } from './ReadingDiet';

/** Articles read, newest first, filterable by site, actor and date; and where they came from. */
export function HistoryView() {
  const { services, t, lang, openActor } = usePanel();
  const [site, setSite] = useState('');
  const [actor, setActor] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const actorId = actor.trim() ? (services.directory().search(actor, 1)[0]?.id ?? '\u0000none') : '';
  const sites = useLiveQuery(() => services.queries.historySites(), []);
  const articles = useLiveQuery(() => services.queries.history({ site, actorId, from, to }), [site, actorId, from, to]);
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('filterSite')}
          <select value={site} onChange={(e) => setSite((e.target as HTMLSelectElement).value)}>
            <option value="">{t('filterAll')}</option>
            {sites.state === 'ready' &&
              sites.value.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('filterActor')}
          <input type="search" dir="auto" value={actor} onInput={(e) => setActor((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('filterFrom')}
          <input type="date" value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('filterTo')}
          <input type="date" value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
        </label>
        {(site || actor || from || to) && (
          <button
            type="button"
            class="link"
            onClick={() => {
              setSite('');
              setActor('');
              setFrom('');
              setTo('');
            }}
          >
            {t('clearFilters')}
          </button>
        )}
      </form>
      <ReadingDiet />
      {articles.state === 'ready' && articles.value.length === 0 && <p class="empty">{t('noHistory')}</p>}
      {articles.state === 'error' && (
        <p role="alert">
          {t('storageError')} {articles.message}
        </p>
      )}
      <ul class="visits">
        {articles.state === 'ready' &&
          articles.value.map((a) => (
            <li key={a.url} data-url={a.url}>
              <a href={a.url} target="_blank" rel="noreferrer" dir="auto">
                {a.title || a.url}
              </a>
              <span class="meta">
                <bdi>{a.site}</bdi> · {t('read', { date: formatDate(a.readAt, lang) })}
                {a.publishedAt && <> · {t('published', { date: formatDate(a.publishedAt, lang) })}</>}
              </span>
              <span class="chips">
                {Object.entries(a.actorCounts)
                  .sort((x, y) => y[1] - x[1])
                  .slice(0, 5)
                  .map(([id]) => (
                    <button key={id} type="button" class="chip small" onClick={() => openActor(id)}>
                      <bdi>{services.directory().get(id)?.names[lang] ?? id}</bdi>
                    </button>
                  ))}
              </span>
            </li>
          ))}
      </ul>
    </section>
  );
}
