import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterMetadata, MetadataField } from '../../../src-main/shared/contract/letterContent';
import { formatDate } from '../../format/formatDate';

// Duplicated on purpose from metadataFields in src-main/shared/contract/letterContent.ts: the
// renderer may import that module's types only (a unit test keeps the two lists equal).
export const fieldOrder: readonly MetadataField[] = ['date', 'reference', 'theirReference', 'subject', 'sender', 'recipient'];

type Props = {
  metadata: LetterMetadata | null;
  /** Shows (field) or hides (null) where on the page a field's value was found. */
  onShowSource: (field: MetadataField | null) => void;
  onGoToPage: (page: number) => void;
  /** Keeps a correction; absent when the API cannot keep corrections yet. */
  onCorrect?: (field: MetadataField, value: string) => Promise<string | null>;
  /** Fields the user corrected, besides those the metadata marks `corrected` itself. */
  corrected?: ReadonlySet<MetadataField>;
};

/** Every metadata field of the letter; hover or focus shows its source on the page. */
export function MetadataTab({ metadata, onShowSource, onGoToPage, onCorrect, corrected }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<MetadataField | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!metadata) return <p className="empty">{t('metadata.none')}</p>;

  const save = async (field: MetadataField) => {
    if (!onCorrect) return;
    const problem = await onCorrect(field, draft.trim());
    if (problem) setError(problem);
    else {
      setEditing(null);
      setError(null);
    }
  };

  return (
    <div className="metadata">
      <dl className="metadata-fields">
        {fieldOrder.map((field) => {
          const value = metadata[field];
          const shown = field === 'date' ? formatDate(value?.value, i18n.language) : value?.value;
          const isCorrected = value?.corrected === true || corrected?.has(field) === true;
          const uncertain = value && value.confidence < 0.6;
          const extracted = field === 'date' ? formatDate(value?.extracted, i18n.language) : value?.extracted;
          return (
            <div
              key={field}
              className="metadata-field"
              data-field={field}
              tabIndex={value?.source ? 0 : undefined}
              onMouseEnter={() => value?.source && onShowSource(field)}
              onMouseLeave={() => onShowSource(null)}
              onFocus={() => value?.source && onShowSource(field)}
              onBlur={() => onShowSource(null)}
              aria-describedby={value?.source ? 'metadata-source-hint' : undefined}
            >
              <dt>
                {t(`metadata.${field}`)}
                {isCorrected && <span className="badge">{t('metadata.corrected')}</span>}
                {uncertain && !isCorrected && <span className="badge badge-warning">{t('metadata.uncertain')}</span>}
              </dt>
              <dd>
                {editing === field ? (
                  <form
                    className="correction"
                    onSubmit={(event) => {
                      event.preventDefault();
                      void save(field);
                    }}
                  >
                    <input
                      value={draft}
                      onChange={(event) => setDraft(event.target.value)}
                      aria-label={t('metadata.correctField', { field: t(`metadata.${field}`) })}
                      placeholder={field === 'date' ? 'JJJJ-MM-DD' : undefined}
                      autoFocus
                      onKeyDown={(event) => {
                        if (event.key === 'Escape') {
                          event.stopPropagation();
                          setEditing(null);
                          setError(null);
                        }
                      }}
                    />
                    <button type="submit">{t('metadata.save')}</button>
                    <button type="button" className="secondary" onClick={() => {
                        setEditing(null);
                        setError(null);
                      }}
                    >
                      {t('metadata.cancel')}
                    </button>
                    {error && (
                      <span className="message-error" role="alert">
                        {error}
                      </span>
                    )}
                  </form>
                ) : (
                  <>
                    <span className={shown ? 'value' : 'value missing'}>{shown || t('metadata.missing')}</span>
                    {value?.source && (
                      <button type="button" className="link-button page-link" onClick={() => onGoToPage(value.source!.page)}>
                        {t('search.page', { page: value.source.page })}
                      </button>
                    )}
                    {onCorrect && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          setDraft(value?.value ?? '');
                          setEditing(field);
                          setError(null);
                        }}
                        aria-label={t('metadata.correctField', { field: t(`metadata.${field}`) })}
                      >
                        {t('metadata.correct')}
                      </button>
                    )}
                    {isCorrected && (
                      <span className="extracted">
                        {extracted ? t('metadata.extracted', { value: extracted }) : t('metadata.extractedNone')}
                        {onCorrect && (
                          <>
                            {' '}
                            <button
                              type="button"
                              className="link-button"
                              onClick={() => void onCorrect(field, '').then((problem) => setError(problem))}
                              aria-label={t('metadata.restoreField', { field: t(`metadata.${field}`) })}
                            >
                              {t('metadata.restore')}
                            </button>
                          </>
                        )}
                      </span>
                    )}
                    {error && editing === null && (
                      <span className="message-error" role="alert">
                        {error}
                      </span>
                    )}
                  </>
                )}
              </dd>
            </div>
          );
        })}
        <div className="metadata-field">
          <dt>{t('metadata.pageCount')}</dt>
          <dd>{metadata.pageCount ?? '—'}</dd>
        </div>
        <div className="metadata-field">
          <dt>{t('metadata.language')}</dt>
          <dd>{metadata.language ? t(`metadata.languages.${metadata.language}`, { defaultValue: metadata.language }) : '—'}</dd>
        </div>
      </dl>
      <p id="metadata-source-hint" className="hint">
        {t('metadata.sourceHint')}
      </p>
      <h3>{t('metadata.citations')}</h3>
      {metadata.citations.length === 0 ? (
        <p className="empty">{t('metadata.noCitations')}</p>
      ) : (
        <ul className="citations">
          {metadata.citations.map((citation) => (
            <li key={`${citation.key}-${citation.page}`}>
              {citation.raw}{' '}
              <button type="button" className="link-button page-link" onClick={() => onGoToPage(citation.page)}>
                {t('search.page', { page: citation.page })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
