import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListedNote } from '../../../src-main/shared/contract/notes';
import type { PdfSelection } from '../../pdf/Overlay';
import { NoteEditor, type NoteDraft } from './NoteEditor';
import { sortNotes } from './sortNotes';

type Props = {
  notes: readonly ListedNote[];
  /** The selection a new note is being written for (after "add note"). */
  pending: PdfSelection | null;
  onCreate: (draft: NoteDraft) => void;
  onCancelCreate: () => void;
  onAdd: () => void;
  onUpdate: (id: string, draft: NoteDraft) => void;
  onDelete: (note: ListedNote) => void;
  onJump: (note: ListedNote) => void;
  addShortcut: string;
  warning?: string | null;
};

/** The letter's notes in page order; orphans (whose passage is gone) apart, never dropped. */
export function NotesTab({ notes, pending, onCreate, onCancelCreate, onAdd, onUpdate, onDelete, onJump, addShortcut, warning }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const { placed, orphans } = sortNotes(notes);

  const item = (note: ListedNote) =>
    editing === note.id ? (
      <li key={note.id} className="note">
        <NoteEditor
          quote={note.quote.exact}
          initial={{ text: note.text, tags: note.tags, colour: note.colour }}
          onSave={(draft) => {
            onUpdate(note.id, draft);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      </li>
    ) : (
      <li key={note.id} className="note" data-note-id={note.id}>
        <button type="button" className="note-jump" onClick={() => onJump(note)} disabled={note.status === 'orphan'}>
          <span className="note-quote-short" style={{ borderColor: note.colour }}>
            {note.quote.exact}
          </span>
          {note.page && <span className="note-page">{t('search.page', { page: note.page })}</span>}
        </button>
        {note.text && <p className="note-text">{note.text}</p>}
        {note.tags.length > 0 && (
          <ul className="tags" aria-label={t('notes.tags')}>
            {note.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
        {note.status === 'moved' && <p className="hint">{t('notes.moved')}</p>}
        <div className="note-actions">
          <button type="button" className="link-button" onClick={() => setEditing(note.id)} aria-label={t('notes.editOne', { quote: note.quote.exact.slice(0, 40) })}>
            {t('notes.edit')}
          </button>
          <button type="button" className="link-button" onClick={() => onDelete(note)} aria-label={t('notes.deleteOne', { quote: note.quote.exact.slice(0, 40) })}>
            {t('notes.delete')}
          </button>
        </div>
      </li>
    );

  return (
    <div className="notes">
      {warning && (
        <p className="message" role="status">
          {warning}
        </p>
      )}
      {pending ? (
        <NoteEditor quote={pending.exact} onSave={onCreate} onCancel={onCancelCreate} />
      ) : (
        <div className="notes-add">
          <button type="button" onClick={onAdd} aria-keyshortcuts={addShortcut}>
            {t('notes.add')}
          </button>
          <p className="hint">{t('notes.addHint', { keys: addShortcut })}</p>
        </div>
      )}
      {placed.length === 0 && orphans.length === 0 && !pending && <p className="empty">{t('notes.none')}</p>}
      <ol className="note-list" aria-label={t('panel.notes')}>
        {placed.map(item)}
      </ol>
      {orphans.length > 0 && (
        <section className="orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title">{t('notes.orphans', { count: orphans.length })}</h3>
          <p className="hint">{t('notes.orphansHint')}</p>
          <ol className="note-list">{orphans.map(item)}</ol>
        </section>
      )}
    </div>
  );
}
