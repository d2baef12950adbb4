import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dirOf, type Lang, translator } from '@/lib/i18n/messages';
import { createDirectory } from '@/lib/kb/directory';
import type { Actor } from '@/lib/kb/schema';
import type { AppServices, PanelServices } from '@/lib/panel/services';
import type { WatchedArea } from '@/lib/settings/area';
import { SELECTION, tabStateItem } from '@/lib/settings/items';
import type { FirstCard } from '@/lib/store/first-card';
import { ActorCard } from './ActorCard';
import { ActorEditor, AliasAdder } from './ActorEditor';
import { BackupBanner } from './BackupBanner';
import { PanelContext, type PanelContextValue } from './context';
import { HistoryView } from './HistoryView';
import { useLiveQuery, useStorageItem } from './hooks';
import { SearchView } from './SearchView';
import { ThisPage } from './ThisPage';
import { type View, useViewStack } from './view-stack';

export interface PanelAppProps {
  /** Open on this actor (`sidepanel.html?actor=…`). */
  initialActor?: string;
  services: AppServices;
  /** The whole bundled base; null while it is still being read (then `first` holds the card's actors). */
  bundled: readonly Actor[] | null;
  /** Read before the first render for the actor the panel opens on (see lib/panel/first-card.ts). */
  first?: FirstCard | null;
  lang: Lang;
  tabId: number | null;
  /** Where the background leaves the selected actor and each tab's latest report. */
  session: WatchedArea;
  drafts: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/**
 * The side panel: this page, the actor card, search and history, in the reader's language and
 * direction. The clicked actor arrives through session storage (set by the background), so the
 * panel follows the page whether it was open already or opened by the click.
 */
export function PanelApp({ services: base, bundled, first, lang, tabId: fixedTab, session, drafts, initialActor: asked }: PanelAppProps) {
  const t = translator(lang);
  const initialActor = asked ?? first?.actorId;
  const reader = useLiveQuery(() => base.queries.readerActors(), [base.queries]);
  const seed = first?.entry;
  const directory = useMemo(
    () => createDirectory(bundled ?? seed?.bundled ?? [], reader.state === 'ready' ? reader.value : (seed?.reader ?? [])),
    [bundled, seed, reader],
  );
  const firstCard = useRef(first ?? undefined);
  const services: PanelServices = useMemo(() => ({ ...base, directory: () => directory }), [base, directory]);
  const selection = useStorageItem(session, SELECTION);
  const tabId = fixedTab ?? selection?.tabId ?? null;
  const tabItem = useMemo(() => (tabId === null ? null : tabStateItem(tabId)), [tabId]);
  const tabState = useStorageItem(session, tabItem);
  const nav = useViewStack(initialActor, selection, fixedTab);
  const { view, actorId } = nav;
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState<{ mode: 'new' | 'alias'; text: string } | null>(null);
  const [notice, setNotice] = useState('');
  const addFromSelection = async (mode: 'new' | 'alias') => {
    const sel = tabId === null ? null : await services.pageSelection(tabId);
    const text = sel?.ok ? sel.value : '';
    setNotice(text ? '' : t('selectionEmpty'));
    setAdding({ mode, text });
    nav.show('add');
  };

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [lang]);

  const ctx: PanelContextValue = {
    services,
    lang,
    t,
    tabId,
    takeFirstCard: (actorId) => {
      const card = firstCard.current;
      if (card?.actorId !== actorId) return undefined;
      firstCard.current = undefined;
      return card;
    },
    openActor: nav.openActor,
  };
  const tabs: [View, string][] = [
    ['page', t('navPage')],
    ['actor', t('navActor')],
    ['history', t('navHistory')],
  ];
  return (
    <PanelContext.Provider value={ctx}>
      <main class="panel">
        <header class="top">
          <h1>{t('appName')}</h1>
          <label class="search">
            <span class="visually-hidden">{t('searchLabel')}</span>
            <input
              type="search"
              dir="auto"
              placeholder={t('searchPlaceholder')}
              value={query}
              onInput={(e) => {
                const q = (e.target as HTMLInputElement).value;
                setQuery(q);
                nav.show(q.trim() ? 'search' : 'page');
              }}
            />
          </label>
          <nav aria-label={t('appName')}>
            {tabs.map(([v, label]) => (
              <button
                key={v}
                type="button"
                aria-current={view === v ? 'page' : undefined}
                disabled={v === 'actor' && !actorId}
                onClick={() => nav.show(v)}
              >
                {label}
              </button>
            ))}
            <button type="button" class="link" onClick={() => services.openOptions()}>
              {t('openOptions')}
            </button>
          </nav>
        </header>
        <BackupBanner />
        {notice && <p role="status">{notice}</p>}
        {view === 'page' && (
          <>
            <ThisPage report={tabState?.report ?? null} />
            <p class="actions">
              <button type="button" onClick={() => void addFromSelection('new')}>
                {t('newActor')}
              </button>
              <button type="button" onClick={() => void addFromSelection('alias')}>
                {t('addAlias')}
              </button>
            </p>
          </>
        )}
        {view === 'add' && adding && (
          <>
            <p class="meta">{t('fromSelection')}</p>
            {adding.mode === 'new' ? (
              <ActorEditor
                actor={null}
                prefill={adding.text}
                onDone={(saved) => {
                  if (saved) nav.openActor(saved.id);
                  else nav.show('page');
                  setNotice(saved ? t('actorSaved') : '');
                }}
              />
            ) : (
              <AliasAdder
                prefill={adding.text}
                onDone={(saved) => {
                  if (saved) nav.openActor(saved.id);
                  else nav.show('page');
                  setNotice(saved ? t('actorSaved') : '');
                }}
              />
            )}
          </>
        )}
        {view === 'actor' && actorId && (
          <>
            {nav.canGoBack && (
              <button type="button" class="link back" onClick={nav.back}>
                {t('back')}
              </button>
            )}
            <ActorCard key={actorId} actorId={actorId} drafts={drafts} />
          </>
        )}
        {view === 'search' && <SearchView query={query} />}
        {view === 'history' && <HistoryView />}
      </main>
    </PanelContext.Provider>
  );
}
