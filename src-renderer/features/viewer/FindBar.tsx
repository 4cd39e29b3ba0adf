import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindStatus } from '../../pdf/Overlay';

type Props = {
  status: FindStatus | null;
  onFind: (query: string, options: { again?: boolean; previous?: boolean }) => void;
  onClose: () => void;
};

/** Find in this letter (Ctrl+F): pdf.js's find controller highlights every match. */
export function FindBar({ status, onFind, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        value={query}
        placeholder={t('find.placeholder')}
        aria-label={t('find.label')}
        onChange={(event) => {
          setQuery(event.target.value);
          if (event.target.value) onFind(event.target.value, {});
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (query) onFind(query, { again: true, previous: event.shiftKey });
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <button type="button" className="icon-button" aria-label={t('find.previous')} title={t('find.previous')} onClick={() => query && onFind(query, { again: true, previous: true })}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="icon-button" aria-label={t('find.next')} title={t('find.next')} onClick={() => query && onFind(query, { again: true })}>
        <span aria-hidden="true">↓</span>
      </button>
      <span className="find-status" role="status" data-testid="find-status">
        {query && status && !status.pending ? (status.total ? t('find.count', { current: status.current, total: status.total }) : t('find.none')) : ''}
      </span>
      <button type="button" className="icon-button" aria-label={t('find.close')} title={t('find.close')} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
