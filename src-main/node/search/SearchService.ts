// The search module behind one interface (DESIGN.md "Command line" / "Beyond one machine"): the
// archive talks to a SearchService; lunr in-process is one implementation, an OpenSearch client
// can be another without touching the handlers.
import type { LetterMetadata } from '../../shared/contract/letterContent';
import type { LetterSummary } from '../../shared/contract/letters';
import type { SearchRequest, SearchResponse } from '../../shared/contract/search';
import type { Result } from '../../shared/result';

/** One letter as the index receives it. */
export type IndexedLetter = {
  id: string;
  /** Page texts in order (page 1 first). */
  pages: readonly string[];
  metadata: LetterMetadata | null;
  /** The user's note texts on this letter, joined. */
  notes: string;
};

/** What the search needs from the open archive, injected so that search never reads files itself. */
export type LetterDirectory = {
  /** The letter's summary and metadata, or undefined when it is not (or no longer) in the archive. */
  letter(id: string): { summary: LetterSummary; metadata: LetterMetadata | null } | undefined;
  /** The letter's page texts, from the sidecar cache. */
  pages(id: string): Promise<readonly string[] | null>;
  /** The user's note texts on a letter (the notes room provides them), joined. */
  notesFor(id: string): string;
  /** Letters still being read (not searchable yet). */
  pendingCount(): number;
};

export interface SearchService {
  /** Ids of the letters that are in the index. */
  indexedIds(): ReadonlySet<string>;
  /** Adds letters, or replaces them when already indexed (changed text or notes). */
  upsert(letters: readonly IndexedLetter[]): Promise<void>;
  /**
   * Starts adding letters one at a time as they are read (a cold index): each is analysed when
   * added, full segments become searchable as they fill, `commit` adds the rest. Letters already
   * indexed are replaced, as by upsert.
   */
  stream(): IndexStream;
  /** Takes letters out of the index. */
  remove(ids: readonly string[]): Promise<void>;
  /** Runs a query; a malformed one fails with `bad-query`, never throws. */
  search(request: SearchRequest): Promise<Result<SearchResponse>>;
  /** Optional: prepares in-memory tables so that the first query is as fast as the next. */
  prime?(): void;
  /** Writes whatever is not yet on disk and stops background work. */
  close(): Promise<void>;
}

/** Letters added to the index one at a time (SearchService.stream). */
export type IndexStream = {
  add(letter: IndexedLetter): Promise<void>;
  /** Makes every letter added so far searchable and writes it to disk. */
  commit(): Promise<void>;
};
