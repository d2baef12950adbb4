import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteInput } from '@/lib/store/notes';
import type { NoteRecord } from '@/lib/store/types';
import { usePanel } from './context';
import { failureText } from './failure';
import { MarkdownLight } from './MarkdownLight';

export const AUTOSAVE_MS = 700;

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export interface NoteEditorProps {
  /** The stored note, or null for a new one. */
  note: NoteRecord | null;
  /** What a new note is attached to. */
  target: Omit<NoteInput, 'body' | 'id'>;
  /** Where an unsaved draft survives the panel closing (localStorage in the extension). */
  drafts: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  onSaved?: (note: NoteRecord) => void;
}

const draftKey = (note: NoteRecord | null, target: NoteEditorProps['target']) =>
  `siyaq:draft:${note?.id ?? `new:${target.kind}:${target.actorId ?? target.claimId ?? target.articleUrl ?? ''}`}`;

/**
 * A note, saved as the reader types. Every keystroke also lands in a local draft first, so
 * closing the panel, a full disk or a closed database never loses what was written: the text
 * stays in the editor with the reason, ready to save again.
 */
export function NoteEditor({ note, target, drafts, onSaved }: NoteEditorProps) {
  const { services, t } = usePanel();
  const key = draftKey(note, target);
  const [text, setText] = useState(() => drafts.getItem(key) ?? note?.body ?? '');
  const [status, setStatus] = useState<Status>(() =>
    drafts.getItem(key) !== null && drafts.getItem(key) !== note?.body ? { kind: 'failed', message: '' } : { kind: 'idle' },
  );
  const [preview, setPreview] = useState(false);
  const saved = useRef<NoteRecord | null>(note);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(text);
  const inFlight = useRef<Promise<void>>(Promise.resolve());

  // Saves run one after another: a second save must see the id the first one created, or a
  // quick typist would get a new note per pause.
  const save = () => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    inFlight.current = inFlight.current.then(saveNow);
    return inFlight.current;
  };

  const saveNow = async () => {
    const body = latest.current;
    if (saved.current ? body === saved.current.body : body.trim() === '') return;
    setStatus({ kind: 'saving' });
    const res = await services.saveNote({ ...target, ...(saved.current ? { id: saved.current.id } : {}), body });
    if (res.ok) {
      saved.current = res.value;
      if (latest.current === body) drafts.removeItem(key);
      setStatus({ kind: 'saved' });
      onSaved?.(res.value);
    } else {
      setStatus({ kind: 'failed', message: failureText(res.error, t) });
    }
  };

  // Registered once: the handlers reach the latest save through a ref. (With a dependency-less
  // effect, the cleanup's flush ran on every render and saved on every keystroke.)
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const flush = () => {
      if (pending.current) void saveRef.current();
    };
    addEventListener('pagehide', flush);
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, []);

  const onInput = (value: string) => {
    setText(value);
    latest.current = value;
    drafts.setItem(key, value);
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => void save(), AUTOSAVE_MS);
  };

  const id = `note-${note?.id ?? 'new'}`;
  return (
    <div class="note-editor">
      <div class="note-toolbar">
        <button type="button" class="link" aria-pressed={preview} onClick={() => setPreview(!preview)}>
          {preview ? t('edit') : t('preview')}
        </button>
        <span class={`status ${status.kind}`} role="status" aria-live="polite">
          {status.kind === 'saving' && t('saving')}
          {status.kind === 'saved' && t('saved')}
          {status.kind === 'failed' && status.message && `${t('saveFailed')} ${status.message}`}
        </span>
        {status.kind === 'failed' && (
          <button type="button" onClick={() => void save()}>
            {t('retry')}
          </button>
        )}
      </div>
      {preview ? (
        <MarkdownLight text={text} />
      ) : (
        <>
          <label class="visually-hidden" for={id}>
            {t('noteLabel')}
          </label>
          <textarea
            id={id}
            dir="auto"
            rows={4}
            placeholder={t('notePlaceholder')}
            value={text}
            onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)}
            onBlur={() => void save()}
          />
        </>
      )}
    </div>
  );
}
