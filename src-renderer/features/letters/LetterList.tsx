import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/formatDate';
import type { LetterRow } from './LetterRow';

type Props = {
  letters: readonly LetterRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Size of the scroll area before layout (tests in jsdom have no layout). */
  initialRect?: { width: number; height: number };
};

const ROW_HEIGHT = 64;

/**
 * The archive's letters as one list box, virtualised so that 10,000 letters scroll smoothly.
 * Focus stays on the list box; the active row is announced with aria-activedescendant.
 */
export function LetterList({ letters, selectedId, onSelect, initialRect }: Props) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({
    count: letters.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect,
  });

  // Keep the active row on the selected letter when the selection changes from outside.
  useEffect(() => {
    const index = letters.findIndex((letter) => letter.id === selectedId);
    if (index >= 0) {
      setActive(index);
      virtualizer.scrollToIndex(index, { align: 'auto' });
    }
  }, [selectedId, letters, virtualizer]);

  if (letters.length === 0) return <p className="empty">{t('letters.empty')}</p>;
  const activeIndex = Math.min(active, letters.length - 1);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(letters.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: letters.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      move(moves[event.key]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(letters[activeIndex]!.id);
    }
  };

  return (
    <div
      ref={scroller}
      className="letter-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('letters.list')}
      aria-activedescendant={`letter-${letters[activeIndex]!.id}`}
      onKeyDown={onKeyDown}
      data-testid="letter-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const letter = letters[item.index]!;
          return (
            <div
              key={letter.id}
              id={`letter-${letter.id}`}
              role="option"
              aria-selected={letter.id === selectedId}
              aria-setsize={letters.length}
              aria-posinset={item.index + 1}
              className={`letter-row${item.index === activeIndex ? ' letter-row-active' : ''}`}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                setActive(item.index);
                onSelect(letter.id);
              }}
              data-letter-id={letter.id}
            >
              <span className="letter-subject">{letter.subject ?? letter.name}</span>
              <span className="letter-meta">
                {[formatDate(letter.date, i18n.language), letter.sender, letter.reference, letter.path].filter(Boolean).join(' · ')}
                {letter.status !== 'ok' && letter.status !== 'pending' && (
                  <span className="letter-status"> · {t(`status.${letter.status}`)}</span>
                )}
                {letter.noteCount ? <span className="letter-notes"> · {t('notes.count', { count: letter.noteCount })}</span> : null}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
