import { useTranslation } from 'react-i18next';
import type { LetterSummary } from '../../../src-main/shared/contract/letters';

type Props = { letters: readonly LetterSummary[]; onOpen: (id: string) => void };

const unreadable = new Set(['encrypted', 'damaged', 'not-a-pdf', 'empty', 'no-text']);

/** Files that could not be read, each with the reason and what the user can do about it. */
export function UnreadableLetters({ letters, onOpen }: Props) {
  const { t } = useTranslation();
  const problems = letters.filter((letter) => unreadable.has(letter.status));
  if (problems.length === 0) return null;
  return (
    <details className="unreadable" data-testid="unreadable">
      <summary>{t('unreadable.title', { count: problems.length })}</summary>
      <ul>
        {problems.map((letter) => (
          <li key={letter.id}>
            <strong>{letter.path}</strong>: {t(`status.${letter.status}`)}. {t(`advice.${letter.status}`)}
            {letter.status === 'encrypted' && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => onOpen(letter.id)}>
                  {t('unreadable.enterPassword')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
