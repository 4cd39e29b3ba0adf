import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfDocument } from '../../pdf/pdfjs';

type Props = { document: PdfDocument; page: number; onSelect: (page: number) => void };

const WIDTH = 120;

/** Small pictures of every page, drawn when they scroll into view; click or Enter to go there. */
export function Thumbnails({ document, page, onSelect }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const root = list.current;
    if (!root) return;
    const drawn = new Set<number>();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const canvas = entry.target as HTMLCanvasElement;
        const number = Number(canvas.dataset.page);
        if (!entry.isIntersecting || drawn.has(number)) continue;
        drawn.add(number);
        void document.getPage(number).then((pdfPage) => {
          const viewport = pdfPage.getViewport({ scale: WIDTH / pdfPage.getViewport({ scale: 1 }).width });
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          const context = canvas.getContext('2d');
          if (context) void pdfPage.render({ canvasContext: context, viewport }).promise.catch(() => undefined);
        });
      }
    }, { root });
    for (const canvas of root.querySelectorAll('canvas')) observer.observe(canvas);
    return () => observer.disconnect();
  }, [document]);

  useEffect(() => {
    list.current?.querySelector(`[data-page="${page}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [page]);

  return (
    <ol ref={list} className="thumbnails" aria-label={t('viewer.thumbnailsLabel')}>
      {Array.from({ length: document.numPages }, (_, index) => index + 1).map((number) => (
        <li key={number}>
          <button
            type="button"
            className="thumbnail"
            aria-current={number === page ? 'page' : undefined}
            aria-label={t('viewer.goToPage', { page: number })}
            onClick={() => onSelect(number)}
          >
            <canvas data-page={number} width={WIDTH} height={Math.round(WIDTH * 1.414)} />
            <span aria-hidden="true">{number}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
