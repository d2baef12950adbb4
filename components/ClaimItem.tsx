import { formatDate } from '@/lib/i18n/dates';
import { textFragmentUrl } from '@/lib/panel/text-fragment';
import type { ClaimRecord } from '@/lib/store/types';
import { usePanel } from './context';

/** One stored claim: the sentence, who said it, where and when, and a link to it in its source. */
export function ClaimItem({ claim, showSpeaker = true }: { claim: ClaimRecord; showSpeaker?: boolean }) {
  const { t, lang, services, openActor } = usePanel();
  const speaker = claim.speakerId ? services.directory().get(claim.speakerId) : undefined;
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
        <a href={textFragmentUrl(claim.articleUrl, claim.anchor)} target="_blank" rel="noreferrer" title={t('openSource')}>
          <bdi>{claim.site}</bdi>
        </a>{' '}
        · {date}
      </p>
    </li>
  );
}
