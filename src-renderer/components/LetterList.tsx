import { useTranslation } from 'react-i18next';
import type { LetterSummary } from '../../src-main/shared/contract/letters';

type Props = {
  letters: readonly LetterSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** The archive's letters as a keyboard-navigable list box. */
export function LetterList({ letters, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  if (letters.length === 0) return <p className="empty">{t('letters.empty')}</p>;
  return (
    <ul className="letter-list" role="listbox" aria-label={t('letters.list')}>
      {letters.map((letter) => (
        <li
          key={letter.id}
          role="option"
          aria-selected={letter.id === selectedId}
          tabIndex={letter.id === selectedId || (!selectedId && letter === letters[0]) ? 0 : -1}
          onClick={() => onSelect(letter.id)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              onSelect(letter.id);
            }
            const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
            if (step) {
              event.preventDefault();
              const sibling = (step > 0 ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling) as HTMLElement | null;
              sibling?.focus();
            }
          }}
        >
          <span className="letter-name">{letter.name}</span>
          <span className="letter-path">{letter.path}</span>
        </li>
      ))}
    </ul>
  );
}
