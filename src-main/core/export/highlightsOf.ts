import type { LetterText } from '../../shared/contract/letterContent';
import type { ListedNote } from '../../shared/contract/notes';
import { highlightsForRange } from '../notes/highlightsForRange';
import type { PdfHighlight } from './toHighlightedPdf';

/**
 * Where to highlight a note in the PDF. Rectangles the user drew stay as drawn while the passage
 * is where it was; a moved note, or one from another tool without rectangles, is highlighted
 * from the letter's text, on every page the passage covers. An orphan is not highlighted.
 */
export function highlightsOf(note: ListedNote, letter: LetterText | null): PdfHighlight[] {
  if (note.status === 'orphan') return [];
  const stored = note.page !== undefined && note.rects.length > 0 && (note.status === 'anchored' || note.status === 'unchecked');
  if (letter && note.position && !stored) {
    return highlightsForRange(letter, note.position.start, note.position.end).map((h) => ({ note, ...h }));
  }
  if (note.page !== undefined && note.rects.length > 0) {
    const onPage: PdfHighlight[] = [{ note, page: note.page, rects: note.rects }];
    // A passage running onto the next page: the rest from the text.
    if (letter && note.position) {
      onPage.push(...highlightsForRange(letter, note.position.start, note.position.end).filter((h) => h.page > note.page!).map((h) => ({ note, ...h })));
    }
    return onPage;
  }
  return [];
}
