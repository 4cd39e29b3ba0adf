import { z } from 'zod';

export const letterIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a letter id is a SHA-256 in hex');
export type LetterId = z.infer<typeof letterIdSchema>;

export const archiveOpenRequest = z
  .object({
    /** Absolute folder path; omitted = the archive this window or server was started with. */
    path: z.string().min(1).optional(),
  })
  .strict();

export const archiveSummary = z.object({
  root: z.string(),
  name: z.string(),
  letterCount: z.number().int().nonnegative(),
  /** Where Leeszaal keeps its own data for this archive. */
  sidecar: z.string(),
  /** True when the archive folder is read-only and the sidecar lives in the app-data folder. */
  sidecarElsewhere: z.boolean(),
});
export type ArchiveSummary = z.infer<typeof archiveSummary>;

/** Asks main to show a folder dialog and open the chosen folder (null when cancelled). */
export const archiveChooseRequest = z.object({}).strict();

export const archiveCurrentRequest = z.object({}).strict();
export const archiveCurrentResponse = archiveSummary.nullable();

export const archiveRecentRequest = z.object({}).strict();
export const archiveRecentResponse = z.array(z.object({ root: z.string(), name: z.string(), openedAt: z.string() }));

export const progressEvent = z.object({
  phase: z.enum(['scan', 'extract', 'index', 'done']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** The letter being read (its path in the archive); no prose: the UI words the phase itself. */
  current: z.string().optional(),
  /** Estimated milliseconds left, when known. */
  etaMs: z.number().nonnegative().optional(),
  /**
   * With phase 'done': what could not be saved (a full disk, a folder that became read-only), in
   * one Dutch sentence the user can act on. What was read and indexed meanwhile stays usable.
   */
  problem: z.string().optional(),
});
export type ProgressEvent = z.infer<typeof progressEvent>;
