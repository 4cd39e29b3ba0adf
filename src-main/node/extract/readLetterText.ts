// Reads a letter's text with positions, in the current thread, with pdf.js (legacy build, as
// pdf.js requires in Node). The worker pool (ExtractPool) calls this inside worker threads.
// Every way a file can fail becomes a status with a Dutch message; nothing here throws for a bad
// file. Only getTextContent is used per page (no operator lists, no rendering), except on the
// first page, where the font names are fetched to mark bold labels in the letterhead.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { LetterText, PageText } from '../../shared/contract/letterContent';
import { layoutLines, type LaidOutLine, type TextPiece } from '../../core/text/layoutLines';
import { normaliseText } from '../../core/text/normaliseText';
import { pageFromLines } from '../../core/text/pageFromLines';
import { undoHyphenation } from '../../core/text/undoHyphenation';
import type { ExtractionOutcome } from './ExtractionOutcome';
import { loadPdfJs } from './loadPdfJs';

const noText: LetterText = { pages: [] };

function failure(status: ExtractionOutcome['status'], message: string, warnings: string[] = []): ExtractionOutcome {
  return { status, message, text: noText, pageCount: 0, info: {}, warnings };
}

/** Reads a PDF's text in reading order, its page count and document info; never throws for a bad file. */
export async function readPdfText(bytes: Uint8Array, options: { password?: string } = {}): Promise<ExtractionOutcome> {
  if (bytes.length === 0) return failure('empty', 'Het bestand is leeg (0 bytes).');
  if (!hasPdfHeader(bytes)) return failure('not-a-pdf', 'Dit bestand is geen PDF: het begint niet met een PDF-kop.');
  const { pdfjs, options: engineOptions } = await loadPdfJs();
  const task = pdfjs.getDocument({
    ...engineOptions,
    // pdf.js may take over (detach) the buffer it is given, and refuses Node Buffers: it gets
    // a plain copy, the caller keeps its own.
    data: new Uint8Array(bytes),
    password: options.password,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    return openFailure(error, options.password !== undefined);
  }
  try {
    return await readDocument(doc);
  } catch (error) {
    return failure('damaged', `Het PDF-bestand is beschadigd en kon niet worden gelezen (${describe(error)}).`);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

async function readDocument(doc: PDFDocumentProxy): Promise<ExtractionOutcome> {
  const warnings: string[] = [];
  const pages: PageText[] = [];
  let characters = 0;
  let failed = 0;
  for (let number = 1; number <= doc.numPages; number++) {
    let page: PDFPageProxy | undefined;
    try {
      page = await doc.getPage(number);
      const text = await readPage(page, number === 1);
      characters += text.text.length;
      pages.push(text);
    } catch (error) {
      // One bad page never stops the others; it stays in the letter as an empty page.
      failed++;
      warnings.push(`Pagina ${number} kon niet worden gelezen (${describe(error)}).`);
      const box = pageBox(page?.view ?? [0, 0, 0, 0]);
      pages.push(pageFromLines(number, box.width, box.height, []));
    } finally {
      page?.cleanup();
    }
  }
  const info = await readInfo(doc).catch(() => ({}));
  const base = { text: { pages }, pageCount: doc.numPages, info, warnings };
  if (failed > 0 && failed === doc.numPages) {
    return { ...base, status: 'damaged', message: 'Het PDF-bestand is beschadigd: geen enkele pagina kon worden gelezen.' };
  }
  if (doc.numPages === 0) return { ...base, status: 'empty', message: 'De PDF bevat geen pagina’s.' };
  if (characters === 0 && !(await paintsAnything(doc))) {
    return { ...base, status: 'empty', message: 'De PDF bevat alleen lege pagina’s: er staat niets op om te lezen.' };
  }
  if (characters === 0 || (characters < 16 * doc.numPages && (await hasScannedPage(doc)))) {
    return {
      ...base,
      status: 'no-text',
      message: 'De PDF heeft geen tekstlaag (waarschijnlijk een scan); de tekst is pas te lezen na tekstherkenning (OCR).',
    };
  }
  return { ...base, status: 'ok' };
}

async function readPage(page: PDFPageProxy, withFontNames: boolean): Promise<PageText> {
  const box = pageBox(page.view);
  const content = await page.getTextContent();
  const bold = withFontNames && content.items.length > 0 ? await boldFonts(page, Object.keys(content.styles)) : new Set<string>();
  const pieces: TextPiece[] = [];
  const turned: LaidOutLine[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    const x = e - box.x;
    const y = f - box.y;
    // Text set at an angle (a stamp, a margin note) cannot share rows with horizontal text; it
    // follows the page's lines, one run a line. Rotated pages keep horizontal text in user
    // space, which is what PdfRect means; the viewer applies the page rotation.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) {
      const text = normaliseText(item.str).replace(/\s+/g, ' ').trim();
      turned.push({ text, rect: [round(x - size), round(y - size), round(x + size), round(y + size)], fontSize: round(size), bold: false });
      continue;
    }
    const style = content.styles[item.fontName];
    pieces.push({
      text: item.str,
      x,
      y,
      width: item.width,
      size,
      ascent: style?.ascent ?? 0.8,
      descent: style?.descent ?? -0.2,
      bold: bold.has(item.fontName),
    });
  }
  const lines = [...undoHyphenation(layoutLines(pieces)), ...turned];
  return pageFromLines(page.pageNumber, box.width, box.height, lines, box);
}

/**
 * Whether one of the first pages paints an image. A scan can carry a few stray characters (a
 * stamp, a scanner's name); with that little text a page image means the letter is a scan.
 */
async function hasScannedPage(doc: PDFDocumentProxy): Promise<boolean> {
  const { OPS } = (await loadPdfJs()).pdfjs;
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  for (let number = 1; number <= Math.min(doc.numPages, 3); number++) {
    const page = await doc.getPage(number);
    try {
      const { fnArray } = await page.getOperatorList();
      if (fnArray.some((op) => imageOps.has(op))) return true;
    } catch {
      // A page that cannot be drawn tells nothing about scans.
    } finally {
      page.cleanup();
    }
  }
  return false;
}

/**
 * Whether any page draws something (text, an image, a path). A PDF whose pages are all blank is
 * empty, not a scan: there is nothing to recognise. Pages that cannot be drawn count as drawing,
 * so a damaged page never makes a letter "empty".
 */
async function paintsAnything(doc: PDFDocumentProxy): Promise<boolean> {
  const { OPS } = (await loadPdfJs()).pdfjs;
  const painting = new Set<number>(
    (['fill', 'eoFill', 'stroke', 'fillStroke', 'eoFillStroke', 'closeStroke', 'closeFillStroke', 'closeEOFillStroke', 'shadingFill',
      'showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText', 'paintImageXObject', 'paintInlineImageXObject',
      'paintImageMaskXObject', 'paintImageXObjectRepeat', 'paintInlineImageXObjectGroup', 'paintImageMaskXObjectGroup',
      'paintImageMaskXObjectRepeat', 'paintSolidColorImageMask'] as const).map((name) => OPS[name]),
  );
  for (let number = 1; number <= doc.numPages; number++) {
    let page: PDFPageProxy | undefined;
    try {
      page = await doc.getPage(number);
      const { fnArray } = await page.getOperatorList();
      if (fnArray.some((op) => painting.has(op))) return true;
    } catch {
      return true;
    } finally {
      page?.cleanup();
    }
  }
  return false;
}

/** The page's media box as origin and size. */
function pageBox(view: number[]): { x: number; y: number; width: number; height: number } {
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = view;
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** Names of the page's fonts that are bold by name; pdf.js only exposes them via the operator list. */
async function boldFonts(page: PDFPageProxy, fontIds: string[]): Promise<Set<string>> {
  const bold = new Set<string>();
  try {
    // Annotations' appearance streams are not part of getTextContent, so their fonts are not needed.
    await page.getOperatorList({ annotationMode: (await loadPdfJs()).pdfjs.AnnotationMode.DISABLE });
    for (const id of fontIds) {
      if (!page.commonObjs.has(id)) continue;
      const font = page.commonObjs.get(id) as { name?: string; bold?: boolean } | null;
      if (font?.bold || /bold|black|heavy|semibold|demi/i.test(font?.name ?? '')) bold.add(id);
    }
  } catch {
    // Without font names there are no bold marks; the text itself is complete.
  }
  return bold;
}

async function readInfo(doc: PDFDocumentProxy): Promise<{ title?: string; author?: string }> {
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  const clean = (value: unknown): string | undefined => {
    if (typeof value !== 'string') return undefined;
    const text = normaliseText(value).replace(/\s+/g, ' ').trim();
    return text || undefined;
  };
  const title = clean(info['Title']);
  const author = clean(info['Author']);
  return { ...(title ? { title } : {}), ...(author ? { author } : {}) };
}

function openFailure(error: unknown, passwordGiven: boolean): ExtractionOutcome {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return passwordGiven
      ? failure('encrypted', 'De PDF is versleuteld en het opgegeven wachtwoord is onjuist.')
      : failure('encrypted', 'De PDF is versleuteld met een wachtwoord; geef het wachtwoord op om de brief te lezen.');
  }
  return failure('damaged', `Het PDF-bestand is beschadigd en kon niet worden geopend (${describe(error)}).`);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // Some producers put junk before the header; pdf.js accepts it within the first kilobyte.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 160 ? `${message.slice(0, 157)}...` : message;
}

/** Reads a plain-text letter (.txt) into the same shape; lines sit on a notional A4 grid. */
export function readPlainText(text: string): ExtractionOutcome {
  const clean = normaliseText(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (!clean.trim()) return failure('empty', 'Het tekstbestand is leeg.');
  // A plain-text letter has no geometry: lines get rects on a 10 pt monospaced grid on A4
  // (72 pt margins, 12 pt leading), so provenance still says "line n of page p".
  const [width, height, margin, leading, advance, size] = [595.28, 841.89, 72, 12, 6, 10];
  const perPage = Math.floor((height - 2 * margin) / leading);
  const pages: PageText[] = [];
  clean.split('\f').forEach((pageText) => {
    const rows = pageText.split('\n');
    for (let first = 0; first < rows.length || first === 0; first += perPage) {
      const lines = rows.slice(first, first + perPage).flatMap((row, i) => {
        const line = row.replace(/[ \t]+/g, ' ').trim();
        if (!line) return [];
        const indent = (row.length - row.trimStart().length) * advance;
        const baseline = height - margin - (i + 1) * leading;
        const x = margin + indent;
        return [{ text: line, rect: [x, baseline - 2, x + line.length * advance, baseline + 8] as [number, number, number, number], fontSize: size, bold: false }];
      });
      pages.push(pageFromLines(pages.length + 1, width, height, undoHyphenation(lines)));
    }
  });
  return { status: 'ok', text: { pages }, pageCount: pages.length, info: {}, warnings: [] };
}
