import 'pdfjs-dist/web/pdf_viewer.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { mountViewer, type ViewerEvents, type ViewerHandle } from './mountViewer';
import type { Overlay } from './Overlay';
import type { PdfDocument } from './pdfjs';

type Props = ViewerEvents & {
  document: PdfDocument;
  initialPage?: number;
  overlays: readonly Overlay[];
  onReady: (handle: ViewerHandle | null) => void;
  /** A click on a note's highlight (overlays let clicks through to the text layer for selecting). */
  onNoteClick?: (id: string) => void;
};

/** The pdf.js viewer with its text layer; one viewer per open letter, destroyed with it. */
export function PdfViewer({ document, initialPage, overlays, onReady, onNoteClick, ...events }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<ViewerHandle | null>(null);
  // Callbacks change every render; the viewer is built once per document and reads the latest.
  const latest = useRef({ events, onReady, overlays });
  latest.current = { events, onReady, overlays };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let disposed = false;
    const relay: ViewerEvents = {
      onPageChange: (page) => latest.current.events.onPageChange?.(page),
      onScaleChange: (scale) => latest.current.events.onScaleChange?.(scale),
      onPageRendered: (page) => latest.current.events.onPageRendered?.(page),
      onFind: (status) => latest.current.events.onFind?.(status),
    };
    void mountViewer(element, document, relay, initialPage).then((mounted) => {
      if (disposed) {
        mounted.destroy();
        return;
      }
      handle.current = mounted;
      mounted.setOverlays(latest.current.overlays);
      latest.current.onReady(mounted);
    });
    return () => {
      disposed = true;
      handle.current?.destroy();
      handle.current = null;
      latest.current.onReady(null);
    };
    // initialPage is read once per document on purpose: later page changes go through the handle.
  }, [document]);

  useEffect(() => {
    handle.current?.setOverlays(overlays);
  }, [overlays]);

  return (
    <div
      ref={container}
      className="pdf-container"
      data-testid="pdf-container"
      tabIndex={0}
      aria-label={t('viewer.region')}
      onClick={(event) => {
        // A click that ends a text selection is not a click on a note.
        if (!onNoteClick || !window.getSelection()?.isCollapsed) return;
        const hit = [...(container.current?.querySelectorAll<HTMLElement>('.lz-overlay-note') ?? [])].find((box) => {
          const rect = box.getBoundingClientRect();
          return event.clientX >= rect.left && event.clientX <= rect.right && event.clientY >= rect.top && event.clientY <= rect.bottom;
        });
        if (hit?.dataset.overlayId) onNoteClick(hit.dataset.overlayId);
      }}
    >
      <div className="pdfViewer" />
    </div>
  );
}
