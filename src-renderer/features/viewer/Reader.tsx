import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../commands/Command';
import type { Overlay } from '../../pdf/Overlay';
import { PdfViewer } from '../../pdf/PdfViewer';
import type { PdfState } from '../../pdf/usePdfDocument';
import { FindBar } from './FindBar';
import { Thumbnails } from './Thumbnails';
import type { ViewerState } from './useViewer';
import { ViewerToolbar } from './ViewerToolbar';

type Props = {
  pdf: PdfState;
  viewer: ViewerState;
  commands: ReadonlyMap<string, Command>;
  overlays: readonly Overlay[];
  initialPage: number;
  onPageRendered: (page: number) => void;
  onNoteClick?: (id: string) => void;
};

/** The middle of the reading room: the open letter with its toolbar, find bar and thumbnails. */
export function Reader({ pdf, viewer, commands, overlays, initialPage, onPageRendered, onNoteClick }: Props) {
  const { t } = useTranslation();
  if (pdf.status === 'idle') return <p className="empty">{t('letters.choose')}</p>;
  if (pdf.status === 'loading') return <p className="empty" role="status">{t('viewer.loading')}</p>;
  if (pdf.status === 'failed')
    return (
      <p className="message message-error" role="alert">
        {t('viewer.failed', { reason: pdf.reason })}
      </p>
    );
  if (pdf.status === 'password') return <PasswordPrompt wrong={pdf.wrong} onSubmit={pdf.submit} />;
  return (
    <div className="reader-frame">
      <ViewerToolbar
        page={viewer.page}
        pageCount={pdf.document.numPages}
        scale={viewer.scale}
        onGoToPage={(page) => viewer.handle?.goToPage(page)}
        commands={commands}
      />
      {viewer.findOpen && (
        <FindBar status={viewer.findStatus} onFind={(query, options) => viewer.handle?.find(query, options)} onClose={viewer.closeFind} />
      )}
      <div className="reader-body">
        {viewer.thumbnailsOpen && <Thumbnails document={pdf.document} page={viewer.page} onSelect={(page) => viewer.handle?.goToPage(page)} />}
        <div className="pdf-frame" data-find={viewer.findStatus ? `${viewer.findStatus.current}/${viewer.findStatus.total}` : undefined}>
          <PdfViewer
            key={pdf.letterId}
            document={pdf.document}
            initialPage={initialPage}
            overlays={overlays}
            onReady={viewer.setHandle}
            onPageChange={viewer.setPage}
            onScaleChange={viewer.setScale}
            onFind={viewer.setFindStatus}
            onPageRendered={onPageRendered}
            onNoteClick={onNoteClick}
          />
        </div>
      </div>
    </div>
  );
}

/** Asks for the password of an encrypted letter; it is used for this viewing only, never stored. */
function PasswordPrompt({ wrong, onSubmit }: { wrong: boolean; onSubmit: (password: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  return (
    <form
      className="password-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
      }}
    >
      <p>{t('password.intro')}</p>
      {wrong && (
        <p className="message-error" role="alert">
          {t('password.wrong')}
        </p>
      )}
      <label>
        {t('password.label')} <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoFocus />
      </label>
      <button type="submit">{t('password.open')}</button>
    </form>
  );
}
