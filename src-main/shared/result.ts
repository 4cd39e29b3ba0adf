import { z } from 'zod';

/** Error codes a user can act on; every expected failure is one of these. */
export const errorCodeSchema = z.enum([
  'bad-request',
  'no-archive',
  'not-found',
  'not-allowed',
  'not-a-folder',
  'unreadable',
  'encrypted',
  'damaged',
  'not-a-pdf',
  'empty',
  'disk-full',
  'read-only',
  'bad-query',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({ code: errorCodeSchema, message: z.string() });
export type AppError = z.infer<typeof appErrorSchema>;

/** Expected failures travel as values (STYLE.md 6); bugs are thrown. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** Schema of a Result carrying `value`. */
export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.union([
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);

/** For exhaustive switches: reaching this is a bug. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
