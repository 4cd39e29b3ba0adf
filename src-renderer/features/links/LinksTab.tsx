import { useTranslation } from 'react-i18next';
import type { LetterLinksResponse } from '../../../src-main/shared/contract/search';

type Props = {
  links: LetterLinksResponse | null;
  currentId: string;
  /** How a letter of this archive is named in the list (subject, else file name). */
  titleOf: (letterId: string) => string;
  onOpen: (letterId: string, page?: number) => void;
  onGoToPage: (page: number) => void;
};

/** Letters this one cites, letters citing it, and the reply thread it belongs to. */
export function LinksTab({ links, currentId, titleOf, onOpen, onGoToPage }: Props) {
  const { t } = useTranslation();
  if (!links) return <p className="empty">{t('links.none')}</p>;
  const letterButton = (letterId: string, page?: number) => (
    <button type="button" className="link-button" onClick={() => onOpen(letterId, page)}>
      {titleOf(letterId)}
    </button>
  );
  return (
    <div className="links">
      <section aria-labelledby="links-cites">
        <h3 id="links-cites">{t('links.cites', { count: links.cites.length })}</h3>
        {links.cites.length === 0 ? (
          <p className="empty">{t('links.citesNone')}</p>
        ) : (
          <ul>
            {links.cites.map((cite) => (
              <li key={`${cite.key}-${cite.page}`}>
                <span className="citation">{cite.raw}</span>{' '}
                <button type="button" className="link-button page-link" onClick={() => onGoToPage(cite.page)}>
                  {t('search.page', { page: cite.page })}
                </button>
                {cite.letterIds.length > 0 ? (
                  <ul className="linked-letters">
                    {cite.letterIds.map((id) => (
                      <li key={id}>{letterButton(id)}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="hint"> · {t('links.notInArchive')}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="links-cited-by">
        <h3 id="links-cited-by">{t('links.citedBy', { count: links.citedBy.length })}</h3>
        {links.citedBy.length === 0 ? (
          <p className="empty">{t('links.citedByNone')}</p>
        ) : (
          <ul>
            {links.citedBy.map((citing) => (
              <li key={`${citing.letterId}-${citing.page}`}>
                {letterButton(citing.letterId, citing.page)} <span className="hint">({citing.raw}, {t('search.page', { page: citing.page })})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="links-thread">
        <h3 id="links-thread">{t('links.thread')}</h3>
        {links.thread.length <= 1 ? (
          <p className="empty">{t('links.threadNone')}</p>
        ) : (
          <ol className="thread">
            {links.thread.map((entry) => (
              <li key={entry.letterId} aria-current={entry.letterId === currentId ? 'true' : undefined}>
                {entry.letterId === currentId ? <strong>{entry.subject ?? titleOf(entry.letterId)}</strong> : letterButton(entry.letterId)}
                <span className="hint">
                  {' '}
                  {[entry.date, entry.reference].filter(Boolean).join(' · ')}
                  {links.repliesTo.includes(entry.letterId) && ` · ${t('links.answeredHere')}`}
                  {links.repliedBy.includes(entry.letterId) && ` · ${t('links.answersThis')}`}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
