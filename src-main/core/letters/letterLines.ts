// The lines of a letter as the metadata rules see them: normalised text plus where they sit.
import type { LetterText, PdfRect, Provenance } from '../../shared/contract/letterContent';

export type LetterLine = {
  /** Position in the letter's reading order (all pages). */
  index: number;
  /** 1-based page number. */
  page: number;
  /** NFKC-normalised (ligatures folded), whitespace collapsed, trimmed. */
  text: string;
  rect: PdfRect;
  fontSize: number;
  bold: boolean;
  pageWidth: number;
  pageHeight: number;
  /** The page's visible-box origin: `rect` is relative to it, provenance adds it back. */
  pageX: number;
  pageY: number;
  /** A blank line (paragraph break) precedes this line in the page text. */
  afterBreak: boolean;
};

/** Folds ligatures and odd spaces so that rules can match plain words. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every non-empty line of the letter in reading order. */
export function letterLines(text: LetterText): LetterLine[] {
  const lines: LetterLine[] = [];
  for (const page of text.pages) {
    let previousEnd = 0;
    for (const line of page.lines) {
      const normalised = normaliseText(line.text);
      const between = page.text.slice(previousEnd, line.start);
      previousEnd = line.start + line.text.length;
      if (!normalised) continue;
      lines.push({
        index: lines.length,
        page: page.number,
        text: normalised,
        // Rules compare positions with the page's size, so they see box-relative rects.
        rect: shift(line.rect, -(page.x ?? 0), -(page.y ?? 0)),
        fontSize: line.fontSize,
        bold: line.bold ?? false,
        pageWidth: page.width,
        pageHeight: page.height,
        pageX: page.x ?? 0,
        pageY: page.y ?? 0,
        afterBreak: /\n[ \t\u00a0]*\n/.test(between),
      });
    }
  }
  return lines;
}

/** Height of a line, at least 1 so that ratios stay finite for plain-text input. */
export const lineHeight = (line: LetterLine): number => Math.max(1, line.fontSize || line.rect[3] - line.rect[1]);

/** Vertical distance from the bottom of `upper` to the top of `lower` (negative: overlap). */
export const gapBelow = (upper: LetterLine, lower: LetterLine): number => upper.rect[1] - lower.rect[3];

/** Both lines start in the same column: left edges close, or one inside the other's span. */
export function sameColumn(a: LetterLine, b: LetterLine): boolean {
  if (Math.abs(a.rect[0] - b.rect[0]) <= Math.max(12, lineHeight(a) * 1.5)) return true;
  return false;
}

/** On the same baseline (side by side). */
export const sameRow = (a: LetterLine, b: LetterLine): boolean =>
  a.page === b.page && Math.abs(a.rect[1] - b.rect[1]) < Math.min(lineHeight(a), lineHeight(b)) * 0.5;

/** Provenance of one or more lines: the page of the first and the union of their rects. */
export function provenanceOf(lines: readonly LetterLine[]): Provenance | undefined {
  const first = lines[0];
  if (!first) return undefined;
  const same = lines.filter((l) => l.page === first.page);
  const rect = [
    Math.min(...same.map((l) => l.rect[0])),
    Math.min(...same.map((l) => l.rect[1])),
    Math.max(...same.map((l) => l.rect[2])),
    Math.max(...same.map((l) => l.rect[3])),
  ] as PdfRect;
  return { page: first.page, rect: shift(rect, first.pageX, first.pageY) };
}

/** A rect moved by (dx, dy). */
export function shift(rect: PdfRect, dx: number, dy: number): PdfRect {
  if (!dx && !dy) return rect;
  const [x1, y1, x2, y2] = rect;
  return [x1 + dx, y1 + dy, x2 + dx, y2 + dy] as PdfRect;
}
