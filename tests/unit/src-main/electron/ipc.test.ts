import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { z } from 'zod';
import { methodNames, methods } from '../../../../src-main/shared/api';
import { ok } from '../../../../src-main/shared/result';
import type { HandlerTable } from '../../../../src-main/node/handlers';
import { isTrustedSender, onTrusted, registerHandlers } from '../../../../src-main/electron/ipc';
import { FakeIpcMain } from './electronMock';

const appFrame = { url: 'app://leeszaal/index.html', parent: null };
const event = (senderFrame: unknown) => ({ senderFrame }) as never;

function setup(overrides: Partial<Record<string, (request: unknown) => Promise<unknown>>> = {}) {
  const ipcMain = new FakeIpcMain();
  const table = Object.fromEntries(methodNames.map((name) => [name, vi.fn(overrides[name] ?? (async () => ok('fine')))]));
  const onBug = vi.fn();
  registerHandlers(ipcMain as unknown as IpcMain, table as unknown as HandlerTable, onBug);
  const invoke = (channel: string, frame: unknown, payload: unknown) => ipcMain.handlers.get(channel)!(event(frame), payload);
  return { ipcMain, table, onBug, invoke };
}

describe('isTrustedSender', () => {
  it.each([
    ['our main frame', appFrame, true],
    ['a subframe of ours', { url: 'app://leeszaal/index.html', parent: appFrame }, false],
    ['another origin', { url: 'https://example.org/', parent: null }, false],
    ['a file: page', { url: 'file:///tmp/x.html', parent: null }, false],
    ['a data: page (About window)', { url: 'data:text/html,x', parent: null }, false],
    ['a destroyed frame', null, false],
  ])('%s -> %s', (_name, frame, expected) => {
    expect(isTrustedSender(event(frame))).toBe(expected);
  });
});

describe('registerHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(methodNames.map((name) => methods[name].channel).sort());
  });

  it('answers a good request from our frame with the handler result', async () => {
    const { invoke, table } = setup();
    await expect(invoke('archive:current', appFrame, {})).resolves.toEqual({ ok: true, value: 'fine' });
    expect(table.currentArchive).toHaveBeenCalledWith({});
  });

  it.each([
    ['wrong origin', { url: 'https://example.org/', parent: null }],
    ['subframe', { url: 'app://leeszaal/index.html', parent: appFrame }],
    ['no frame', null],
  ])('refuses a %s sender without running the handler', async (_name, frame) => {
    const { invoke, table } = setup();
    const result = (await invoke('letters:list', frame, {})) as { ok: boolean; error: { code: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(table.listLetters).not.toHaveBeenCalled();
  });

  it.each([
    ['archive:open', { path: 42 }],
    ['archive:open', { path: '/x', extra: true }],
    ['letter:bytes', { id: '../../etc/passwd' }],
    ['app:diagnostics', 'text'],
  ])('refuses a bad payload on %s with bad-request', async (channel, payload) => {
    const { invoke, table } = setup();
    const result = await invoke(channel, appFrame, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    for (const name of methodNames) expect(table[name]).not.toHaveBeenCalled();
  });

  it('turns a thrown bug into an internal result and reports it', async () => {
    const bug = new Error('boom');
    const { invoke, onBug } = setup({
      listLetters: async () => {
        throw bug;
      },
    });
    const result = (await invoke('letters:list', appFrame, {})) as { ok: false; error: { code: string; message: string } };
    expect(result.error.code).toBe('internal');
    expect(result.error.message).toMatch(/diagnose/);
    expect(onBug).toHaveBeenCalledWith(bug);
  });
});

describe('onTrusted', () => {
  const setupOn = (listener: (payload: string[]) => Promise<void>) => {
    const ipcMain = new FakeIpcMain();
    const onBug = vi.fn();
    onTrusted(ipcMain as unknown as IpcMain, 'window:dropped-paths', z.array(z.string()).min(1), listener, onBug);
    return { send: (frame: unknown, payload: unknown) => ipcMain.emit('window:dropped-paths', event(frame), payload), onBug };
  };

  it('passes a parsed payload from our frame', () => {
    const listener = vi.fn(async () => {});
    setupOn(listener).send(appFrame, ['/a']);
    expect(listener).toHaveBeenCalledWith(['/a']);
  });

  it.each([
    ['an untrusted sender', { url: 'https://x.org', parent: null }, ['/a']],
    ['a bad payload', appFrame, [1]],
    ['an empty payload', appFrame, []],
  ])('drops %s', (_name, frame, payload) => {
    const listener = vi.fn(async () => {});
    setupOn(listener).send(frame, payload);
    expect(listener).not.toHaveBeenCalled();
  });

  it('reports a failing listener as a bug', async () => {
    const bug = new Error('x');
    const { send, onBug } = setupOn(async () => {
      throw bug;
    });
    send(appFrame, ['/a']);
    await vi.waitFor(() => expect(onBug).toHaveBeenCalledWith(bug));
  });
});
