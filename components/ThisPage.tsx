import type { MessageKey } from '@/lib/i18n/messages';
import { bundledOutletId } from '@/lib/kb/outlet-table';
import type { ActorType } from '@/lib/kb/schema';
import type { PageReport } from '@/lib/report';
import { usePanel } from './context';
import { OutletFacts } from './OutletFacts';

const TYPE_ORDER: ActorType[] = ['person', 'party', 'armed_group', 'state', 'organisation', 'international_body', 'media', 'place'];

/**
 * The article in the current tab: who publishes it, its actors grouped by type with mention
 * counts, its figures and its claims. Clicking scrolls the page to the mention or the sentence and flashes it.
 */
export function ThisPage({ report }: { report: PageReport | null }) {
  const { t, lang, services, tabId, openActor } = usePanel();
  if (!report) return <p class="empty">{t('pageNotAnalysed')}</p>;
  if (!report.isArticle) return <p class="empty">{t('notAnArticle')}</p>;
  const groups = TYPE_ORDER.map((type) => [type, report.actors.filter((a) => a.type === type)] as const).filter(([, list]) => list.length);
  const focusActor = (id: string) => {
    openActor(id);
    if (tabId !== null) void services.focusMention(tabId, id);
  };
  return (
    <article class="this-page" aria-labelledby="page-title">
      <h2 id="page-title" dir="auto">
        {report.title}
      </h2>
      <p class="meta">
        <bdi>{report.site}</bdi>
      </p>
      <OutletFacts outletId={report.outlet === undefined ? bundledOutletId(report.url) : (report.outlet?.actorId ?? null)} />
      <section aria-labelledby="page-actors">
        <h3 id="page-actors">{t('actorsOnPage')}</h3>
        {groups.length === 0 && <p class="empty">{t('noneFound')}</p>}
        {groups.map(([type, list]) => (
          <div key={type} class="actor-group" data-type={type}>
            <h4>{t(`type_${type}` as MessageKey)}</h4>
            <ul class="chips">
              {list.map((a) => (
                <li key={a.id}>
                  <button type="button" class="chip" data-actor-id={a.id} onClick={() => focusActor(a.id)}>
                    <bdi>{a.name[lang]}</bdi> <span class="count">{t('mentionsCount', { n: a.count })}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      {report.figures.length > 0 && (
        <section aria-labelledby="page-figures">
          <h3 id="page-figures">{t('figuresOnPage')}</h3>
          <ul class="chips">
            {report.figures.map((f, i) => (
              <li key={i} class="figure-chip" dir="auto">
                {f.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.claims.length > 0 && (
        <section aria-labelledby="page-claims">
          <h3 id="page-claims">{t('claimsOnPage')}</h3>
          <ul class="claims">
            {report.claims.map((c) => (
              <li key={`${c.anchor.prefix}${c.anchor.exact}`} class="claim">
                <button type="button" class="quote" dir="auto" onClick={() => tabId !== null && void services.focusQuote(tabId, c.anchor)}>
                  {c.text}
                </button>
                {(c.speakerId || (c.credits?.length ?? 0) > 0) && (
                  <p class="meta">
                    {c.speakerId && (
                      <button type="button" class="link" onClick={() => openActor(c.speakerId!)}>
                        <bdi>{services.directory().get(c.speakerId)?.names[lang] ?? c.speakerId}</bdi>
                      </button>
                    )}
                    {c.speakerId && c.credits?.length ? ' · ' : null}
                    {c.credits?.length ? (
                      <span class="credits" data-credits={c.credits.join(' ')}>
                        {t('creditedTo')}{' '}
                        {c.credits.map((id, i) => (
                          <span key={id}>
                            {i > 0 && (lang === 'ar' ? '، ' : ', ')}
                            <bdi>{services.directory().get(id)?.names[lang] ?? id}</bdi>
                          </span>
                        ))}
                      </span>
                    ) : null}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
