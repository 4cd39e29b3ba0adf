import { z } from 'zod';
import { letterIdSchema } from './archive';

/** A letter's metadata as plain values (no provenance), for the letter list. */
export const letterMetadataSummary = z.object({
  date: z.string().optional(),
  reference: z.string().optional(),
  theirReference: z.string().optional(),
  subject: z.string().optional(),
  sender: z.string().optional(),
  recipient: z.string().optional(),
  pageCount: z.number().int().nonnegative().optional(),
  language: z.string().optional(),
  citationCount: z.number().int().nonnegative(),
});
export type LetterMetadataSummary = z.infer<typeof letterMetadataSummary>;

export const letterStatus = z.enum(['ok', 'encrypted', 'damaged', 'not-a-pdf', 'empty', 'no-text', 'pending']);
export type LetterStatus = z.infer<typeof letterStatus>;

export const letterSummary = z.object({
  id: letterIdSchema,
  /** Path relative to the archive root, with forward slashes. */
  path: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  modified: z.string(),
  kind: z.enum(['pdf', 'txt']),
  status: letterStatus,
  /** Plain metadata values for lists; absent until the letter has been read. */
  metadata: letterMetadataSummary.optional(),
});
export type LetterSummary = z.infer<typeof letterSummary>;

export const lettersListRequest = z.object({}).strict();
export const lettersListResponse = z.array(letterSummary);

export const letterBytesRequest = z.object({ id: letterIdSchema }).strict();
export const letterBytesResponse = z.instanceof(Uint8Array);
