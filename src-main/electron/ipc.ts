// The one door for IPC (STYLE.md 4): every handler is registered through `registerHandlers` or
// `onTrusted`, which check the sender frame and parse the payload before any handler sees it.
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { methods, methodNames } from '../shared/api';
import { fail, type Result } from '../shared/result';
import { dispatch } from '../node/dispatch';
import type { HandlerTable } from '../node/handlers';
import { isAppUrl } from './security';

/** True when the event comes from the main frame of a page we loaded (never a subframe). */
export function isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  return isAppUrl(frame.url);
}

/** Registers every method of the contract on `ipcMain`; payloads are parsed by `dispatch`. */
export function registerHandlers(ipcMain: IpcMain, table: HandlerTable, onBug: (error: unknown) => void): void {
  for (const name of methodNames) {
    ipcMain.handle(methods[name].channel, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) return fail('not-allowed', 'Verzoek van een onbekend venster geweigerd.');
      return dispatch(table, name, payload, onBug);
    });
  }
}

/**
 * Listens to a one-way message from our preload (not part of LeeszaalApi): an untrusted sender or
 * a payload the schema refuses is dropped; a handler that throws is reported as a bug.
 */
export function onTrusted<S extends z.ZodType>(
  ipcMain: IpcMain,
  channel: string,
  schema: S,
  listener: (payload: z.output<S>) => Promise<void>,
  onBug: (error: unknown) => void,
): void {
  ipcMain.on(channel, (event, payload: unknown) => {
    if (!isTrustedSender(event)) return;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return;
    listener(parsed.data).catch(onBug);
  });
}
