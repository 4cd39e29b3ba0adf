// The main process's wiring, run against the electron mock: lock, window, IPC, menus, commands,
// second instance, drop, and saving the bounds before quitting.
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { methodNames, methods } from '../../../../src-main/shared/api';
import { droppedPathsChannel } from '../../../../src-main/shared/contract/desktop';
import { generateArchive } from '../../../fixtures/generateLetters';
import { FakeBrowserWindow, FakeWebContents, type ElectronMock } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).createElectronMock());
const mock = electron as unknown as ElectronMock;

const appFrame = { senderFrame: { url: 'app://leeszaal/index.html', parent: null } };

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

async function launch(gotLock = true) {
  const appData = mkdtempSync(path.join(os.tmpdir(), 'lz-main-'));
  vi.stubEnv('LEESZAAL_APP_DATA', appData);
  vi.resetModules();
  Object.assign(mock.app, { gotLock, paths: {} });
  mock.app.removeAllListeners();
  mock.ipcMain.handlers.clear();
  mock.ipcMain.removeAllListeners();
  FakeBrowserWindow.instances = [];
  for (const fn of [mock.app.quit, mock.Menu.setApplicationMenu, mock.clipboard.writeText, mock.dialog.showMessageBox]) fn.mockClear();
  const argv = process.argv;
  process.argv = ['electron', '.']; // as `npm start` runs it, with no archive argument
  try {
    await import('../../../../src-main/electron/main');
  } finally {
    process.argv = argv;
  }
  return { appData };
}

async function ready() {
  mock.app.resolveReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.instances[0]?.loadedUrl).toBeTruthy());
  const window = FakeBrowserWindow.instances[0]!;
  const menu = () => flatten((mock.Menu.applied.template ?? []) as MenuItemConstructorOptions[]);
  return { window, menu };
}

describe('main process', () => {
  beforeEach(() => {
    vi.spyOn(process, 'on').mockImplementation(() => process);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('quits at once when another instance holds the lock', async () => {
    await launch(false);
    expect(mock.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(mock.app.quit).toHaveBeenCalled();
    expect(mock.app.listenerCount('second-instance')).toBe(0);
    expect(mock.ipcMain.handlers.size).toBe(0);
  });

  it('uses the same app-data folder as the CLI and registers the app: scheme', async () => {
    const { appData } = await launch();
    expect(mock.app.getPath('userData')).toBe(appData);
    expect(mock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('opens one locked-down window on the app, with every contract channel behind the door', async () => {
    await launch();
    const { window } = await ready();
    expect(window.loadedUrl).toBe('app://leeszaal/index.html');
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect([...mock.ipcMain.handlers.keys()].sort()).toEqual(methodNames.map((name) => methods[name].channel).sort());
    expect(mock.session.defaultSession.beforeRequest).toBeTypeOf('function');
    expect(mock.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('guards every web contents created later (About window, devtools)', async () => {
    await launch();
    await ready();
    const contents = new FakeWebContents();
    mock.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
  });

  it('builds the Dutch menu and sends renderer commands as command:run', async () => {
    await launch();
    const { window, menu } = await ready();
    const search = menu().find((item) => item.id === 'focusSearch')!;
    expect(search).toMatchObject({ label: 'Zoeken', accelerator: 'CmdOrCtrl+F' });
    (search.click as () => void)();
    expect(window.webContents.sent).toContainEqual({ channel: 'command:run', payload: { id: 'focusSearch' } });
  });

  it('copies redacted diagnostics to the clipboard from the Help menu', async () => {
    await launch();
    const { menu } = await ready();
    (menu().find((item) => item.id === 'copyDiagnostics')!.click as () => void)();
    await vi.waitFor(() => expect(mock.clipboard.writeText).toHaveBeenCalled());
    const text = String(mock.clipboard.writeText.mock.calls[0]![0]);
    expect(text).toMatch(/^Leeszaal — diagnose/);
    expect(text).not.toContain(os.homedir() + path.sep);
  });

  it('a second launch focuses the window and opens its folder argument', async () => {
    await launch();
    const { window, menu } = await ready();
    const archive = mkdtempSync(path.join(os.tmpdir(), 'lz-second-'));
    await generateArchive(archive, 2);
    window.minimized = true;
    mock.app.emit('second-instance', {}, ['Leeszaal', '--flag', archive], '/');
    expect(window.focused).toBe(true);
    expect(window.minimized).toBe(false);
    await vi.waitFor(() => expect(window.webContents.sent.map((sent) => sent.channel)).toContain('archive:opened'));
    // ... and the Recent menu lists it.
    await vi.waitFor(() => expect(menu().some((item) => item.label === path.basename(archive))).toBe(true));
  });

  it('opens a folder dropped on the window, but not when another frame sends it', async () => {
    await launch();
    const { window } = await ready();
    const archive = mkdtempSync(path.join(os.tmpdir(), 'lz-drop-'));
    await generateArchive(archive, 1);
    mock.ipcMain.emit(droppedPathsChannel, { senderFrame: { url: 'https://evil.example', parent: null } }, [archive]);
    mock.ipcMain.emit(droppedPathsChannel, appFrame, [archive]);
    await vi.waitFor(() => expect(window.webContents.sent.filter((sent) => sent.channel === 'archive:opened')).toHaveLength(1));
  });

  it('ignores a dropped path that does not exist, without a dialog', async () => {
    await launch();
    await ready();
    const missing = path.join(os.tmpdir(), 'lz-missing-folder', 'brief.pdf');
    mock.ipcMain.emit(droppedPathsChannel, appFrame, [missing]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mock.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('saves the window bounds before it quits', async () => {
    const { appData } = await launch();
    const { window } = await ready();
    window.bounds = { x: 40, y: 50, width: 1000, height: 700 };
    window.emit('close');
    mock.app.emit('window-all-closed');
    await vi.waitFor(() => expect(mock.app.quit).toHaveBeenCalled());
    expect(existsSync(path.join(appData, 'window-bounds.json'))).toBe(true);
  });
});
