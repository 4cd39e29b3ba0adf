import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../commands/Command';
import { CommandButton } from '../../components/CommandButton';

type Props = {
  page: number;
  pageCount: number;
  scale: number;
  onGoToPage: (page: number) => void;
  commands: ReadonlyMap<string, Command>;
};

/** Page navigation, zoom, rotation, thumbnails and find for the open letter. */
export function ViewerToolbar({ page, pageCount, scale, onGoToPage, commands }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(String(page));
  useEffect(() => setTyped(String(page)), [page]);
  const button = (id: string, icon: string) => <CommandButton command={commands.get(id)} icon={icon} />;
  return (
    <div className="viewer-toolbar" role="toolbar" aria-label={t('viewer.toolbar')}>
      {button('thumbnails', '▦')}
      {button('previousPage', '‹')}
      <form
        className="page-input"
        onSubmit={(event) => {
          event.preventDefault();
          const wanted = Number(typed);
          if (Number.isInteger(wanted)) onGoToPage(wanted);
        }}
      >
        <label>
          <span className="visually-hidden">{t('viewer.pageNumber')}</span>
          <input value={typed} onChange={(event) => setTyped(event.target.value)} inputMode="numeric" size={3} />
        </label>
        <span aria-live="polite">{t('viewer.of', { pages: pageCount })}</span>
      </form>
      {button('nextPage', '›')}
      <span className="toolbar-separator" />
      {button('zoomOut', '−')}
      <span className="zoom-level" aria-label={t('viewer.zoomLevel')}>
        {Math.round(scale * 100)}%
      </span>
      {button('zoomIn', '+')}
      {button('fitWidth', '↔')}
      {button('rotate', '⟳')}
      <span className="toolbar-separator" />
      {button('findInLetter', '⌕')}
    </div>
  );
}
