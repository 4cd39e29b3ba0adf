import { z } from 'zod';
import { commandIds } from '../commands';

/** `command:run`: a native menu item (desktop app) asks the renderer to run a command. */
export const commandRunEvent = z.object({ id: z.enum(commandIds) });
export type CommandRunEvent = z.infer<typeof commandRunEvent>;

export const diagnosticsRequest = z.object({}).strict();
/** Text for the helpdesk: versions, OS, redacted paths, recent log lines; never letter content. */
export const diagnosticsResponse = z.object({ text: z.string() });
export type Diagnostics = z.infer<typeof diagnosticsResponse>;

/** The folders dropped on the window (channel: droppedPathsChannel in ../channels). */
export { droppedPathsChannel } from '../channels';
export const droppedPaths = z.array(z.string().min(1).max(4096)).min(1).max(20);
