import { z } from 'zod';
import { commandIds } from '../commands';

/** `command:run`: a native menu item (desktop app) asks the renderer to run a command. */
export const commandRunEvent = z.object({ id: z.enum(commandIds) });
export type CommandRunEvent = z.infer<typeof commandRunEvent>;

export const diagnosticsRequest = z.object({}).strict();
/** Text for the helpdesk: versions, OS, redacted paths, recent log lines; never letter content. */
export const diagnosticsResponse = z.object({ text: z.string() });
export type Diagnostics = z.infer<typeof diagnosticsResponse>;
