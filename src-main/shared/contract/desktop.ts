import { z } from 'zod';
import { commandIds } from '../commands';

/** `command:run`: a native menu item (desktop app) asks the renderer to run a command. */
export const commandRunEvent = z.object({ id: z.enum(commandIds) });
export type CommandRunEvent = z.infer<typeof commandRunEvent>;

export const diagnosticsRequest = z.object({}).strict();
/** Text for the helpdesk: versions, OS, redacted paths, recent log lines; never letter content. */
export const diagnosticsResponse = z.object({ text: z.string() });
export type Diagnostics = z.infer<typeof diagnosticsResponse>;

/**
 * Preload -> main only, never on window.leeszaal: the paths of folders the user dropped on the
 * window. The preload reads them with webUtils.getPathForFile, which gives no path for a File
 * the page made itself, so a page cannot forge a drop.
 */
export const droppedPathsChannel = 'window:dropped-paths';
export const droppedPaths = z.array(z.string().min(1).max(4096)).min(1).max(20);
