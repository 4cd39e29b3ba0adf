import { describe, expect, it } from 'vitest';
import type { PageText, PdfRect } from '../../../../src-main/shared/contract/letterContent';
import { lineRects } from '../../../../src-main/shared/lineRects';

const rect = (x1: number, y1: number, x2: number, y2: number) => [x1, y1, x2, y2] as unknown as PdfRect;
// Two lines of 10 characters each, 100 units wide; the page text joins them with "\n".
const page: PageText = {
  number: 1,
  width: 595,
  height: 842,
  text: 'abcdefghij\nklmnopqrst',
  lines: [
    { text: 'abcdefghij', rect: rect(100, 700, 200, 710), start: 0, fontSize: 10 },
    { text: 'klmnopqrst', rect: rect(100, 685, 200, 695), start: 11, fontSize: 10 },
  ],
};

describe('lineRects', () => {
  it.each([
    ['a whole line', 0, 10, [[100, 700, 200, 710]]],
    ['part of a line, cut in proportion', 2, 5, [[120, 700, 150, 710]]],
    ['across the line break', 8, 14, [[180, 700, 200, 710], [100, 685, 130, 695]]],
    ['nothing outside the text', 30, 40, []],
  ])('%s', (_name, start, end, expected) => {
    expect(lineRects(page, start, end).map((r) => [...r].map((v) => Math.round(v)))).toEqual(expected);
  });
});
