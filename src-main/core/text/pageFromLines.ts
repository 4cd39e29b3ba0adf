import type { PageText, PdfRect } from '../../shared/contract/letterContent';
import type { LaidOutLine } from './layoutLines';

/** Builds a page of the contract from lines in reading order: text joined by "\n", offsets kept. */
export function pageFromLines(number: number, width: number, height: number, lines: readonly LaidOutLine[]): PageText {
  let start = 0;
  const out: PageText['lines'] = [];
  for (const line of lines) {
    out.push({
      text: line.text,
      // The brand only marks the coordinate space; these are PDF user units by construction.
      rect: line.rect as unknown as PdfRect,
      start,
      fontSize: line.fontSize,
      ...(line.bold ? { bold: true } : {}),
    });
    start += line.text.length + 1;
  }
  return { number, width, height, text: lines.map((line) => line.text).join('\n'), lines: out };
}
