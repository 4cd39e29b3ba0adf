import type { TextPosition, TextQuote } from '../../../src-main/shared/contract/notes';

// Duplicated on purpose from PAGE_SEPARATOR in src-main/shared/contract/letterContent.ts (the
// renderer imports that module's types only); a unit test keeps the two equal.
export const PAGE_SEPARATOR = '\n\n';
const CONTEXT = 32;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Places a quote selected in pdf.js's text layer in the letter's extracted text, so that its
 * context (prefix, suffix) and offsets are those main anchors against. The text layer joins lines
 * differently, so whitespace is matched loosely; of several occurrences on the page, the one
 * nearest to where the selection sits (`ratio`, 0..1 along the page's text) wins.
 */
export function locateQuote(pages: readonly string[], page: number, exact: string, ratio: number): { quote: TextQuote; position: TextPosition } | null {
  const text = pages[page - 1];
  // Whitespace may differ anywhere (the text layer can run two lines together), so the quote's
  // characters are matched with optional whitespace between every one of them.
  const characters = [...exact.replace(/\s+/g, '')];
  if (text === undefined || characters.length === 0) return null;
  const pattern = new RegExp(characters.map(escape).join('\\s*'), 'g');
  let best: RegExpExecArray | null = null;
  for (const match of text.matchAll(pattern)) {
    if (!best || Math.abs(match.index / text.length - ratio) < Math.abs(best.index / text.length - ratio)) best = match;
  }
  if (!best) return null;
  const start = best.index;
  const end = start + best[0].length;
  const pageStart = pages.slice(0, page - 1).reduce((sum, previous) => sum + previous.length + PAGE_SEPARATOR.length, 0);
  return {
    quote: { exact: best[0], prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
    position: { start: pageStart + start, end: pageStart + end },
  };
}
