import type { Actor } from '@/lib/kb/schema';
import type { Lang, MessageKey } from '@/lib/i18n/messages';

export interface ActorCardProps {
  actorId: string;
  actor: Actor | undefined;
  lang: Lang;
  t: (key: MessageKey) => string;
}

/** Who an actor is: names in both languages, type and the team's background note. */
export function ActorCard({ actorId, actor, lang, t }: ActorCardProps) {
  if (!actor) {
    return (
      <section class="card" aria-labelledby="actor-title">
        <h2 id="actor-title" dir="auto">
          {actorId}
        </h2>
        <p>{t('unknownActor')}</p>
      </section>
    );
  }
  const other = lang === 'ar' ? actor.names.en : actor.names.ar;
  return (
    <section class="card" aria-labelledby="actor-title" data-actor-id={actor.id}>
      <h2 id="actor-title" dir="auto">
        {actor.names[lang]}
      </h2>
      <p class="subtitle">
        <bdi dir="auto">{other}</bdi> · {t(`type_${actor.type}` as MessageKey)}
      </p>
      <h3>{t('background')}</h3>
      <p class="note" dir="auto">
        {actor.note[lang]}
      </p>
    </section>
  );
}
