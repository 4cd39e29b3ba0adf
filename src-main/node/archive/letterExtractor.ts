// How the archive reads one letter. The worker pool (node/extract) is the product's extractor;
// this in-thread one serves until it is wired in and in tests. Either way: an outcome, never a
// throw, and metadata filled in by the rules of core/letters when the extractor gave none.
import { promises as fs } from 'node:fs';
import { readMetadata } from '../../core/letters/readMetadata';
import type { ExtractionOutcome } from '../extract/ExtractionOutcome';
import type { CacheTarget } from './cacheFile';
import { readPdfText, readPlainText } from '../extract/readLetterText';

/** Reads one letter file; resolves with an outcome for every file, good or bad. */
export type LetterExtractor = {
  /**
   * `password` opens an encrypted PDF (kept by the caller in memory only, never on disk). With
   * `store`, an extractor may append the letter's cache entry itself (outcome.stored says where).
   */
  extract(file: { absolute: string; kind: 'pdf' | 'txt'; password?: string; store?: CacheTarget }): Promise<ExtractionOutcome>;
  /** How many letters it reads at once (the pool's size). */
  readonly parallelism: number;
  /** Optional: gets ready to read (starts workers) while the caller still scans and hashes. */
  warm?(): void;
  /** Optional: lets go of idle workers (and their memory) until the next extract. */
  release?(): Promise<void>;
  close(): Promise<void>;
};

/** Metadata of an outcome: the extractor's own, or read from its text now. */
export function metadataOf(outcome: ExtractionOutcome): NonNullable<ExtractionOutcome['metadata']> | null {
  if (outcome.status !== 'ok') return null;
  return outcome.metadata ?? readMetadata(outcome.text, outcome.info);
}

/** Extraction in the current thread (pdf.js without a worker). */
export function inThreadExtractor(): LetterExtractor {
  return {
    parallelism: 2,
    async extract(file) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await fs.readFile(file.absolute));
      } catch {
        return { status: 'damaged', message: 'Het bestand kan niet worden gelezen.', text: { pages: [] }, pageCount: 0, info: {}, warnings: [] };
      }
      return file.kind === 'txt' ? readPlainText(new TextDecoder().decode(bytes)) : readPdfText(bytes, file.password === undefined ? {} : { password: file.password });
    },
    close: async () => {},
  };
}
