// Where a passage of a page's text lies on the page, shared by main (note highlights, exports)
// and the renderer (search hits), so that a search hit and a note on the same words sit alike.
import type { PageText, PdfRect } from './contract/letterContent';

/**
 * The rectangles covering page-text offsets [start, end), in PDF user units. Extraction keeps
 * line rectangles, not glyph boxes, so a line partly inside the range gets a rectangle cut in
 * proportion to its characters (within a character or two for the proportional fonts of letters).
 */
export function lineRects(page: Pick<PageText, 'lines'>, start: number, end: number): PdfRect[] {
  const rects: PdfRect[] = [];
  for (const line of page.lines) {
    const length = line.text.length;
    const from = Math.max(start - line.start, 0);
    const to = Math.min(end - line.start, length);
    if (length === 0 || from >= to) continue;
    const [x1, y1, x2, y2] = line.rect;
    const width = x2 - x1;
    rects.push([x1 + (width * from) / length, y1, x1 + (width * to) / length, y2] as unknown as PdfRect);
  }
  return rects;
}
