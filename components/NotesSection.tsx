import { useState } from 'preact/hooks';
import type { NoteInput } from '@/lib/store/notes';
import type { NoteRecord } from '@/lib/store/types';
import { usePanel } from './context';
import { NoteEditor } from './NoteEditor';

export interface NotesSectionProps {
  notes: readonly NoteRecord[];
  target: Omit<NoteInput, 'body' | 'id'>;
  drafts: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/** The reader's notes on one thing, each editable in place, and a new one. */
export function NotesSection({ notes, target, drafts }: NotesSectionProps) {
  const { services, t } = usePanel();
  const [adding, setAdding] = useState(notes.length === 0);
  // The note the "new" editor created keeps that editor (the reader may still be typing); the
  // list shows it only once a new blank editor takes its place.
  const [createdHere, setCreatedHere] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section class="notes" aria-labelledby="notes-title">
      <h3 id="notes-title">{t('yourNotes')}</h3>
      {notes
        .filter((n) => !(adding && n.id === createdHere))
        .map((n) => (
          <div key={n.id} class="note" data-note-id={n.id}>
            <NoteEditor note={n} target={target} drafts={drafts} />
            {confirming === n.id ? (
              <button type="button" class="danger" onClick={() => void services.deleteNote(n.id).then(() => setConfirming(null))}>
                {t('deleteNote')} ✓
              </button>
            ) : (
              <button type="button" class="link" onClick={() => setConfirming(n.id)}>
                {t('deleteNote')}
              </button>
            )}
          </div>
        ))}
      {adding && <NoteEditor note={null} target={target} drafts={drafts} onSaved={(n) => setCreatedHere(n.id)} />}
      {(!adding || createdHere) && (
        <button
          type="button"
          onClick={() => {
            setAdding(false);
            setCreatedHere(null);
            setTimeout(() => setAdding(true));
          }}
        >
          {t('addNote')}
        </button>
      )}
    </section>
  );
}
