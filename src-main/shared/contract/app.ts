import { z } from 'zod';

export const appInfoRequest = z.object({}).strict();
export const appInfoResponse = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(['ipc', 'http']),
  versions: z.record(z.string(), z.string()),
  locale: z.string(),
});
export type AppInfo = z.infer<typeof appInfoResponse>;
