import { useTranslation } from 'react-i18next';
import type { SortKey, SortOrder } from './LetterRow';

const keys: SortKey[] = ['date', 'subject', 'sender', 'reference'];

/** Chooses the column and direction the letter list is sorted by. */
export function SortControl({ order, onChange }: { order: SortOrder; onChange: (order: SortOrder) => void }) {
  const { t } = useTranslation();
  return (
    <div className="sort-control">
      <label>
        {t('letters.sortBy')}{' '}
        <select value={order.key} onChange={(event) => onChange({ ...order, key: event.target.value as SortKey })}>
          {keys.map((key) => (
            <option key={key} value={key}>
              {t(`letters.sort.${key}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="icon-button"
        aria-label={order.descending ? t('letters.descending') : t('letters.ascending')}
        title={order.descending ? t('letters.descending') : t('letters.ascending')}
        onClick={() => onChange({ ...order, descending: !order.descending })}
      >
        {order.descending ? '↓' : '↑'}
      </button>
    </div>
  );
}
