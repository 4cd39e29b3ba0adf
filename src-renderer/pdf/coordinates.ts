// Two coordinate spaces, two types (STYLE.md 10): PDF user units on the page (origin bottom
// left, what we store) and viewport CSS pixels inside a rendered page (origin top left, what we
// draw). Only these functions cross between them, through pdf.js's own viewport maths.
import type { PdfRect } from '../../src-main/shared/contract/letterContent';

/** A rectangle in CSS pixels of a page's current viewport: left, top, width, height. */
export type ViewportRect = { left: number; top: number; width: number; height: number } & {
  readonly __brand: 'ViewportRect';
};

/** What we need of pdf.js's PageViewport (kept narrow so tests can fake it). */
export type ViewportLike = {
  width: number;
  height: number;
  convertToViewportRectangle(rect: number[]): number[];
  convertToPdfPoint(x: number, y: number): number[];
};

/** Where a PDF rectangle lands in a viewport (any zoom, any rotation). */
export function toViewportRect(viewport: ViewportLike, rect: PdfRect): ViewportRect {
  const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([...rect]) as [number, number, number, number];
  return {
    left: Math.min(x1, x2),
    top: Math.min(y1, y2),
    width: Math.abs(x2 - x1),
    height: Math.abs(y2 - y1),
  } as ViewportRect;
}

/** The PDF rectangle under a viewport rectangle (e.g. a text selection). */
export function toPdfRect(viewport: ViewportLike, rect: ViewportRect): PdfRect {
  const [ax, ay] = viewport.convertToPdfPoint(rect.left, rect.top) as [number, number];
  const [bx, by] = viewport.convertToPdfPoint(rect.left + rect.width, rect.top + rect.height) as [number, number];
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)] as unknown as PdfRect;
}

/** A viewport rectangle as percentages of the page, so it stays aligned while the page zooms. */
export function toPagePercent(viewport: ViewportLike, rect: ViewportRect): { left: string; top: string; width: string; height: string } {
  const pct = (value: number, of: number) => `${((value / of) * 100).toFixed(4)}%`;
  return {
    left: pct(rect.left, viewport.width),
    top: pct(rect.top, viewport.height),
    width: pct(rect.width, viewport.width),
    height: pct(rect.height, viewport.height),
  };
}

/** Builds a viewport rectangle from client coordinates relative to a page's box. */
export function viewportRectFromClient(client: DOMRectReadOnly, pageBox: DOMRectReadOnly): ViewportRect {
  return { left: client.left - pageBox.left, top: client.top - pageBox.top, width: client.width, height: client.height } as ViewportRect;
}
