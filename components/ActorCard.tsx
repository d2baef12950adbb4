import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '@/lib/i18n/dates';
import type { MessageKey } from '@/lib/i18n/messages';
import { BASE_AS_OF } from '@/lib/kb/bundled-meta';
import type { Actor, Role } from '@/lib/kb/schema';
import { CLAIMS_PAGE, type FirstCard } from '@/lib/store/first-card';
import { ClaimItem } from './ClaimItem';
import { usePanel } from './context';
import { ExportButtons } from './DataSection';
import { FigureConflicts } from './FigureConflicts';
import { useAfterPaint, useLiveQuery } from './hooks';
import { NotesSection } from './NotesSection';

export interface ActorCardProps {
  actorId: string;
  drafts: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/**
 * Who an actor is (names, type, roles with dates, affiliations, the team's note, links out), what
 * the reader noted, where stored figures about them disagree, and every stored claim by or about
 * them, newest first.
 */
export function ActorCard({ actorId, drafts }: ActorCardProps) {
  const { services, t, lang, takeFirstCard } = usePanel();
  const [first] = useState(() => takeFirstCard?.(actorId));
  const actor = services.directory().get(actorId);
  const notes = useLiveQuery(() => services.queries.notesOnActor(actorId), [actorId], first?.notes);
  // Conflicts read every claim with a figure about the actor (thousands for a frequent one): after
  // the card and its newest claims are on screen.
  const afterPaint = useAfterPaint();
  const conflicts = useLiveQuery(
    () => (afterPaint ? services.queries.figureConflicts(actorId) : Promise.resolve([])),
    [actorId, afterPaint],
  );

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
  return (
    <article class="actor" data-actor-id={actor.id} aria-labelledby="actor-title">
      <header class="card">
        <h2 id="actor-title" dir="auto">
          {actor.names[lang]}
        </h2>
        <p class="subtitle">
          <bdi dir="auto">{actor.names[lang === 'ar' ? 'en' : 'ar']}</bdi> · {t(`type_${actor.type}` as MessageKey)}
          {services.directory().isReaders(actor.id) && <> · {t('readerActor')}</>}
        </p>
        <p class="note" dir="auto">
          {actor.note[lang]}
        </p>
        {/* The base's facts are dated; the reader's own actors are as current as the reader keeps them. */}
        {BASE_AS_OF && !services.directory().isReaders(actor.id) && (
          <p class="as-of">{t('baseAsOf', { date: formatDate(BASE_AS_OF, lang) })}</p>
        )}
        <Roles actor={actor} />
        <Affiliations actor={actor} />
        <Links actor={actor} />
      </header>
      {notes.state === 'ready' && <NotesSection notes={notes.value} target={{ kind: 'actor', actorId: actor.id }} drafts={drafts} />}
      {conflicts.state === 'ready' && <FigureConflicts conflicts={conflicts.value} />}
      <RelatedClaims actorId={actor.id} first={first} />
      <section aria-label={t('exportActor')}>
        <h3>{t('exportActor')}</h3>
        <ExportButtons filter={{ actorIds: [actor.id] }} compact />
      </section>
    </article>
  );
}

function roleLine(r: Role, t: ReturnType<typeof usePanel>['t'], lang: 'ar' | 'en', name: (id: string) => string | undefined): string {
  const title = r.title?.[lang] ?? t(`role_${r.role}` as MessageKey);
  const of = r.of ? name(r.of) : undefined;
  const label = of && !r.title ? t('roleOf', { role: title, of }) : title;
  const when =
    r.start && r.end
      ? t('fromTo', { from: formatDate(r.start, lang), to: formatDate(r.end, lang) })
      : r.start
        ? t('since', { date: formatDate(r.start, lang) })
        : r.end
          ? t('until', { date: formatDate(r.end, lang) })
          : '';
  return when ? `${label} (${when})` : label;
}

function Roles({ actor }: { actor: Actor }) {
  const { services, t, lang } = usePanel();
  const roles = [...(actor.roles ?? [])].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
  if (roles.length === 0) return null;
  const name = (id: string) => services.directory().get(id)?.names[lang];
  const current = roles.filter((r) => !r.end);
  const past = roles.filter((r) => r.end);
  return (
    <section aria-labelledby="roles-title">
      <h3 id="roles-title">{t('roles')}</h3>
      <ul class="roles">
        {[...current, ...past].map((r) => (
          <li key={`${r.role}${r.of}${r.start}`} class={r.end ? 'past' : 'current'} dir="auto">
            {roleLine(r, t, lang, name)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Affiliations({ actor }: { actor: Actor }) {
  const { services, t, lang, openActor } = usePanel();
  const list = (actor.affiliations ?? []).filter((a) => services.directory().get(a.target));
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="aff-title">
      <h3 id="aff-title">{t('affiliations')}</h3>
      <ul class="affiliations">
        {list.map((a) => (
          <li key={`${a.kind}${a.target}`}>
            {t(`aff_${a.kind}` as MessageKey)}{' '}
            <button type="button" class="link" onClick={() => openActor(a.target)}>
              <bdi>{services.directory().get(a.target)!.names[lang]}</bdi>
            </button>
            {a.end && ` (${t('until', { date: formatDate(a.end, lang) })})`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Links({ actor }: { actor: Actor }) {
  const { t } = usePanel();
  const w = actor.links?.wikipedia;
  const links: [string, string][] = [];
  if (w?.ar) links.push([`${t('wikipedia')} (ع)`, `https://ar.wikipedia.org/wiki/${encodeURIComponent(w.ar.replace(/ /g, '_'))}`]);
  if (w?.en) links.push([`${t('wikipedia')} (en)`, `https://en.wikipedia.org/wiki/${encodeURIComponent(w.en.replace(/ /g, '_'))}`]);
  if (actor.links?.wikidata) links.push([t('wikidata'), `https://www.wikidata.org/wiki/${actor.links.wikidata}`]);
  if (links.length === 0) return null;
  return (
    <p class="links">
      {links.map(([label, href], i) => (
        <span key={href}>
          {i > 0 && ' · '}
          <a href={href} target="_blank" rel="noreferrer">
            {label}
          </a>
        </span>
      ))}
    </p>
  );
}

/** Claims by the actor (they are the speaker) and about them, newest first, a page at a time. */
function RelatedClaims({ actorId, first }: { actorId: string; first: FirstCard | undefined }) {
  const { services, t } = usePanel();
  const [limit, setLimit] = useState(CLAIMS_PAGE);
  // Until the reader picks a side, the card opens on the side that has claims: an actor quoted by
  // no one but named in many claims would otherwise open on an empty "Said by" list.
  const [picked, setPicked] = useState<{ actorId: string; tab: 'by' | 'about' } | null>(null);
  // One claim past the page tells whether there are more: counting them all reads the whole
  // index range, over a hundred milliseconds for an actor in 15,000 claims.
  const claims = useLiveQuery(() => services.queries.claimsAbout(actorId, limit + 1), [actorId, limit], first?.claims);
  const fetched = claims.state === 'ready' ? claims.value : [];
  const list = fetched.slice(0, limit);
  useEffect(() => {
    // User Timing for the benchmark: each list of claims on screen (an effect runs after the paint).
    if (claims.state === 'ready') globalThis.performance?.mark?.('siyaq:actor-card:claims', { detail: actorId });
  }, [claims]);
  const by = list.filter((c) => c.speakerId === actorId);
  const about = list.filter((c) => c.speakerId !== actorId);
  const tab = picked?.actorId === actorId ? picked.tab : by.length === 0 && about.length > 0 ? 'about' : 'by';
  const shown = tab === 'by' ? by : about;
  const pick = (next: 'by' | 'about') => setPicked({ actorId, tab: next });
  // Arrow keys move between the two tabs, as in the ARIA tabs pattern; Tab goes on into the list.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = tab === 'by' ? 'about' : 'by';
    pick(next);
    (e.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>(`#claims-tab-${next}`)?.focus();
  };
  const tabProps = (id: 'by' | 'about') => ({
    type: 'button' as const,
    role: 'tab' as const,
    id: `claims-tab-${id}`,
    'aria-selected': tab === id,
    'aria-controls': 'claims-panel',
    tabIndex: tab === id ? 0 : -1,
    onClick: () => pick(id),
    onKeyDown: onKey,
  });
  return (
    <section class="related" aria-labelledby="related-title">
      <h3 id="related-title">{t('relatedClaims')}</h3>
      <div role="tablist" class="tabs" aria-labelledby="related-title">
        <button {...tabProps('by')}>
          {t('claimsBy')} ({by.length})
        </button>
        <button {...tabProps('about')}>
          {t('claimsAbout')} ({about.length})
        </button>
      </div>
      <div role="tabpanel" id="claims-panel" aria-labelledby={`claims-tab-${tab}`}>
        {shown.length === 0 ? (
          <p class="empty">{t('noClaims')}</p>
        ) : (
          <ul class="claims">
            {shown.map((c) => (
              <ClaimItem key={c.id} claim={c} showSpeaker={tab === 'about'} />
            ))}
          </ul>
        )}
      </div>
      {fetched.length > limit && (
        <button type="button" onClick={() => setLimit(limit + CLAIMS_PAGE)}>
          {t('moreClaims')}
        </button>
      )}
    </section>
  );
}
