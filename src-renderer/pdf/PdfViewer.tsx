import 'pdfjs-dist/web/pdf_viewer.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadViewer, type PdfDocument } from './pdfjs';

type Props = { document: PdfDocument; onFirstPagePainted?: () => void };

/** The pdf.js viewer with its text layer, built from options (STYLE.md 9). */
export function PdfViewer({ document, onFirstPagePainted }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [page, setPage] = useState(1);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let disposed = false;
    let cleanup = () => {};
    void loadViewer().then(({ EventBus, PDFLinkService, PDFViewer }) => {
      if (disposed) return;
      const eventBus = new EventBus();
      const linkService = new PDFLinkService({ eventBus });
      const viewer = new PDFViewer({
        container: element,
        eventBus,
        linkService,
        removePageBorders: false,
        annotationMode: 1, // AnnotationMode.ENABLE: show links and existing annotations, no forms
      });
      linkService.setViewer(viewer);
      const onPagesInit = () => {
        viewer.currentScaleValue = 'page-width';
      };
      const onPageChanging = ({ pageNumber }: { pageNumber: number }) => setPage(pageNumber);
      const onRendered = ({ pageNumber }: { pageNumber: number }) => {
        if (pageNumber === 1) onFirstPagePainted?.();
      };
      eventBus.on('pagesinit', onPagesInit);
      eventBus.on('pagechanging', onPageChanging);
      eventBus.on('pagerendered', onRendered);
      viewer.setDocument(document);
      linkService.setDocument(document);
      cleanup = () => {
        eventBus.off('pagesinit', onPagesInit);
        eventBus.off('pagechanging', onPageChanging);
        eventBus.off('pagerendered', onRendered);
        viewer.setDocument(null as unknown as PdfDocument);
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [document, onFirstPagePainted]);

  return (
    <div className="pdf-frame">
      <div className="pdf-status" aria-live="polite">
        {t('viewer.page', { page, pages: document.numPages })}
      </div>
      <div ref={container} className="pdf-container" data-testid="pdf-container" tabIndex={0}>
        <div className="pdfViewer" />
      </div>
    </div>
  );
}
