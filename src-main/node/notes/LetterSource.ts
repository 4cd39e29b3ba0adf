import type { LetterMetadata, LetterText } from '../../shared/contract/letterContent';
import type { Result } from '../../shared/result';

/**
 * What the notes need of an archive: its letters, a letter's text and metadata, its bytes.
 * Narrow on purpose: ArchiveSession provides it, tests give a fake.
 */
export type LetterSource = {
  list(): { id: string; path: string }[];
  content(id: string): Promise<Result<{ text: LetterText | null; metadata: LetterMetadata | null }>>;
  bytes(id: string): Promise<Result<Uint8Array>>;
};
