import { PAGE_SEPARATOR, type LetterText } from '../../shared/contract/letterContent';

/** Offset in the full text at which each page's text starts, in page order. */
export function pageStarts(letter: LetterText): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const page of letter.pages) {
    starts.push(offset);
    offset += page.text.length + PAGE_SEPARATOR.length;
  }
  return starts;
}
