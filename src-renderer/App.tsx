import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeeszaalApi } from '../src-main/shared/api';
import type { ArchiveSummary, ProgressEvent } from '../src-main/shared/contract/archive';
import type { LetterSummary } from '../src-main/shared/contract/letters';
import { LetterList } from './components/LetterList';
import { ProgressBar } from './components/ProgressBar';
import { PdfViewer } from './pdf/PdfViewer';
import { usePdfDocument } from './pdf/usePdfDocument';

/** The reading room: letters on the left, the selected letter in the middle. */
export function App({ api }: { api: LeeszaalApi }) {
  const { t } = useTranslation();
  const [archive, setArchive] = useState<ArchiveSummary | null>(null);
  const [letters, setLetters] = useState<LetterSummary[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pdf = usePdfDocument(api, selectedId);

  const load = useCallback(
    async (summary: ArchiveSummary) => {
      setArchive(summary);
      setSelectedId(null);
      const listed = await api.listLetters({});
      if (listed.ok) setLetters(listed.value);
      else setError(listed.error.message);
    },
    [api],
  );

  useEffect(() => {
    const offProgress = api.onProgress((event) => setProgress(event.phase === 'done' ? null : event));
    const offOpened = api.onArchiveOpened((summary) => void load(summary));
    void (async () => {
      const current = await api.currentArchive({});
      if (current.ok && current.value) return load(current.value);
      const opened = await api.openArchive({});
      if (opened.ok) await load(opened.value);
      else if (opened.error.code !== 'no-archive') setError(opened.error.message);
    })();
    return () => {
      offProgress();
      offOpened();
    };
  }, [api, load]);

  const chooseArchive = async () => {
    const chosen = await api.chooseArchive({});
    if (!chosen.ok) setError(chosen.error.message);
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <span className="archive-name">{archive ? `${archive.name} · ${t('archive.letters', { count: archive.letterCount })}` : t('archive.none')}</span>
        <button type="button" onClick={() => void chooseArchive()}>
          {t('archive.open')}
        </button>
      </header>
      {error && (
        <div className="message message-error" role="alert">
          {error}
        </div>
      )}
      {archive?.sidecarElsewhere && (
        <div className="message" role="status">
          {t('archive.sidecarElsewhere', { sidecar: archive.sidecar })}
        </div>
      )}
      {progress && <ProgressBar progress={progress} />}
      <div className="app-body">
        <nav className="sidebar" aria-label={t('letters.list')}>
          <LetterList letters={letters} selectedId={selectedId} onSelect={setSelectedId} />
        </nav>
        <main className="reader" aria-live="polite">
          {pdf.status === 'idle' && <p className="empty">{t('letters.choose')}</p>}
          {pdf.status === 'loading' && <p className="empty">{t('viewer.loading')}</p>}
          {pdf.status === 'failed' && (
            <p className="message message-error" role="alert">
              {t('viewer.failed', { reason: pdf.reason })}
            </p>
          )}
          {pdf.status === 'ready' && <PdfViewer document={pdf.document} />}
        </main>
      </div>
    </div>
  );
}
