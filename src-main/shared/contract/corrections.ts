// Corrections a user makes to a letter's extracted metadata, and unlocking an encrypted letter
// (DESIGN.md "The archive on disk": metadata-overrides.json).
import { z } from 'zod';
import { letterIdSchema } from './archive';
import { letterMetadataSchema } from './letterContent';
import { letterStatus } from './letters';

/** The metadata fields a user can correct. */
export const correctableField = z.enum(['date', 'reference', 'theirReference', 'subject', 'sender', 'recipient']);
export type CorrectableField = z.infer<typeof correctableField>;

export const metadataCorrectRequest = z
  .object({
    id: letterIdSchema,
    field: correctableField,
    /**
     * The corrected value; null removes the correction (back to the extracted value). A date must
     * be YYYY-MM-DD: checked by the handler, so that the user reads one plain Dutch sentence.
     */
    value: z.string().trim().min(1, 'een waarde, of null om de correctie te verwijderen').max(2000).nullable(),
  })
  .strict();
export type MetadataCorrectRequest = z.infer<typeof metadataCorrectRequest>;

/** The letter's metadata with every correction applied. */
export const metadataCorrectResponse = z.object({ id: letterIdSchema, metadata: letterMetadataSchema.nullable() });

export const letterUnlockRequest = z.object({ id: letterIdSchema, password: z.string().min(1).max(1000) }).strict();
/** The letter's status after reading it with the password ('ok' when it could be read). */
export const letterUnlockResponse = z.object({ id: letterIdSchema, status: letterStatus });

/** True for an existing calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
