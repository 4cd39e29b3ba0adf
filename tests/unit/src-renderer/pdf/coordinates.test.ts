import { describe, expect, it } from 'vitest';
import type { PdfRect } from '../../../../src-main/shared/contract/letterContent';
import { toPagePercent, toPdfRect, toViewportRect, type ViewportLike } from '../../../../src-renderer/pdf/coordinates';

/** pdf.js's viewport maths for an A4 page at a scale, unrotated or turned a quarter. */
function viewport(scale: number, rotation: 0 | 90): ViewportLike {
  const [w, h] = [595, 842];
  const toView = (x: number, y: number) => (rotation === 0 ? [x * scale, (h - y) * scale] : [y * scale, x * scale]);
  const toPdf = (x: number, y: number) => (rotation === 0 ? [x / scale, h - y / scale] : [y / scale, x / scale]);
  return {
    width: (rotation === 0 ? w : h) * scale,
    height: (rotation === 0 ? h : w) * scale,
    convertToViewportRectangle: ([x1, y1, x2, y2]) => [...toView(x1!, y1!), ...toView(x2!, y2!)],
    convertToPdfPoint: (x, y) => toPdf(x, y),
  };
}

const rect = [430, 655, 470, 664] as unknown as PdfRect;

describe('coordinates', () => {
  it.each([
    [1, 0, { left: 430, top: 178, width: 40, height: 9 }],
    [2, 0, { left: 860, top: 356, width: 80, height: 18 }],
    [1.5, 90, { left: 982.5, top: 645, width: 13.5, height: 60 }],
  ] as const)('at scale %s, rotation %s a PDF rect lands at %o', (scale, rotation, expected) => {
    const box = toViewportRect(viewport(scale, rotation), rect);
    expect(box.left).toBeCloseTo(expected.left);
    expect(box.top).toBeCloseTo(expected.top);
    expect(box.width).toBeCloseTo(expected.width);
    expect(box.height).toBeCloseTo(expected.height);
  });

  it.each([1, 1.75, 3])('goes there and back at scale %s', (scale) => {
    const view = viewport(scale, 0);
    const back = toPdfRect(view, toViewportRect(view, rect));
    back.forEach((value, index) => expect(value).toBeCloseTo(rect[index]!));
  });

  it('gives the same percentages at every zoom, so overlays stay aligned', () => {
    const at = (scale: number) => {
      const view = viewport(scale, 0);
      return toPagePercent(view, toViewportRect(view, rect));
    };
    expect(at(0.5)).toEqual(at(1));
    expect(at(2.4)).toEqual(at(1));
  });
});
