// pdf.js sits behind this one wrapper (STYLE.md 9): worker set once, scripting and eval off,
// fonts and CMaps from our own files. The version is pinned in package.json.
import * as pdfjsLib from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;
// pdf_viewer.mjs reads the library from this global (pdf.js 4.x).
(globalThis as unknown as { pdfjsLib: typeof pdfjsLib }).pdfjsLib = pdfjsLib;

export type PdfDocument = pdfjsLib.PDFDocumentProxy;
export type PdfPage = pdfjsLib.PDFPageProxy;

// One worker for every letter: starting pdf.js's worker (a 1 MB script) per letter would cost more
// than rendering the first page. Created on first use, so tests without a worker never start it.
let sharedWorker: pdfjsLib.PDFWorker | null = null;
const worker = () => (sharedWorker ??= new pdfjsLib.PDFWorker());

/** Opens a letter's bytes; the caller destroys the document when done. */
export function openPdf(bytes: Uint8Array, password?: string): pdfjsLib.PDFDocumentLoadingTask {
  return pdfjsLib.getDocument({
    data: bytes,
    password,
    worker: worker(),
    isEvalSupported: false,
    enableXfa: false,
    cMapUrl: './pdfjs/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: './pdfjs/standard_fonts/',
  });
}

/** True when pdf.js refused a document for want of (the right) password. */
export const isPasswordError = (error: unknown) =>
  // pdf.js 4.x does not export PasswordException's class in its types; its name is stable.
  error instanceof Error && error.name === 'PasswordException';

/** The viewer module, loaded after the library global is in place. */
export const loadViewer = () => import('pdfjs-dist/web/pdf_viewer.mjs');

/** Warms up what the first letter needs (worker, viewer module) while the user looks at the list. */
export function preparePdf(): void {
  worker();
  void loadViewer();
}
