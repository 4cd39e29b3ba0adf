import type { LetterText, PdfRect } from '../../shared/contract/letterContent';
import { lineRects } from '../../shared/lineRects';
import { pageStarts } from './pageStarts';

/** The highlight of a passage on one page: rectangles in PDF user units. */
export type PageHighlight = { page: number; rects: PdfRect[] };

/** The rectangles that cover full-text offsets [start, end), per page (see lineRects). */
export function highlightsForRange(letter: LetterText, start: number, end: number): PageHighlight[] {
  const starts = pageStarts(letter);
  const highlights: PageHighlight[] = [];
  letter.pages.forEach((page, index) => {
    const pageStart = starts[index]!;
    const from = Math.max(start - pageStart, 0);
    const to = Math.min(end - pageStart, page.text.length);
    if (from >= to) return;
    const rects = lineRects(page, from, to);
    if (rects.length > 0) highlights.push({ page: page.number, rects });
  });
  return highlights;
}
