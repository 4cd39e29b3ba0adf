// Sentences shared by the exporters, so Word, Markdown and CSV say the same thing.
import type { ExportInput } from './ExportInput';

/** Said of a note whose passage is not in the letter's current text (an orphan). */
export const ORPHAN_REMARK = 'Deze passage is niet teruggevonden in de huidige tekst van de brief.';

/**
 * A quote as it reads: line breaks in the extracted text come from the page's layout, not from
 * the writer, so they are joined into one running sentence.
 */
export const quoteText = (exact: string) => exact.replace(/\s+/g, ' ').trim();

/** The document's title. */
export const exportHeading = (input: ExportInput) => `Notities uit ${input.archiveName}`;
