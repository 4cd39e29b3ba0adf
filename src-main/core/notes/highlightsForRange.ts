import type { LetterText, PdfRect } from '../../shared/contract/letterContent';
import { pageStarts } from './pageStarts';

/** The highlight of a passage on one page: rectangles in PDF user units. */
export type PageHighlight = { page: number; rects: PdfRect[] };

/**
 * The rectangles that cover full-text offsets [start, end), per page. A line partly inside the
 * range gets a rectangle cut in proportion to its characters: extraction keeps line rectangles,
 * not glyph boxes, and for the proportional fonts of letters this is within a character or two.
 */
export function highlightsForRange(letter: LetterText, start: number, end: number): PageHighlight[] {
  const starts = pageStarts(letter);
  const highlights: PageHighlight[] = [];
  letter.pages.forEach((page, index) => {
    const pageStart = starts[index]!;
    const from = Math.max(start - pageStart, 0);
    const to = Math.min(end - pageStart, page.text.length);
    if (from >= to) return;
    const rects: PdfRect[] = [];
    for (const line of page.lines) {
      const length = line.text.length;
      const a = Math.max(from - line.start, 0);
      const b = Math.min(to - line.start, length);
      if (length === 0 || a >= b) continue;
      const [x1, y1, x2, y2] = line.rect;
      const width = x2 - x1;
      rects.push([x1 + (width * a) / length, y1, x1 + (width * b) / length, y2] as unknown as PdfRect);
    }
    if (rects.length > 0) highlights.push({ page: page.number, rects });
  });
  return highlights;
}
