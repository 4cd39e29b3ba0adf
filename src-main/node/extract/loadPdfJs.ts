// pdf.js set up once per thread for reading many documents in a row. Profiling a single-thread
// run over 200 generated letters (docs/extraction.md, "Speed") showed four costs that had
// nothing to do with the letters themselves; each is removed here:
// 1. The legacy build's core-js polyfills replace Array.prototype.push and JSON.parse globally
//    with slower spec-edge-case versions (push alone was ~7% of the run, in pdf.js and in our own
//    layout and metadata code). The natives are put back once pdf.js has loaded; pdf.js does not
//    depend on the edge cases (lengths beyond 2^32, JSON.parse source access).
// 2. getDocument without a worker sets up a fresh in-thread "fake worker" per document. One
//    PDFWorker per thread, on a port pair we own, serves every document.
// 3. Standard font data (Helvetica, Times... metrics for non-embedded fonts) was read from disk
//    for every document; it is read once per thread.
// 4. With disableFontFace, pdf.js's worker side turns every glyph of every font into a path
//    while building an operator list (for canvas-less rendering). We build one operator list per
//    letter, on page 1, only to learn the font names; the worker side is told not to build paths.
//    The main side keeps disableFontFace, so no font is ever attached to a document (there is
//    none in Node). Fonts and operator lists also cross to the main side without their font
//    programs and glyph arguments (see portPair), which we never use.
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFWorker } from 'pdfjs-dist/types/src/display/api';

type PdfJs = typeof PdfJsModule;

/** pdf.js, one worker for all documents of this thread, and the options every getDocument gets. */
export type PdfEngine = {
  pdfjs: PdfJs;
  worker: PDFWorker;
  options: Record<string, unknown>;
};

let engine: Promise<PdfEngine> | undefined;

/** Loads pdf.js once per thread and returns the shared engine. */
export function loadPdfJs(): Promise<PdfEngine> {
  engine ??= createEngine();
  return engine;
}

async function createEngine(): Promise<PdfEngine> {
  const natives = { push: Array.prototype.push, parse: JSON.parse };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Loaded here rather than lazily by pdf.js, so that its polyfills are in place before we undo them.
  // @ts-expect-error pdfjs-dist publishes no types for its worker build
  const { WorkerMessageHandler } = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as {
    WorkerMessageHandler: { initializeFromPort(port: unknown): void };
  };
  Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(JSON, 'parse', { value: natives.parse, writable: true, configurable: true, enumerable: false });

  const [mainPort, workerPort] = portPair();
  WorkerMessageHandler.initializeFromPort(workerPort);
  // verbosity 0: pdf.js's warnings about odd but readable files would flood a worker's stderr.
  const worker = new pdfjs.PDFWorker({ port: mainPort, verbosity: 0 } as unknown as ConstructorParameters<typeof pdfjs.PDFWorker>[0]);
  await worker.promise;

  // The package folder holds standard_fonts/ and cmaps/; pdf.js in Node reads them as files.
  const assets = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const fontFolder = path.join(assets, 'standard_fonts') + path.sep;
  const fonts = new Map<string, Promise<Uint8Array>>();
  /** Standard font data read once per thread (pdf.js asks for it per document). */
  class CachedStandardFontDataFactory {
    fetch({ filename }: { filename: string }): Promise<Uint8Array> {
      let data = fonts.get(filename);
      if (!data) {
        data = fs.readFile(fontFolder + filename).then((buffer) => new Uint8Array(buffer));
        data.catch(() => fonts.delete(filename));
        fonts.set(filename, data);
      }
      return data;
    }
  }
  return {
    pdfjs,
    worker,
    options: {
      worker,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: fontFolder,
      StandardFontDataFactory: CachedStandardFontDataFactory,
      cMapUrl: path.join(assets, 'cmaps') + path.sep,
      cMapPacked: true,
      verbosity: 0,
    },
  };
}

type Listener = (event: { data: unknown }) => void;

/** One end of an in-thread message channel, shaped like pdf.js's LoopbackPort. */
class DirectPort {
  peer!: DirectPort;
  readonly listeners = new Set<Listener>();
  private readonly delivered = Promise.resolve();

  constructor(private readonly copy: (message: unknown, transfer?: Transferable[]) => unknown) {}

  postMessage(message: unknown, transfer?: Transferable[]): void {
    const data = this.copy(message, transfer);
    // Delivered after the current job, as pdf.js's own LoopbackPort does.
    void this.delivered.then(() => {
      for (const listener of this.peer.listeners) listener.call(this.peer, { data });
    });
  }

  addEventListener(_type: 'message', listener: Listener, options?: { signal?: AbortSignal }): void {
    if (options?.signal?.aborted) return;
    this.listeners.add(listener);
    options?.signal?.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }

  terminate(): void {
    this.listeners.clear();
  }
}

/** A message between pdf.js's two sides, as far as we look into it. */
type PdfJsMessage = {
  action?: string;
  data?: unknown;
  chunk?: { items?: unknown; styles?: unknown; fnArray?: unknown; argsArray?: unknown };
};

/**
 * A copy as a real worker boundary makes one (pdf.js reuses some arrays after sending them). A
 * message of primitives only (the stream's pull and close signals: some thirty per letter) is
 * copied as it is: nothing in it can change or be shared.
 */
const clone = (message: unknown, transfer?: Transferable[]): unknown => (transfer?.length || !isFlat(message) ? structuredClone(message, transfer ? { transfer } : undefined) : { ...(message as object) });

function isFlat(message: unknown): boolean {
  if (message === null || typeof message !== 'object') return false;
  for (const value of Object.values(message)) if (value !== null && typeof value === 'object') return false;
  return true;
}

/**
 * The main side's port and the worker side's port. Messages are copied as between real threads,
 * except where that is work this thread never needs (it never renders):
 * - to the worker, GetDocRequest says disableFontFace: false (point 4 above);
 * - from the worker, a font reaches the main side without its font program (`data`), and an
 *   operator list chunk without its arguments (glyph runs, paths): we read only which fonts a
 *   page uses and which operators it paints with;
 * - text content chunks are handed over as they are (a shallow copy), saving a deep copy of
 *   every text item (about 2% of a run).
 */
function portPair(): [DirectPort, DirectPort] {
  const main = new DirectPort((message, transfer) => {
    const data = clone(message, transfer) as PdfJsMessage;
    const request = data.data as { evaluatorOptions?: { disableFontFace?: boolean } } | undefined;
    if (data.action === 'GetDocRequest' && request?.evaluatorOptions) request.evaluatorOptions.disableFontFace = false;
    return data;
  });
  const worker = new DirectPort((message, transfer) => {
    const { action, data, chunk } = message as PdfJsMessage;
    // A shallow copy is enough: after sending, pdf.js replaces the chunk's items and styles with
    // new ones and never changes the sent ones (enqueueChunk in pdf.worker.mjs 4.10).
    if (chunk?.items && chunk.styles) return { ...(message as object), chunk: { ...chunk } };
    if (chunk?.fnArray && chunk.argsArray) return clone({ ...(message as object), chunk: { ...chunk, argsArray: [] } }, transfer);
    if (action === 'commonobj' && Array.isArray(data) && data[1] === 'Font' && data[2] && typeof data[2] === 'object') {
      const { data: _program, ...font } = data[2] as Record<string, unknown>;
      return clone({ ...(message as object), data: [data[0], data[1], font, ...data.slice(3)] }, transfer);
    }
    return clone(message, transfer);
  });
  main.peer = worker;
  worker.peer = main;
  return [main, worker];
}
