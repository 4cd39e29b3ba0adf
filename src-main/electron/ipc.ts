// The one door for IPC (STYLE.md 4): every handler is registered through `registerHandlers`,
// which checks the sender frame and parses the payload before the handler sees it.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { methods, methodNames } from '../shared/api';
import { fail, type Result } from '../shared/result';
import { dispatch } from '../node/dispatch';
import type { HandlerTable } from '../node/handlers';
import { isAppUrl } from './security';

/** True when the event comes from the main frame of a page we loaded. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  return isAppUrl(frame.url);
}

/** Registers every method of the contract on `ipcMain`. */
export function registerHandlers(ipcMain: IpcMain, table: HandlerTable, onBug: (error: unknown) => void): void {
  for (const name of methodNames) {
    ipcMain.handle(methods[name].channel, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) return fail('not-allowed', 'Verzoek van een onbekend venster geweigerd.');
      return dispatch(table, name, payload, onBug);
    });
  }
}
