import { formatDate } from '@/lib/i18n/dates';
import { textFragmentUrl } from '@/lib/panel/text-fragment';
import { articleOutlet } from '@/lib/store/diet';
import type { ClaimRecord } from '@/lib/store/types';
import { usePanel } from './context';

/** One stored claim: the sentence, who said it, where and when, and a link to it in its source. */
export function ClaimItem({ claim, showSpeaker = true }: { claim: ClaimRecord; showSpeaker?: boolean }) {
  const { t, lang, services, openActor } = usePanel();
  const directory = services.directory();
  const speaker = claim.speakerId ? directory.get(claim.speakerId) : undefined;
  const outletId = articleOutlet({ url: claim.articleUrl, outletId: claim.outletId });
  const outlet = outletId ? directory.get(outletId) : undefined;
  // The agencies the text credits, but not the outlet itself again (الجزيرة crediting الجزيرة).
  const credited = (claim.credits ?? []).filter((id) => id !== outletId).map((id) => directory.get(id)?.names[lang] ?? id);
  const date = claim.publishedAt
    ? t('published', { date: formatDate(claim.publishedAt, lang) })
    : t('read', { date: formatDate(claim.readAt, lang) });
  return (
    <li class="claim" data-claim-id={claim.id}>
      <blockquote dir="auto">{claim.text}</blockquote>
      <p class="meta">
        {showSpeaker && speaker && (
          <>
            <button type="button" class="link" onClick={() => openActor(speaker.id)}>
              <bdi>{speaker.names[lang]}</bdi>
            </button>{' '}
            ·{' '}
          </>
        )}
        {claim.figures.length > 0 && (
          <>
            {claim.figures.map((f) => (
              <span key={f.text} class="figure-chip" dir="auto">
                {f.text}
              </span>
            ))}{' '}
            ·{' '}
          </>
        )}
        {outlet && (
          <>
            <button
              type="button"
              class="link outlet"
              data-outlet-id={outlet.id}
              title={t('claimOutlet', { name: outlet.names[lang] })}
              onClick={() => openActor(outlet.id)}
            >
              <bdi>{outlet.names[lang]}</bdi>
            </button>{' '}
            {credited.length > 0 && (
              <span class="credits" data-credits={(claim.credits ?? []).join(' ')}>
                ({t('creditedTo')} <Names names={credited} lang={lang} />){' '}
              </span>
            )}
            ·{' '}
          </>
        )}
        {!outlet && credited.length > 0 && (
          <>
            <span class="credits" data-credits={(claim.credits ?? []).join(' ')}>
              {t('creditedTo')} <Names names={credited} lang={lang} />
            </span>{' '}
            ·{' '}
          </>
        )}
        <a href={textFragmentUrl(claim.articleUrl, claim.anchor)} target="_blank" rel="noreferrer" title={t('openSource')}>
          <bdi>{claim.site}</bdi>
        </a>{' '}
        · {date}
      </p>
    </li>
  );
}

/** Names in a sentence, each isolated for direction (an English agency inside Arabic text). */
function Names({ names, lang }: { names: string[]; lang: 'ar' | 'en' }) {
  return (
    <>
      {names.map((n, i) => (
        <span key={n}>
          {i > 0 && (lang === 'ar' ? '، ' : ', ')}
          <bdi>{n}</bdi>
        </span>
      ))}
    </>
  );
}
