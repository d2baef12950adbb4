import { useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/i18n/messages';
import { ACTOR_TYPES, type Actor, type ActorType } from '@/lib/kb/schema';
import { usePanel } from './context';

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A readable id from the English name (kebab-case ASCII), unique among the known actors. */
export function slugFor(en: string, taken: (id: string) => boolean): string {
  const base =
    en
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'actor';
  let id = base;
  for (let i = 2; taken(id); i++) id = `${base}-${i}`;
  return id;
}

export interface ActorEditorProps {
  /** The actor to edit, or null for a new one; `prefill` seeds a new one's Arabic name. */
  actor: Actor | null;
  prefill?: string;
  onDone: (saved: Actor | null) => void;
}

/**
 * A reader's actor: names, spellings, ambiguous names and a note. The background validates it
 * with the same rules as the bundled base and explains, field by field, what is wrong.
 */
export function ActorEditor({ actor, prefill, onDone }: ActorEditorProps) {
  const { services, t } = usePanel();
  const [ar, setAr] = useState(actor?.names.ar ?? prefill ?? '');
  const [en, setEn] = useState(actor?.names.en ?? '');
  const [type, setType] = useState<ActorType>(actor?.type ?? 'person');
  const [aliasesAr, setAliasesAr] = useState((actor?.aliases?.ar ?? []).join('\n'));
  const [aliasesEn, setAliasesEn] = useState((actor?.aliases?.en ?? []).join('\n'));
  const [ambiguous, setAmbiguous] = useState((actor?.ambiguous ?? []).join('\n'));
  const [noteAr, setNoteAr] = useState(actor?.note.ar ?? '');
  const [noteEn, setNoteEn] = useState(actor?.note.en ?? '');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const id = actor?.id ?? slugFor(en || ar, (x) => !!services.directory().get(x));
    const next: Actor = {
      ...(actor ?? {}),
      id,
      type,
      names: { ar: ar.trim(), en: en.trim() },
      aliases: { ar: lines(aliasesAr), en: lines(aliasesEn) },
      ambiguous: lines(ambiguous),
      note: { ar: noteAr.trim(), en: noteEn.trim() },
    };
    const res = await services.saveActor(next);
    setBusy(false);
    if (res.ok) onDone(res.value);
    else setErrors(res.error.message.split('\n'));
  };

  const field = (label: MessageKey, value: string, set: (v: string) => void, multiline = false, dir: 'auto' | 'rtl' | 'ltr' = 'auto') => {
    const id = `actor-${label}`;
    return (
      <div class="field">
        <label for={id}>{t(label)}</label>
        {multiline ? (
          <textarea id={id} dir={dir} rows={3} value={value} onInput={(e) => set((e.target as HTMLTextAreaElement).value)} />
        ) : (
          <input id={id} type="text" dir={dir} value={value} onInput={(e) => set((e.target as HTMLInputElement).value)} />
        )}
      </div>
    );
  };

  return (
    <form class="actor-editor card" onSubmit={submit}>
      {field('nameAr', ar, setAr, false, 'rtl')}
      {field('nameEn', en, setEn, false, 'ltr')}
      <label class="field">
        <span>{t('actorType')}</span>
        <select value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value as ActorType)}>
          {ACTOR_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`type_${ty}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      {field('aliasesAr', aliasesAr, setAliasesAr, true, 'rtl')}
      {field('aliasesEn', aliasesEn, setAliasesEn, true, 'ltr')}
      {field('ambiguousNames', ambiguous, setAmbiguous, true)}
      {field('noteAr', noteAr, setNoteAr, true, 'rtl')}
      {field('noteEn', noteEn, setNoteEn, true, 'ltr')}
      {errors.length > 0 && (
        <div role="alert">
          <ul class="errors">
            {errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** Adds a spelling to an actor the reader finds by name (bundled or their own). */
export function AliasAdder({ prefill, onDone }: { prefill?: string; onDone: (saved: Actor | null) => void }) {
  const { services, t, lang } = usePanel();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Actor | null>(null);
  const [alias, setAlias] = useState(prefill ?? '');
  const [errors, setErrors] = useState<string[]>([]);
  const matches = query.trim() && !chosen ? services.directory().search(query, 8) : [];
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!chosen || !alias.trim()) return;
    const isArabic = /\p{Script=Arabic}/u.test(alias);
    const aliases = { ar: [...(chosen.aliases?.ar ?? [])], en: [...(chosen.aliases?.en ?? [])] };
    (isArabic ? aliases.ar : aliases.en).push(alias.trim());
    const res = await services.saveActor({ ...chosen, aliases });
    if (res.ok) onDone(res.value);
    else setErrors(res.error.message.split('\n'));
  };
  return (
    <form class="alias-adder card" onSubmit={submit}>
      <label class="field">
        <span>{t('chooseActor')}</span>
        <input
          type="search"
          dir="auto"
          value={chosen ? chosen.names[lang] : query}
          onInput={(e) => {
            setChosen(null);
            setQuery((e.target as HTMLInputElement).value);
          }}
        />
      </label>
      {matches.length > 0 && (
        <ul class="chips">
          {matches.map((a) => (
            <li key={a.id}>
              <button type="button" class="chip" onClick={() => setChosen(a)}>
                <bdi>{a.names[lang]}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="field">
        <span>{t('newAlias')}</span>
        <input type="text" dir="auto" value={alias} onInput={(e) => setAlias((e.target as HTMLInputElement).value)} />
      </label>
      {errors.length > 0 && (
        <div role="alert">
          <ul class="errors">
            {errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button type="submit" disabled={!chosen || !alias.trim()}>
          {t('save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
