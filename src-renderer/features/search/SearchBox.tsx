import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

type Props = { onSearch: (query: string) => void; busy: boolean; error: string | null };

/** One box to search the whole archive, with help for the query syntax. */
export function SearchBox({ onSearch, busy, error }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [help, setHelp] = useState(false);
  return (
    <form
      className="search-box"
      role="search"
      aria-label={t('search.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(query.trim());
      }}
    >
      <input
        id="archive-search"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        aria-describedby={error ? 'search-error' : undefined}
        aria-invalid={error ? true : undefined}
        aria-busy={busy}
      />
      <button type="submit" className="header-button">
        {t('search.submit')}
      </button>
      <button type="button" className="icon-button header-icon" aria-label={t('search.help')} title={t('search.help')} onClick={() => setHelp(true)}>
        <span aria-hidden="true">i</span>
      </button>
      {error && (
        <span id="search-error" className="search-error" role="alert">
          {error}
        </span>
      )}
      {help && (
        <Dialog title={t('search.help')} onClose={() => setHelp(false)}>
          <SearchSyntax />
        </Dialog>
      )}
    </form>
  );
}

const examples = [
  'wintertraining Noorwegen',
  '"wet open overheid"',
  '+defensie -begroting',
  'betreft:evaluatie',
  'kenmerk:BS2019*',
  'afzender:defensie',
  'notitie:toezegging',
  'efficient~1',
  'toezeg*',
];

/** The query language explained with examples a civil servant can copy. */
function SearchSyntax() {
  const { t } = useTranslation();
  return (
    <table className="syntax">
      <tbody>
        {examples.map((example, index) => (
          <tr key={example}>
            <td>
              <code>{example}</code>
            </td>
            <td>{t(`search.syntax.${index}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
