import type { LetterMetadata } from '../../shared/contract/letterContent';
import type { LetterMetadataSummary } from '../../shared/contract/letters';

/** The plain values of a letter's metadata, for lists (no provenance). */
export function metadataSummary(metadata: LetterMetadata): LetterMetadataSummary {
  const summary: LetterMetadataSummary = { citationCount: metadata.citations.length };
  for (const field of ['date', 'reference', 'theirReference', 'subject', 'sender', 'recipient'] as const) {
    const value = metadata[field]?.value;
    if (value) summary[field] = value;
  }
  if (metadata.pageCount !== undefined) summary.pageCount = metadata.pageCount;
  if (metadata.language) summary.language = metadata.language;
  return summary;
}
