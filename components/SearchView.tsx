import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/i18n/messages';
import type { ClaimRecord, NoteRecord } from '@/lib/store/types';
import { ClaimItem } from './ClaimItem';
import { usePanel } from './context';
import { MarkdownLight } from './MarkdownLight';

/**
 * Search across actors, stored claims and notes. Matching is on normalised Arabic, so a query
 * without hamza or with Persian letters finds the text that has them, and the other way round.
 */
export function SearchView({ query }: { query: string }) {
  const { services, t, lang, openActor } = usePanel();
  const [results, setResults] = useState<{ claims: ClaimRecord[]; notes: NoteRecord[] } | null>(null);
  const actors = query.trim() ? services.directory().search(query) : [];
  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => void services.queries.search(query).then((r) => live && setResults(r)), 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, services.queries]);
  if (!query.trim()) return null;
  const nothing = actors.length === 0 && results && results.claims.length === 0 && results.notes.length === 0;
  return (
    <section class="search-results" aria-live="polite">
      {nothing && <p class="empty">{t('noResults')}</p>}
      {actors.length > 0 && (
        <>
          <h3>{t('resultsActors')}</h3>
          <ul class="chips">
            {actors.map((a) => (
              <li key={a.id}>
                <button type="button" class="chip" data-actor-id={a.id} onClick={() => openActor(a.id)}>
                  <bdi>{a.names[lang]}</bdi> <span class="count">{t(`type_${a.type}` as MessageKey)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {results && results.claims.length > 0 && (
        <>
          <h3>{t('resultsClaims')}</h3>
          <ul class="claims">
            {results.claims.map((c) => (
              <ClaimItem key={c.id} claim={c} />
            ))}
          </ul>
        </>
      )}
      {results && results.notes.length > 0 && (
        <>
          <h3>{t('resultsNotes')}</h3>
          <ul class="notes-found">
            {results.notes.map((n) => (
              <li key={n.id}>
                <MarkdownLight text={n.body} />
                {n.actorId && (
                  <button type="button" class="link" onClick={() => openActor(n.actorId!)}>
                    <bdi>{services.directory().get(n.actorId)?.names[lang] ?? n.actorId}</bdi>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
