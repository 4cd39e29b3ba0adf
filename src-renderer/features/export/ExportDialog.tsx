import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../src-main/shared/contract/notes';
import { Dialog } from '../../components/Dialog';

export type ExportScope = 'letter' | 'results' | 'archive' | 'tag';
export type ExportChoice = { scope: ExportScope; format: ExportFormat; tag?: string };
export type ExportOutcome = { ok: true; fileName: string; noteCount: number; warnings: string[] } | { ok: false; message: string };

type Props = {
  hasLetter: boolean;
  resultCount: number;
  tags: readonly string[];
  onExport: (choice: ExportChoice) => Promise<ExportOutcome>;
  onClose: () => void;
};

const formats: ExportFormat[] = ['docx', 'md', 'csv', 'jsonld', 'pdf'];

/** Export notes: which notes (this letter, the search results, the archive, a tag) and the format. */
export function ExportDialog({ hasLetter, resultCount, tags, onExport, onClose }: Props) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<ExportScope>(hasLetter ? 'letter' : 'archive');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [tag, setTag] = useState(tags[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const scopes: { id: ExportScope; disabled: boolean }[] = [
    { id: 'letter', disabled: !hasLetter },
    { id: 'results', disabled: resultCount === 0 },
    { id: 'archive', disabled: false },
    { id: 'tag', disabled: tags.length === 0 },
  ];
  // The highlighted PDF is the letter itself: it only makes sense for one letter.
  const formatDisabled = (candidate: ExportFormat) => candidate === 'pdf' && scope !== 'letter';
  return (
    <Dialog title={t('export.title')} onClose={onClose} className="export-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          void onExport({ scope, format: formatDisabled(format) ? 'docx' : format, tag: scope === 'tag' ? tag : undefined }).then((result) => {
            setOutcome(result);
            setBusy(false);
          });
        }}
      >
        <fieldset>
          <legend>{t('export.scope')}</legend>
          {scopes.map(({ id, disabled }) => (
            <label key={id} className="choice">
              <input type="radio" name="export-scope" value={id} checked={scope === id} disabled={disabled} onChange={() => setScope(id)} />
              {t(`export.scopes.${id}`, { count: resultCount })}
            </label>
          ))}
          {scope === 'tag' && (
            <label className="field">
              {t('export.tag')}{' '}
              <select value={tag} onChange={(event) => setTag(event.target.value)}>
                {tags.map((option) => (
                  <option key={option}>{option}</option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('export.format')}</legend>
          {formats.map((candidate) => (
            <label key={candidate} className="choice">
              <input
                type="radio"
                name="export-format"
                value={candidate}
                checked={format === candidate}
                disabled={formatDisabled(candidate)}
                onChange={() => setFormat(candidate)}
              />
              {t(`export.formats.${candidate}`)}
            </label>
          ))}
        </fieldset>
        <div className="buttons">
          <button type="submit" disabled={busy}>
            {busy ? t('export.busy') : t('export.submit')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('dialog.close')}
          </button>
        </div>
        <div role="status" aria-live="polite" data-testid="export-outcome">
          {outcome?.ok && (
            <>
              <p>{t('export.done', { count: outcome.noteCount, file: outcome.fileName })}</p>
              {outcome.warnings.map((warning) => (
                <p key={warning} className="hint">
                  {warning}
                </p>
              ))}
            </>
          )}
          {outcome && !outcome.ok && <p className="message-error">{outcome.message}</p>}
        </div>
      </form>
    </Dialog>
  );
}
