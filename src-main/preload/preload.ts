// The preload: a narrow facade (STYLE.md 5). Exposes exactly the named methods of LeeszaalApi on
// window.leeszaal; never ipcRenderer itself. Bundled to one CommonJS file (sandbox: true).
import { contextBridge, ipcRenderer } from 'electron';
import { eventNames, events, methodNames, methods, subscriptionName } from '../shared/api';

const api: Record<string, unknown> = {};
for (const name of methodNames) {
  const channel = methods[name].channel;
  api[name] = (request: unknown) => ipcRenderer.invoke(channel, request ?? {});
}
for (const event of eventNames) {
  const channel = events[event].channel;
  api[subscriptionName(event)] = (listener: (payload: unknown) => void) => {
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  };
}
contextBridge.exposeInMainWorld('leeszaal', Object.freeze(api));
