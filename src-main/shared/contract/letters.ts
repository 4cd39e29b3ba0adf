import { z } from 'zod';
import { letterIdSchema } from './archive';

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
});
export type LetterSummary = z.infer<typeof letterSummary>;

export const lettersListRequest = z.object({}).strict();
export const lettersListResponse = z.array(letterSummary);

export const letterBytesRequest = z.object({ id: letterIdSchema }).strict();
export const letterBytesResponse = z.instanceof(Uint8Array);
