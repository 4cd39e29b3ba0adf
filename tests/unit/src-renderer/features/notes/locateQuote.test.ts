import { describe, expect, it } from 'vitest';
import { PAGE_SEPARATOR as sharedSeparator } from '../../../../../src-main/shared/contract/letterContent';
import { locateQuote, PAGE_SEPARATOR } from '../../../../../src-renderer/features/notes/locateQuote';

const pages = ['Betreft Wintertraining\nGeachte voorzitter,\nDe motie is aangenomen.', 'De motie wordt uitgevoerd.\nDe motie\nis klaar.'];

describe('locateQuote', () => {
  it('uses the same page separator as the contract', () => {
    expect(PAGE_SEPARATOR).toBe(sharedSeparator);
  });

  it.each([
    // quote as the text layer gives it, page, where along the page, expected offsets
    ['Geachte voorzitter,', 1, 0.4, 23, 42],
    ['De motie', 2, 0.0, pages[0]!.length + 2, pages[0]!.length + 10],
    ['De motie', 2, 0.8, pages[0]!.length + 2 + 27, pages[0]!.length + 2 + 35],
    ['De motie is klaar.', 2, 0.9, pages[0]!.length + 2 + 27, pages[0]!.length + 2 + 45],
    ['voorzitter,De motie', 1, 0.5, 31, 51],
  ])('places "%s" on page %s near %s', (exact, page, ratio, start, end) => {
    const located = locateQuote(pages, page, exact, ratio)!;
    expect(located.position).toEqual({ start, end });
    const full = pages.join(PAGE_SEPARATOR);
    expect(full.slice(start, end)).toBe(located.quote.exact);
    expect(full.slice(start - located.quote.prefix.length, start)).toBe(located.quote.prefix);
  });

  it('gives up on a quote the text does not hold', () => {
    expect(locateQuote(pages, 1, 'Noorwegen', 0)).toBeNull();
    expect(locateQuote(pages, 3, 'De motie', 0)).toBeNull();
  });
});
