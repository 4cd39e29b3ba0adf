// How the metadata quality test compares what Leeszaal read with what a careful reader wrote on
// the archive card (../shared/corpus/labels.json). Documented in docs/metadata.md.
import type { LetterMetadata } from '../../src-main/shared/contract/letterContent';

export type CorpusLabel = {
  file: string;
  kind: string;
  language: string | null;
  pageCount: number | null;
  date: string | null;
  reference: string | null;
  theirReference: string | null;
  subject: string | null;
  sender: string[];
  recipient: string[];
  citations: string[];
};

export const scoredFields = ['date', 'reference', 'theirReference', 'subject', 'sender', 'recipient'] as const;
export type ScoredField = (typeof scoredFields)[number];

/**
 * "Exact" after the differences a reader does not see: Unicode compatibility forms (ligatures),
 * runs of whitespace (and a stray space before a hyphen), curly versus straight quotes, and the case of the first letter ("de
 * Voorzitter" at the start of a line is "De Voorzitter"). Everything else must match.
 */
export function normalise(value: string): string {
  const text = value
    .normalize('NFKC')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ (?=-\S)/g, '') // "RFC -2020-2": a stray space the text layer put before a hyphen
    .trim();
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Whether one field was read right: the same value, or nothing where the card says nothing. */
export function fieldCorrect(field: ScoredField, label: CorpusLabel, metadata: LetterMetadata): boolean {
  const got = metadata[field]?.value;
  const expected = label[field];
  const acceptable = (Array.isArray(expected) ? expected : expected === null ? [] : [expected]).map(normalise);
  if (acceptable.length === 0) return got === undefined;
  return got !== undefined && acceptable.includes(normalise(got));
}

/** The expected value(s) of a field as text, for the list of misses. */
export function expectedText(field: ScoredField, label: CorpusLabel): string {
  const expected = label[field];
  if (Array.isArray(expected)) return expected.length ? expected.map((e) => JSON.stringify(e)).join(' | ') : '(niets)';
  return expected === null ? '(niets)' : JSON.stringify(expected);
}
