import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../src-main/shared/contract/search';
import { formatDate } from '../../format/formatDate';
import { Snippet } from './Snippet';

type Props = {
  hits: readonly SearchHit[];
  total: number;
  tookMs: number;
  pending: number;
  current: number;
  onOpen: (index: number, page?: number) => void;
  onClear: () => void;
};

/** The letters a search found, with snippets and the pages that hold hits. */
export function SearchHits({ hits, total, tookMs, pending, current, onOpen, onClear }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section className="search-hits" aria-labelledby="search-hits-title">
      <div className="search-hits-header">
        <h2 id="search-hits-title" aria-live="polite">
          {t('search.found', { count: total })} <span className="took">({t('search.took', { ms: Math.round(tookMs) })})</span>
        </h2>
        <button type="button" className="link-button" onClick={onClear}>
          {t('search.clear')}
        </button>
      </div>
      {pending > 0 && <p className="search-pending">{t('search.pending', { count: pending })}</p>}
      <ol className="hit-list" data-testid="hit-list">
        {hits.map((hit, index) => (
          <li key={hit.letter.id} className={index === current ? 'hit hit-current' : 'hit'} aria-current={index === current ? 'true' : undefined}>
            <button type="button" className="hit-title" onClick={() => onOpen(index)}>
              {hit.metadata?.subject?.value ?? hit.letter.name}
            </button>
            <span className="hit-meta">
              {[formatDate(hit.metadata?.date?.value, i18n.language), hit.metadata?.sender?.value, hit.letter.name].filter(Boolean).join(' · ')}
            </span>
            {hit.snippets.slice(0, 3).map((snippet, snippetIndex) => (
              <button
                type="button"
                key={snippetIndex}
                className="hit-snippet"
                onClick={() => onOpen(index, snippet.page)}
              >
                <span className="hit-page">{t('search.page', { page: snippet.page })}</span> <Snippet snippet={snippet} />
              </button>
            ))}
            {hit.pages.length > 0 && (
              <span className="hit-pages">
                {t('search.pages', { count: hit.pages.length })}{' '}
                {hit.pages.slice(0, 12).map((page) => (
                  <button type="button" key={page} className="link-button page-link" onClick={() => onOpen(index, page)} aria-label={t('search.page', { page })}>
                    {page}
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
