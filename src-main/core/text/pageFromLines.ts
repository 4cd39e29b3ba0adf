import type { PageText, PdfRect } from '../../shared/contract/letterContent';
import type { LaidOutLine } from './layoutLines';

/**
 * Builds a page of the contract from lines in reading order: text joined by "\n", offsets kept.
 * Lines are laid out relative to the page's visible box; `origin` (the box's lower-left corner)
 * moves them back to true PDF user units, which is what viewers and PDF annotations use.
 */
export function pageFromLines(
  number: number,
  width: number,
  height: number,
  lines: readonly LaidOutLine[],
  origin: { x: number; y: number } = { x: 0, y: 0 },
): PageText {
  let start = 0;
  const out: PageText['lines'] = [];
  for (const line of lines) {
    const [x1, y1, x2, y2] = line.rect;
    out.push({
      text: line.text,
      // The brand only marks the coordinate space; these are PDF user units by construction.
      rect: [x1 + origin.x, y1 + origin.y, x2 + origin.x, y2 + origin.y] as unknown as PdfRect,
      start,
      fontSize: line.fontSize,
      ...(line.bold ? { bold: true } : {}),
    });
    start += line.text.length + 1;
  }
  const shifted = origin.x || origin.y ? { x: origin.x, y: origin.y } : {};
  return { number, width, height, ...shifted, text: lines.map((line) => line.text).join('\n'), lines: out };
}
