import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Highlight colours with names a screen reader can say. */
export const noteColours = [
  { value: '#ffd54f', name: 'yellow' },
  { value: '#81c784', name: 'green' },
  { value: '#64b5f6', name: 'blue' },
  { value: '#f48fb1', name: 'pink' },
  { value: '#ffb74d', name: 'orange' },
] as const;

export type NoteDraft = { text: string; tags: string[]; colour: string };

type Props = {
  quote: string;
  initial?: NoteDraft;
  onSave: (draft: NoteDraft) => void;
  onCancel: () => void;
};

/** Splits typed tags ("motie, toezegging") into clean tags. */
export const parseTags = (typed: string) => [...new Set(typed.split(/[,;]/).map((tag) => tag.trim()).filter(Boolean))];

/** Writes or edits a note: text, colour and tags; Ctrl+Enter saves, Escape cancels. */
export function NoteEditor({ quote, initial, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial?.text ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [colour, setColour] = useState(initial?.colour ?? noteColours[0].value);
  const save = () => onSave({ text, tags: parseTags(tags), colour });
  return (
    <form
      className="note-editor"
      aria-label={initial ? t('notes.editTitle') : t('notes.newTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          save();
        }
      }}
    >
      <blockquote className="note-quote" style={{ borderColor: colour }}>
        {quote}
      </blockquote>
      <label className="field">
        {t('notes.text')}
        <textarea value={text} onChange={(event) => setText(event.target.value)} rows={4} autoFocus />
      </label>
      <fieldset className="colours">
        <legend>{t('notes.colour')}</legend>
        {noteColours.map((option) => (
          <label key={option.value} className="colour-option" title={t(`notes.colours.${option.name}`)}>
            <input type="radio" name="note-colour" value={option.value} checked={colour === option.value} onChange={() => setColour(option.value)} />
            <span className="swatch" style={{ background: option.value }} aria-hidden="true" />
            <span className="visually-hidden">{t(`notes.colours.${option.name}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('notes.tags')}
        <input value={tags} onChange={(event) => setTags(event.target.value)} placeholder={t('notes.tagsPlaceholder')} />
      </label>
      <div className="buttons">
        <button type="submit">{t('notes.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('notes.cancel')}
        </button>
      </div>
    </form>
  );
}
