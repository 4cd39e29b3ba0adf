// Builds a metadata field with its provenance.
import type { Provenance } from '../../shared/contract/letterContent';
import { type LetterLine, provenanceOf } from './letterLines';

export type Field<T> = { value: T; source?: Provenance; confidence: number };

/** A field read from `lines`, with how sure the rule that found it is. */
export function fieldFrom<T>(value: T, lines: readonly LetterLine[], confidence: number): Field<T> {
  const source = provenanceOf(lines);
  return source ? { value, source, confidence } : { value, confidence };
}
