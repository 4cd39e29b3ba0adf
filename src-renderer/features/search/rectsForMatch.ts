import type { PageText, PdfRect } from '../../../src-main/shared/contract/letterContent';

/**
 * The rectangles covering [start, end) of a page's text, in PDF units. Extraction keeps line
 * rectangles, not glyph boxes, so a line partly inside the range is cut in proportion to its
 * characters (within a character or two for the proportional fonts of letters). The same rule as
 * main's highlightsForRange, so search hits and note highlights sit alike.
 */
export function rectsForMatch(page: PageText, start: number, end: number): PdfRect[] {
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
