// pdf.js sits behind this one wrapper (STYLE.md 9): worker set once, scripting and eval off,
// fonts and CMaps from our own files. The version is pinned in package.json.
import * as pdfjsLib from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;
// pdf_viewer.mjs reads the library from this global (pdf.js 4.x).
(globalThis as unknown as { pdfjsLib: typeof pdfjsLib }).pdfjsLib = pdfjsLib;

export type PdfDocument = pdfjsLib.PDFDocumentProxy;

/** Opens a letter's bytes; the caller destroys the document when done. */
export function openPdf(bytes: Uint8Array): pdfjsLib.PDFDocumentLoadingTask {
  return pdfjsLib.getDocument({
    data: bytes,
    isEvalSupported: false,
    enableXfa: false,
    cMapUrl: './pdfjs/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: './pdfjs/standard_fonts/',
  });
}

/** The viewer module, loaded after the library global is in place. */
export const loadViewer = () => import('pdfjs-dist/web/pdf_viewer.mjs');
