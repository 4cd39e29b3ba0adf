// Electron's main process: one window over the handler table, locked down by security.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { events, type EventName, type EventOf } from '../shared/api';
import { appVersion } from '../node/appVersion';
import { createHandlers } from '../node/handlers';
import { registerHandlers } from './ipc';
import { serveRenderer } from './rendererProtocol';
import { APP_ORIGIN, guardSession, guardWebContents, secureWebPreferences } from './security';

const here = path.dirname(fileURLToPath(import.meta.url));
const allowedFolders = new Set<string>();
let mainWindow: BrowserWindow | null = null;

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

function folderArgument(argv: readonly string[]): string | undefined {
  return argv.slice(app.isPackaged ? 1 : 2).find((arg) => !arg.startsWith('-'));
}

async function confirmExternal(url: string): Promise<void> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Openen', 'Annuleren'],
    defaultId: 1,
    cancelId: 1,
    message: 'Deze link opent buiten Leeszaal.',
    detail: url,
  });
  if (response === 0) await shell.openExternal(url);
}

function emit<E extends EventName>(event: E, payload: EventOf<E>): void {
  mainWindow?.webContents.send(events[event].channel, payload);
}

async function start(): Promise<void> {
  await app.whenReady();
  guardSession(session.defaultSession);
  serveRenderer(protocol, path.join(here, '../renderer'));

  const startArchive = folderArgument(process.argv);
  if (startArchive) allowedFolders.add(path.resolve(startArchive));
  const table = createHandlers({
    transport: 'ipc',
    appVersion,
    versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node },
    locale: app.getLocale(),
    appDataDir: app.getPath('userData'),
    startArchive: startArchive ? path.resolve(startArchive) : undefined,
    mayOpen: async (folder) => {
      if (allowedFolders.has(folder)) return true;
      const recent = await table.recentArchives({});
      return recent.ok && recent.value.some((entry) => entry.root === folder);
    },
    chooseFolder: async () => {
      const options = { title: 'Archief openen', properties: ['openDirectory' as const] };
      const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      const folder = chosen.canceled ? undefined : chosen.filePaths[0];
      if (folder) allowedFolders.add(path.resolve(folder));
      return folder ?? null;
    },
    emit,
  });
  registerHandlers(ipcMain, table, (error) => console.error(error));

  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    const folder = folderArgument(argv);
    if (folder) {
      allowedFolders.add(path.resolve(folder));
      void table.openArchive({ path: path.resolve(folder) });
    }
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, confirmExternal));

  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Leeszaal',
    show: false,
    webPreferences: secureWebPreferences(path.join(here, '../preload/index.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => app.quit());
start().catch((error: unknown) => {
  console.error(error);
  app.quit();
});
