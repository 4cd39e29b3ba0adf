import type { IpcRenderer } from 'electron';
import { eventChannels, methodChannels, subscriptionName } from '../shared/channels';

/**
 * The object exposed as window.leeszaal: exactly one function per contract method (invoking its
 * channel) and one `onX` per event, returning its unsubscribe. Never ipcRenderer itself.
 */
export function buildApi(ipcRenderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): Readonly<Record<string, unknown>> {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(methodChannels)) {
    api[name] = (request: unknown) => ipcRenderer.invoke(channel, request ?? {});
  }
  for (const [event, channel] of Object.entries(eventChannels)) {
    api[subscriptionName(event)] = (listener: (payload: unknown) => void) => {
      // Only the payload crosses: the IPC event (with its sender) stays in the preload.
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    };
  }
  return Object.freeze(api);
}
