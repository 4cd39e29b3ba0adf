import type { CitationParts } from '../citations/formatCitation';
import type { LetterMetadata } from '../../shared/contract/letterContent';
import type { ListedNote } from '../../shared/contract/notes';

/** One letter with the notes to export and what is known of it. */
export type ExportLetter = {
  letterId: string;
  /** Path relative to the archive root. */
  path: string;
  metadata: LetterMetadata | null;
  /** Set when the letter is itself a parliamentary paper: it is then cited in the standard form. */
  paper?: CitationParts;
  notes: ListedNote[];
};

/** What every exporter takes: the letters (with their notes, in reading order) and a heading. */
export type ExportInput = {
  archiveName: string;
  letters: ExportLetter[];
  /** ISO time of the export. */
  exportedAt: string;
  /** The tag the notes were filtered on, if any. */
  tag?: string;
  /** Time zone for times shown to the user (default Europe/Amsterdam). */
  timeZone?: string;
};

/** The source of a passage as a civil servant writes it; injected so the form can be changed. */
export type SourceFormatter = (letter: ExportLetter, page: number | undefined) => string;
