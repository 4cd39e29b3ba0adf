// The pdf.js viewer built from options (STYLE.md 9, after pdf.js examples/components/
// simpleviewer.mjs): event bus, link service, find controller and text layer; no scripting, no
// forms, no network for translations. React talks to it through the returned handle only.
import type { PdfRect } from '../../src-main/shared/contract/letterContent';
import { toPagePercent, toPdfRect, toViewportRect, viewportRectFromClient, type ViewportLike } from './coordinates';
import type { FindStatus, Overlay, PdfSelection } from './Overlay';
import { loadViewer, type PdfDocument } from './pdfjs';

export type ViewerEvents = {
  onPageChange?: (page: number) => void;
  onScaleChange?: (scale: number) => void;
  onPageRendered?: (page: number) => void;
  onFind?: (status: FindStatus) => void;
};

export type ViewerHandle = {
  readonly pageCount: number;
  page: () => number;
  scale: () => number;
  goToPage: (page: number) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fitWidth: () => void;
  actualSize: () => void;
  rotate: () => void;
  /** Finds text in this letter; an array finds any of its terms (search hits), all highlighted. */
  find: (query: string | string[], options?: { again?: boolean; previous?: boolean }) => void;
  clearFind: () => void;
  setOverlays: (overlays: readonly Overlay[]) => void;
  /** Scrolls a rectangle on a page into view. */
  showRect: (page: number, rect: PdfRect) => void;
  /** The current text selection inside a page of this letter, in PDF units. */
  selection: () => PdfSelection | null;
  destroy: () => void;
};

// A translation stub: pdf.js's GenericL10n would fetch locale files; our UI labels pages itself.
const silentL10n = {
  getLanguage: () => document.documentElement.lang || 'nl',
  getDirection: () => 'ltr',
  get: async () => '',
  translate: async () => undefined,
  translateOnce: async () => undefined,
  pause: () => undefined,
  resume: () => undefined,
  destroy: async () => undefined,
};

const CONTEXT = 32;

/** Builds a pdf.js viewer for one document inside `container` (absolutely positioned). */
export async function mountViewer(
  container: HTMLDivElement,
  pdf: PdfDocument,
  events: ViewerEvents,
  initialPage = 1,
): Promise<ViewerHandle> {
  const { EventBus, PDFLinkService, PDFViewer, PDFFindController } = await loadViewer();
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  const findController = new PDFFindController({ eventBus, linkService, updateMatchesCountOnProgress: true });
  const viewer = new PDFViewer({
    container,
    viewer: container.firstElementChild as HTMLDivElement,
    eventBus,
    linkService,
    findController,
    removePageBorders: false,
    annotationMode: 1, // AnnotationMode.ENABLE: links and existing annotations, no forms
    l10n: silentL10n as never,
  });
  linkService.setViewer(viewer);
  let overlays: readonly Overlay[] = [];
  let lastQuery = '';
  // Find must start from the page the letter opened on, so it waits for the pages to be laid out.
  let pagesReady: () => void = () => undefined;
  const laidOut = new Promise<void>((resolve) => (pagesReady = resolve));

  const viewportOf = (page: number): ViewportLike | null => {
    const view = viewer.getPageView(page - 1) as { viewport?: ViewportLike } | undefined;
    return view?.viewport ?? null;
  };
  const pageDiv = (page: number) => container.querySelector<HTMLDivElement>(`.page[data-page-number="${page}"]`);

  // pdf.js empties a page's div when it re-renders (zoom, rotation), so overlays are redrawn on
  // every render; percentages keep them aligned while the page is scaled by CSS in between.
  const drawOverlays = (page: number) => {
    const div = pageDiv(page);
    const viewport = viewportOf(page);
    if (!div || !viewport) return;
    div.querySelector('.lz-overlays')?.remove();
    const mine = overlays.filter((overlay) => overlay.page === page);
    if (mine.length === 0) return;
    const layer = document.createElement('div');
    layer.className = 'lz-overlays';
    for (const overlay of mine) {
      for (const rect of overlay.rects) {
        const box = document.createElement('div');
        box.className = `lz-overlay lz-overlay-${overlay.kind}`;
        box.dataset.overlayId = overlay.id;
        if (overlay.colour) box.style.setProperty('--lz-note-colour', overlay.colour);
        if (overlay.label) box.title = overlay.label;
        Object.assign(box.style, toPagePercent(viewport, toViewportRect(viewport, rect)));
        layer.append(box);
      }
    }
    div.append(layer);
  };

  // pdf.js throws "offsetParent is not set -- cannot scroll" when asked to scroll a viewer that
  // is not laid out (another letter was chosen while this one loaded, so it left the page).
  const onScreen = () => container.isConnected && container.offsetParent !== null;

  const onPagesInit = () => {
    if (onScreen()) {
      viewer.currentScaleValue = 'page-width';
      if (initialPage > 1) viewer.currentPageNumber = Math.min(initialPage, pdf.numPages);
    }
    pagesReady();
  };
  const onPageChanging = ({ pageNumber }: { pageNumber: number }) => events.onPageChange?.(pageNumber);
  const onScale = ({ scale }: { scale: number }) => events.onScaleChange?.(scale);
  const onRender = ({ pageNumber }: { pageNumber: number }) => drawOverlays(pageNumber);
  const onRendered = ({ pageNumber, cssTransform }: { pageNumber: number; cssTransform?: boolean }) => {
    drawOverlays(pageNumber);
    if (!cssTransform) events.onPageRendered?.(pageNumber);
  };
  let findStatus: FindStatus = { query: '', current: 0, total: 0, pending: false };
  const onMatches = ({ matchesCount }: { matchesCount: { current: number; total: number } }) => {
    findStatus = { ...findStatus, current: matchesCount.current, total: matchesCount.total };
    events.onFind?.(findStatus);
  };
  const onFindState = ({ state, matchesCount }: { state: number; matchesCount: { current: number; total: number } }) => {
    // FindState: 0 FOUND, 1 NOT_FOUND, 2 WRAPPED, 3 PENDING
    findStatus = { ...findStatus, current: matchesCount.current, total: matchesCount.total, pending: state === 3 };
    events.onFind?.(findStatus);
  };
  const subscriptions: [string, (event: never) => void][] = [
    ['pagesinit', onPagesInit],
    ['pagechanging', onPageChanging],
    ['scalechanging', onScale],
    ['pagerender', onRender],
    ['pagerendered', onRendered],
    ['updatefindmatchescount', onMatches],
    ['updatefindcontrolstate', onFindState],
  ];
  for (const [name, listener] of subscriptions) eventBus.on(name, listener);
  viewer.setDocument(pdf);
  linkService.setDocument(pdf);

  const dispatchFind = (query: string | string[], type: '' | 'again', previous: boolean) => {
    findStatus = { query: Array.isArray(query) ? query.join(' ') : query, current: 0, total: 0, pending: true };
    eventBus.dispatch('find', {
      source: null,
      type,
      query,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious: previous,
      matchDiacritics: false,
    });
  };

  return {
    pageCount: pdf.numPages,
    page: () => viewer.currentPageNumber,
    scale: () => viewer.currentScale,
    goToPage: (page) => {
      if (!onScreen()) return;
      viewer.currentPageNumber = Math.max(1, Math.min(pdf.numPages, page));
    },
    zoomIn: () => viewer.increaseScale(),
    zoomOut: () => viewer.decreaseScale(),
    fitWidth: () => {
      viewer.currentScaleValue = 'page-width';
    },
    actualSize: () => {
      viewer.currentScaleValue = 'page-actual';
    },
    rotate: () => {
      viewer.pagesRotation = (viewer.pagesRotation + 90) % 360;
    },
    find: (query, options = {}) => {
      const key = JSON.stringify(query);
      const again = options.again === true || key === lastQuery;
      lastQuery = key;
      void laidOut.then(() => dispatchFind(query, again ? 'again' : '', options.previous === true));
    },
    clearFind: () => {
      lastQuery = '';
      eventBus.dispatch('findbarclose', { source: null });
    },
    setOverlays: (next) => {
      const pages = new Set([...overlays, ...next].map((overlay) => overlay.page));
      overlays = next;
      for (const page of pages) drawOverlays(page);
    },
    showRect: (page, rect) => {
      const view = viewer.getPageView(page - 1) as { div: HTMLDivElement; viewport: ViewportLike } | undefined;
      if (!view) return;
      const box = toViewportRect(view.viewport, rect);
      // Scroll so the rectangle sits a little below the top edge of the reading area.
      container.scrollTo({ top: view.div.offsetTop + box.top - 80, left: Math.max(0, view.div.offsetLeft + box.left - 40) });
    },
    selection: () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
      const range = selection.getRangeAt(0);
      const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
      const div = start?.closest<HTMLDivElement>('.page');
      const textLayer = div?.querySelector('.textLayer');
      if (!div || !textLayer || !container.contains(div)) return null;
      const page = Number(div.dataset.pageNumber);
      const viewport = viewportOf(page);
      if (!viewport) return null;
      const box = div.getBoundingClientRect();
      // The border of a page div is not part of its viewport.
      const inner = new DOMRect(box.left + div.clientLeft, box.top + div.clientTop, viewport.width, viewport.height);
      const rects = [...range.getClientRects()]
        .filter((rect) => rect.width > 0.5 && rect.height > 0.5)
        .map((rect) => toPdfRect(viewport, viewportRectFromClient(rect, inner)));
      const before = document.createRange();
      before.setStart(textLayer, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const after = document.createRange();
      after.setStart(range.endContainer, range.endOffset);
      after.setEndAfter(textLayer.lastChild ?? textLayer);
      // The text layer ends lines with <br>; read them as spaces so words do not run together.
      const textOf = (part: Range) => {
        const fragment = part.cloneContents();
        for (const br of fragment.querySelectorAll('br')) br.replaceWith(' ');
        return (fragment.textContent ?? '').replace(/\s+/g, ' ');
      };
      const exact = textOf(range).trim();
      const prefixText = textOf(before);
      const suffixText = textOf(after);
      if (!exact || rects.length === 0) return null;
      return {
        page,
        rects: mergeLines(rects),
        exact,
        prefix: prefixText.slice(-CONTEXT),
        suffix: suffixText.slice(0, CONTEXT),
        ratio: prefixText.length / Math.max(1, prefixText.length + exact.length + suffixText.length),
      };
    },
    destroy: () => {
      for (const [name, listener] of subscriptions) eventBus.off(name, listener);
      findController.setDocument(null as unknown as PdfDocument);
      viewer.setDocument(null as unknown as PdfDocument);
      linkService.setDocument(null);
    },
  };
}

/** Joins the many small rectangles of one selected line (one per text span) into one. */
export function mergeLines(rects: readonly PdfRect[]): PdfRect[] {
  const lines: number[][] = [];
  for (const [x1, y1, x2, y2] of rects) {
    const line = lines.find((l) => Math.abs(l[1]! - y1) < 2 && Math.abs(l[3]! - y2) < 2);
    if (line) {
      line[0] = Math.min(line[0]!, x1);
      line[2] = Math.max(line[2]!, x2);
    } else lines.push([x1, y1, x2, y2]);
  }
  return lines as unknown as PdfRect[];
}
