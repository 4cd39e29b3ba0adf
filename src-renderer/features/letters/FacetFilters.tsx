import { useTranslation } from 'react-i18next';
import type { LetterFilters } from './filterLetters';

type Facets = Record<'year' | 'sender' | 'kind', [string, number][]>;
type Props = { facets: Facets; filters: LetterFilters; onChange: (filters: LetterFilters) => void; notesKnown: boolean };

const toggle = (set: ReadonlySet<string>, value: string) => {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
};

/** Facet filters for the letter list: year, sender, kind and "has notes". */
export function FacetFilters({ facets, filters, onChange, notesKnown }: Props) {
  const { t } = useTranslation();
  const groups = [
    { name: 'year', field: 'years' },
    { name: 'sender', field: 'senders' },
    { name: 'kind', field: 'kinds' },
  ] as const;
  return (
    <details className="facets">
      <summary>{t('facets.title')}</summary>
      {groups.map(({ name, field }) =>
        facets[name].length > 1 ? (
          <fieldset key={name} className="facet">
            <legend>{t(`facets.${name}`)}</legend>
            {facets[name].slice(0, 12).map(([value, count]) => (
              <label key={value} className="facet-option">
                <input
                  type="checkbox"
                  checked={filters[field].has(value)}
                  onChange={() => onChange({ ...filters, [field]: toggle(filters[field], value) })}
                />
                {name === 'kind' ? value.toUpperCase() : value} <span className="count">({count})</span>
              </label>
            ))}
          </fieldset>
        ) : null,
      )}
      {notesKnown && (
        <label className="facet-option">
          <input type="checkbox" checked={filters.hasNotes} onChange={() => onChange({ ...filters, hasNotes: !filters.hasNotes })} />
          {t('facets.hasNotes')}
        </label>
      )}
    </details>
  );
}
