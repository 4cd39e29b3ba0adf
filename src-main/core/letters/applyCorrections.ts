// The user's corrections laid over the metadata extraction found (DESIGN.md: metadata-overrides).
// Pure: the store reads and writes the file; everyone who reads metadata merges through here.
import type { LetterMetadata, MetadataField } from '../../shared/contract/letterContent';

/** One correction of one field: the value, when and by whom. */
export type FieldCorrection = { value: string; correctedAt: string; author: string };
/** The corrections of one letter, by field. */
export type LetterCorrections = Partial<Record<MetadataField, FieldCorrection>>;

/**
 * The metadata with each corrected field replaced by the user's value, marked `corrected` and
 * keeping what extraction found as `extracted`. A corrected value has no place on the page
 * (no `source`) and full confidence. Without corrections the metadata is returned as it is.
 */
export function applyCorrections(metadata: LetterMetadata | null, corrections: LetterCorrections | undefined): LetterMetadata | null {
  if (!corrections) return metadata;
  const fields = Object.entries(corrections) as [MetadataField, FieldCorrection][];
  if (!fields.length) return metadata;
  const merged: LetterMetadata = metadata ? { ...metadata } : { citations: [] };
  for (const [field, correction] of fields) {
    const extracted = metadata?.[field]?.value;
    merged[field] = { value: correction.value, confidence: 1, corrected: true, ...(extracted === undefined ? {} : { extracted }) };
  }
  return merged;
}
