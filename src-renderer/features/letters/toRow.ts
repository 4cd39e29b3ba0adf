import type { LetterSummary } from '../../../src-main/shared/contract/letters';
import type { LetterRow } from './LetterRow';

/** A letter of the archive as a list row, with its metadata values and its number of notes. */
export function toRow(letter: LetterSummary, noteCount: number | undefined): LetterRow {
  const metadata = letter.metadata;
  return {
    ...letter,
    date: metadata?.date,
    subject: metadata?.subject,
    sender: metadata?.sender,
    reference: metadata?.reference,
    noteCount,
  };
}
