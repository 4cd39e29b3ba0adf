import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { eventNames, events, methodNames, methods, subscriptionName } from '../../../../src-main/shared/api';
import { droppedPathsChannel } from '../../../../src-main/shared/contract/desktop';
import type { ElectronMock } from '../electron/electronMock';

vi.mock('electron', async () => (await import('../electron/electronMock')).createElectronMock());
const mock = electron as unknown as ElectronMock;

type Api = Record<string, (arg?: unknown) => unknown>;

async function loadPreload(): Promise<{ api: Api; listeners: Map<string, (event: unknown) => void> }> {
  const listeners = new Map<string, (event: unknown) => void>();
  vi.stubGlobal('addEventListener', (type: string, listener: (event: unknown) => void) => listeners.set(type, listener));
  vi.resetModules();
  mock.contextBridge.exposeInMainWorld.mockClear();
  await import('../../../../src-main/preload/preload');
  const [world, api] = mock.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Api];
  expect(world).toBe('leeszaal');
  return { api, listeners };
}

describe('preload', () => {
  beforeEach(() => {
    mock.ipcRenderer.removeAllListeners();
    mock.ipcRenderer.send.mockClear();
  });

  it('exposes exactly the contract: one function per method and one onX per event', async () => {
    const { api } = await loadPreload();
    const expected = [...methodNames, ...eventNames.map((event) => subscriptionName(event))].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(mock.ipcRenderer);
  });

  it.each(methodNames)('%s invokes its channel with the request', async (name) => {
    const { api } = await loadPreload();
    await api[name]!({ probe: 1 });
    expect(mock.ipcRenderer.invoke).toHaveBeenLastCalledWith(methods[name].channel, { probe: 1 });
    await api[name]!();
    expect(mock.ipcRenderer.invoke).toHaveBeenLastCalledWith(methods[name].channel, {});
  });

  it.each(eventNames)('on%s delivers the payload only, and unsubscribes', async (event) => {
    const { api } = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = api[subscriptionName(event)]!(listener) as () => void;
    const channel = events[event].channel;
    mock.ipcRenderer.emit(channel, { sender: 'secret' }, { value: 1 });
    expect(listener).toHaveBeenCalledWith({ value: 1 });
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    mock.ipcRenderer.emit(channel, {}, { value: 2 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(mock.ipcRenderer.listenerCount(channel)).toBe(0);
  });

  describe('dropping a folder on the window', () => {
    const dragEvent = (files: { path?: string }[], isTrusted = true, types = ['Files']) => ({
      isTrusted,
      preventDefault: vi.fn(),
      dataTransfer: { types, files },
    });

    it('sends the real paths of dropped files to main', async () => {
      const { listeners } = await loadPreload();
      const event = dragEvent([{ path: '/data/Defensie' }, { path: '' }, {}]);
      listeners.get('drop')!(event);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(mock.ipcRenderer.send).toHaveBeenCalledWith(droppedPathsChannel, ['/data/Defensie']);
    });

    it.each([
      ['a synthetic (untrusted) event', dragEvent([{ path: '/etc' }], false)],
      ['a drag of text, not files', dragEvent([], true, ['text/plain'])],
      ['files the page made itself (no path)', dragEvent([{}, {}])],
    ])('ignores %s', async (_name, event) => {
      const { listeners } = await loadPreload();
      listeners.get('drop')!(event);
      expect(mock.ipcRenderer.send).not.toHaveBeenCalled();
    });

    it('accepts a file drag on dragover and leaves other drags alone', async () => {
      const { listeners } = await loadPreload();
      const files = dragEvent([]);
      const text = dragEvent([], true, ['text/plain']);
      listeners.get('dragover')!(files);
      listeners.get('dragover')!(text);
      expect(files.preventDefault).toHaveBeenCalled();
      expect(text.preventDefault).not.toHaveBeenCalled();
    });
  });
});
