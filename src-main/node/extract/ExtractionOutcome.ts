import type { LetterText } from '../../shared/contract/letterContent';
import type { PackLocation } from '../archive/cacheFile';
import type { LetterMetadata } from '../../shared/contract/letterContent';
import type { LetterStatus } from '../../shared/contract/letters';

/** What reading one letter gave: always a value, never a throw (STYLE.md 6). */
export type ExtractionOutcome = {
  /** 'ok', or why the letter could not be read ('pending' is the archive's, never ours). */
  status: Exclude<LetterStatus, 'pending'>;
  /** For a status other than 'ok': one Dutch sentence a civil servant can act on. */
  message?: string;
  /** Pages with lines in reading order; empty when the file could not be opened. */
  text: LetterText;
  pageCount: number;
  /** The PDF's document info: unreliable, a last fallback for metadata only (DESIGN.md). */
  info: { title?: string; author?: string };
  /** Problems that did not stop the reading (a page that failed, missing fonts...). */
  warnings: string[];
  /** Filled in by the extraction worker, which runs the metadata rules next to pdf.js. */
  metadata?: LetterMetadata;
  /**
   * Where the worker appended the letter's cache entry itself (asked to with a CacheTarget; only
   * for status 'ok'). Then `text` has each page's text but no lines: they are in the entry.
   */
  stored?: PackLocation;
};
