import type { LetterText } from '../../shared/contract/letterContent';
import type { ListedNote, Note } from '../../shared/contract/notes';
import { anchorQuote } from './anchorQuote';
import { highlightsForRange } from './highlightsForRange';
import { letterFullText } from './letterFullText';

/**
 * A note against its letter's current text: where it stands, and for a moved note the new
 * position, page and rectangles. An orphan keeps what it had, so its quote is still shown.
 * Without the text (not extracted yet) the note is `unchecked` and left as stored.
 */
export function anchorNote(note: Note, letter: LetterText | null): ListedNote {
  if (!letter) return { ...note, status: 'unchecked' };
  const placed = anchorQuote(letterFullText(letter), note.quote, note.position);
  if (placed.status === 'orphan') return { ...note, status: 'orphan' };
  const position = { start: placed.start, end: placed.end };
  const highlights = highlightsForRange(letter, placed.start, placed.end);
  const first = highlights[0];
  // Rectangles drawn by the user stay as drawn while the passage has not moved.
  const keepRects = placed.status === 'anchored' && note.rects.length > 0 && note.page !== undefined;
  return {
    ...note,
    position,
    page: keepRects ? note.page : (first?.page ?? note.page),
    rects: keepRects ? note.rects : (first?.rects ?? []),
    status: placed.status,
  };
}
