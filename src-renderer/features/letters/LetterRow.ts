import type { LetterSummary } from '../../../src-main/shared/contract/letters';

/**
 * A letter as the list shows it: the archive's summary plus what extraction and notes know of
 * it (all optional: a letter still being read has only its file name).
 */
export type LetterRow = LetterSummary & {
  date?: string;
  subject?: string;
  sender?: string;
  reference?: string;
  noteCount?: number;
};

export type SortKey = 'date' | 'subject' | 'sender' | 'reference';
export type SortOrder = { key: SortKey; descending: boolean };
