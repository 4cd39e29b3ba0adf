// A hand-built fake of the parts of `electron` Leeszaal's main process and preload use (the
// Electron binary cannot be downloaded on our machines). Use it with
// `vi.mock('electron', async () => (await import('./electronMock')).createElectronMock())`.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** A WebContents: events, window-open handler, sent messages. */
export class FakeWebContents extends EventEmitter {
  sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /** Emits a cancellable event the way Electron does; returns whether it was prevented. */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

/** A BrowserWindow that records what main did to it. */
export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  bounds: { x: number; y: number; width: number; height: number };
  maximized = false;
  minimized = false;
  focused = false;
  destroyed = false;
  menu: unknown = undefined;
  constructor(public options: Record<string, unknown>) {
    super();
    this.bounds = {
      x: (options.x as number) ?? 10,
      y: (options.y as number) ?? 10,
      width: (options.width as number) ?? 800,
      height: (options.height as number) ?? 600,
    };
    FakeBrowserWindow.instances.push(this);
  }
  async loadURL(url: string) {
    this.loadedUrl = url;
    this.emit('ready-to-show');
  }
  show() {}
  focus() {
    this.focused = true;
  }
  restore() {
    this.minimized = false;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return this.minimized;
  }
  isFullScreen() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  getNormalBounds() {
    return this.bounds;
  }
  setMenu(menu: unknown) {
    this.menu = menu;
  }
}

/** ipcMain with the registered handlers and listeners exposed for the test to call. */
export class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, Listener>();
  handle(channel: string, handler: Listener) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
}

/** A session whose guards the test can call. */
export function createFakeSession() {
  const session = {
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    devicePermission: null as Listener | null,
    spellChecker: true,
    beforeRequest: null as Listener | null,
    headersReceived: null as Listener | null,
    setPermissionRequestHandler: (handler: Listener) => (session.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => (session.permissionCheck = handler),
    setDevicePermissionHandler: (handler: Listener) => (session.devicePermission = handler),
    setSpellCheckerEnabled: (enabled: boolean) => (session.spellChecker = enabled),
    webRequest: {
      onBeforeRequest: (handler: Listener) => (session.beforeRequest = handler),
      onHeadersReceived: (handler: Listener) => (session.headersReceived = handler),
    },
  };
  return session;
}

/** The whole fake module. */
export function createElectronMock() {
  FakeBrowserWindow.instances = [];
  const appEvents = new EventEmitter();
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = Object.assign(appEvents, {
    isPackaged: false,
    gotLock: true,
    paths: {} as Record<string, string>,
    recentDocuments: [] as string[],
    resolveReady: () => resolveReady(),
    whenReady: () => ready,
    requestSingleInstanceLock: vi.fn(() => app.gotLock),
    quit: vi.fn(),
    setName: vi.fn(),
    getLocale: vi.fn(() => 'nl-NL'),
    getAppPath: () => '/app',
    getPath: (name: string) => app.paths[name] ?? `/fake/${name}`,
    setPath: (name: string, value: string) => {
      app.paths[name] = value;
    },
    addRecentDocument: (file: string) => app.recentDocuments.push(file),
  });
  const menu = { template: null as unknown[] | null };
  const ipcRendererEvents = new EventEmitter();
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: new FakeIpcMain(),
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })),
    },
    Menu: {
      applied: menu,
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn((built: { template: unknown[] } | null) => {
        menu.template = built?.template ?? null;
      }),
    },
    shell: { openExternal: vi.fn(async () => {}), openPath: vi.fn(async () => '') },
    clipboard: { writeText: vi.fn(async (_text: string) => {}) },
    session: { defaultSession: createFakeSession() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    webContents: { getAllWebContents: () => FakeBrowserWindow.instances.map((window) => window.webContents) },
    // Preload side.
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: Object.assign(ipcRendererEvents, {
      invoke: vi.fn(async (channel: string, payload: unknown) => ({ channel, payload })),
      send: vi.fn(),
    }),
    webUtils: { getPathForFile: vi.fn((file: { path?: string }) => file.path ?? '') },
  };
}

export type ElectronMock = ReturnType<typeof createElectronMock>;
