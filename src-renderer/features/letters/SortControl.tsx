import { useTranslation } from 'react-i18next';
import type { SortKey, SortOrder } from './LetterRow';

const keys: SortKey[] = ['date', 'subject', 'sender', 'reference'];

/**
 * Chooses the column the letter list is sorted by (one click per column, as in a table header);
 * choosing the same column again turns the direction around.
 */
export function SortControl({ order, onChange }: { order: SortOrder; onChange: (order: SortOrder) => void }) {
  const { t } = useTranslation();
  const direction = order.descending ? t('letters.descending') : t('letters.ascending');
  return (
    <div className="sort-control" role="group" aria-label={t('letters.sortBy')}>
      <span className="sort-label" aria-hidden="true">
        {t('letters.sortBy')}
      </span>
      {keys.map((key) => {
        const active = order.key === key;
        return (
          <button
            key={key}
            type="button"
            className="sort-button"
            aria-pressed={active}
            title={active ? direction : undefined}
            onClick={() => onChange(active ? { ...order, descending: !order.descending } : { key, descending: key === 'date' })}
          >
            {t(`letters.sort.${key}`)}
            {active && <span aria-label={direction}>{order.descending ? ' ↓' : ' ↑'}</span>}
          </button>
        );
      })}
    </div>
  );
}
