import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LANG, REMINDER_DAYS } from '@/lib/settings/items';
import { mirrorLang } from '@/lib/settings/lang';
import { dirOf, type Lang, type MessageKey, translator } from '@/lib/i18n/messages';
import { createDirectory } from '@/lib/kb/directory';
import { exportPack, type PackPreview, previewPack } from '@/lib/kb/pack';
import type { Actor } from '@/lib/kb/schema';
import type { AppServices, PanelServices } from '@/lib/panel/services';
import { ActorEditor, AliasAdder } from './ActorEditor';
import { PanelContext, type PanelContextValue } from './context';
import { DataSection } from './DataSection';
import { useLiveQuery } from './hooks';
import { LookSection } from './LookSection';
import { SitesSection } from './SitesSection';

export interface OptionsAppProps {
  services: AppServices;
  bundled: readonly Actor[];
  lang: Lang;
  /** Extra sections (data export and import) provided by the entrypoint. */
  children?: ComponentChildren;
  estimate: () => Promise<{ usage?: number; quota?: number }>;
}

const mb = (n: number | undefined) => (n === undefined ? '?' : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** Settings: interface language, sites, the reader's actors and packs, and their data. */
export function OptionsApp({ services: base, bundled, lang, children, estimate }: OptionsAppProps) {
  const t = translator(lang);
  const reader = useLiveQuery(() => base.queries.readerActors(), [base.queries]);
  const mine = reader.state === 'ready' ? reader.value : [];
  const directory = useMemo(() => createDirectory(bundled, mine), [bundled, mine]);
  const services: PanelServices = useMemo(() => ({ ...base, directory: () => directory }), [base, directory]);
  const reminder = useLiveQuery(() => base.queries.setting(REMINDER_DAYS), [base.queries]);
  const langSetting = useLiveQuery(() => base.queries.setting(LANG), [base.queries]);
  const [editing, setEditing] = useState<Actor | 'new' | 'alias' | null>(null);
  const [message, setMessage] = useState('');
  const [pack, setPack] = useState<PackPreview | null>(null);
  const [packError, setPackError] = useState('');
  const [confirm, setConfirm] = useState<string | null>(null);
  const [eraseText, setEraseText] = useState('');
  const [usage, setUsage] = useState<{ usage?: number; quota?: number }>({});

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    void estimate().then(setUsage);
  }, [lang, estimate]);

  const ctx: PanelContextValue = { services, lang, t, tabId: null, openActor: () => {} };
  const done = (saved: Actor | null) => {
    setEditing(null);
    if (saved) setMessage(t('actorSaved'));
  };
  const readPack = async (file: File | undefined) => {
    setPack(null);
    setPackError('');
    if (!file) return;
    const res = previewPack(await file.text(), bundled, mine);
    if (res.ok) setPack(res.value);
    else setPackError(res.error.message);
  };

  return (
    <PanelContext.Provider value={ctx}>
      <main class="panel options">
        <h1>
          {t('appName')} — {t('options')}
        </h1>

        <section aria-labelledby="lang-title">
          <h2 id="lang-title">{t('interfaceLanguage')}</h2>
          <select
            aria-labelledby="lang-title"
            value={langSetting.state === 'ready' ? langSetting.value : LANG.fallback}
            onChange={(e) => {
              const value = LANG.parse((e.target as HTMLSelectElement).value);
              void services.setSetting(LANG, value).then(() => {
                mirrorLang(globalThis.localStorage, value);
                location.reload();
              });
            }}
          >
            <option value="auto">{t('langAuto')}</option>
            <option value="ar">{t('langAr')}</option>
            <option value="en">{t('langEn')}</option>
          </select>
        </section>

        <section aria-labelledby="reminder-title">
          <h2 id="reminder-title" class="visually-hidden">
            {t('reminderDays')}
          </h2>
          <label class="field">
            <span>{t('reminderDays')}</span>
            <input
              type="number"
              min={1}
              max={365}
              value={reminder.state === 'ready' ? reminder.value : REMINDER_DAYS.fallback}
              onChange={(e) =>
                void services.setSetting(
                  REMINDER_DAYS,
                  REMINDER_DAYS.parse(Math.max(1, Number((e.target as HTMLInputElement).value) || REMINDER_DAYS.fallback)),
                )
              }
            />
          </label>
        </section>

        <section aria-labelledby="actors-title">
          <h2 id="actors-title">{t('yourActors')}</h2>
          <p>{t('yourActorsHelp')}</p>
          {message && <p role="status">{message}</p>}
          {mine.length === 0 && <p class="empty">{t('noActorsYet')}</p>}
          <ul class="reader-actors">
            {mine.map((a) => (
              <li key={a.id} data-actor-id={a.id}>
                <bdi>{a.names[lang]}</bdi> <span class="count">{t(`type_${a.type}` as MessageKey)}</span>{' '}
                <button type="button" class="link" onClick={() => setEditing(a)}>
                  {t('edit')}
                </button>{' '}
                {confirm === a.id ? (
                  <button type="button" class="danger" onClick={() => void services.deleteActor(a.id).then(() => setConfirm(null))}>
                    {t('confirmDelete')}
                  </button>
                ) : (
                  <button type="button" class="link" onClick={() => setConfirm(a.id)}>
                    {t('delete')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {editing === null ? (
            <p class="actions">
              <button type="button" onClick={() => setEditing('new')}>
                {t('newActor')}
              </button>{' '}
              <button type="button" onClick={() => setEditing('alias')}>
                {t('addAlias')}
              </button>
            </p>
          ) : editing === 'alias' ? (
            <AliasAdder onDone={done} />
          ) : (
            <ActorEditor actor={editing === 'new' ? null : editing} onDone={done} />
          )}

          <h3>{t('packs')}</h3>
          <label class="field">
            <span>{t('importPack')}</span>
            <input type="file" accept="application/json,.json" onChange={(e) => void readPack((e.target as HTMLInputElement).files?.[0])} />
          </label>
          {packError && <p role="alert">{packError}</p>}
          {pack && (
            <div class="card" data-pack-preview>
              <p>
                {t('packPreview', {
                  added: pack.added.length,
                  changed: pack.changed.length,
                  unchanged: pack.unchanged.length,
                  rejected: pack.rejected.length,
                })}
              </p>
              {pack.rejected.length > 0 && (
                <ul class="errors">
                  {pack.rejected.slice(0, 20).map((r) => (
                    <li key={`${r.index}${r.path}`}>{`${r.actorId ?? `#${r.index}`} ${r.path}: ${r.message}`}</li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                disabled={pack.added.length + pack.changed.length === 0}
                onClick={() =>
                  void services.importPack(pack.name, [...pack.added, ...pack.changed.map((c) => c.after)]).then((res) => {
                    setPack(null);
                    if (res.ok) setMessage(t('packApplied', { n: res.value.saved }));
                    else setPackError(res.error.message);
                  })
                }
              >
                {t('applyPack')}
              </button>
            </div>
          )}
          <p>
            <button
              type="button"
              disabled={mine.length === 0}
              onClick={() => services.download('siyaq-actors.json', exportPack(mine, 'Siyaq reader actors'), 'application/json')}
            >
              {t('exportPack')}
            </button>
          </p>
        </section>

        <LookSection />
        <SitesSection />

        <section aria-labelledby="data-title">
          <h2 id="data-title">{t('dataTitle')}</h2>
          <p>{t('storageUsed', { used: mb(usage.usage), quota: mb(usage.quota) })}</p>
          <DataSection />
          {children}
          <h3>{t('eraseAll')}</h3>
          <label class="field">
            <span>{t('eraseConfirm')}</span>
            <input type="text" dir="ltr" value={eraseText} onInput={(e) => setEraseText((e.target as HTMLInputElement).value)} />
          </label>
          <button
            type="button"
            class="danger"
            disabled={eraseText !== 'ERASE'}
            onClick={() =>
              void services.erase().then((res) => {
                setEraseText('');
                setMessage(res.ok ? t('erased') : res.error.message);
              })
            }
          >
            {t('eraseAll')}
          </button>
        </section>
      </main>
    </PanelContext.Provider>
  );
}
