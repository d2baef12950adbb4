import { useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/i18n/messages';
import { exportPack, type PackPreview, previewPack } from '@/lib/kb/pack';
import type { Actor } from '@/lib/kb/schema';
import { ActorEditor, AliasAdder } from './ActorEditor';
import { usePanel } from './context';

export interface ActorsSectionProps {
  /** The reader's own actors. */
  mine: readonly Actor[];
  bundled: readonly Actor[];
}

/** The reader's actors (add, edit, delete) and knowledge packs (preview, import, export). */
export function ActorsSection({ mine, bundled }: ActorsSectionProps) {
  const { services, t, lang } = usePanel();
  const [editing, setEditing] = useState<Actor | 'new' | 'alias' | null>(null);
  const [message, setMessage] = useState('');
  const [pack, setPack] = useState<PackPreview | null>(null);
  const [packError, setPackError] = useState('');
  const [confirm, setConfirm] = useState<string | null>(null);
  const done = (saved: Actor | null) => {
    setEditing(null);
    if (saved) setMessage(t('actorSaved'));
  };
  const readPack = async (file: File | undefined) => {
    setPack(null);
    setPackError('');
    if (!file) return;
    const res = previewPack(await file.text(), bundled, [...mine]);
    if (res.ok) setPack(res.value);
    else setPackError(res.error.message);
  };
  return (
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
  );
}
