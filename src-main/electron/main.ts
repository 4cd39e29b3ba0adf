// Electron's main process: wiring only. One window over the handler table, locked down by
// security.ts; menus from the shared command list; one instance per user.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, clipboard, dialog, ipcMain, Menu, protocol, session, shell, type BrowserWindow } from 'electron';
import { events, type EventName, type EventOf } from '../shared/api';
import { commandLabels, commandLanguage } from '../shared/commandLabels';
import { droppedPaths, droppedPathsChannel } from '../shared/contract/desktop';
import { appDataDir } from '../node/appDataDir';
import { appVersion } from '../node/appVersion';
import { createHandlers } from '../node/handlers';
import { createLogger } from '../node/log/createLogger';
import { logFile } from '../node/log/logFile';
import { aboutPage } from './about/aboutPage';
import { loadLicences } from './about/loadLicences';
import { showAboutWindow } from './about/showAboutWindow';
import { archiveArgument } from './appArguments';
import { createCommandRunner } from './commandRunner';
import { createDialogs } from './dialogs';
import { archiveFromDrop } from './droppedFolders';
import { onTrusted, registerHandlers } from './ipc';
import { createMainWindow, type MainWindow } from './mainWindow';
import { buildMenuTemplate } from './menu/buildMenuTemplate';
import { menuText } from './menu/menuText';
import { pathKindOnDisk } from './pathKind';
import { serveRenderer } from './rendererProtocol';
import { guardSession, guardWebContents } from './security';

const here = path.dirname(fileURLToPath(import.meta.url));

// The same app-data folder as `leeszaal serve` (Electron would use the lower-case package name).
app.setName('Leeszaal');
app.setPath('userData', appDataDir());

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// A second launch hands its arguments to the first (see 'second-instance') and stops here.
if (app.requestSingleInstanceLock()) runApp();
else app.quit();

function runApp(): void {
  const userData = app.getPath('userData');
  const logger = createLogger({ file: logFile(userData, 'main'), homeDir: app.getPath('home') });
  const onBug = (error: unknown) => logger.error('bug', error);
  process.on('unhandledRejection', (reason) => logger.error('unhandled-rejection', reason));
  logger.info('start', { version: appVersion, electron: process.versions.electron, platform: process.platform });

  const allowedFolders = new Set<string>();
  let current: MainWindow | null = null;
  let pendingArchive = archiveArgument(process.argv, app.isPackaged, process.cwd(), pathKindOnDisk);
  let closeArchive: () => Promise<void> = async () => {};
  let openFolder: (folder: string) => Promise<void> = async (folder) => {
    pendingArchive = folder; // before the window exists: opened at start
  };

  // macOS delivers a PDF opened through the file association as an event, not an argument.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    const folder = archiveFromDrop([file], pathKindOnDisk);
    if (folder) openFolder(folder).catch(onBug);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = current?.window;
    if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const folder = archiveArgument(argv, app.isPackaged, workingDirectory, pathKindOnDisk);
    if (folder) openFolder(folder).catch(onBug);
  });
  app.on('window-all-closed', () => {
    // The last bounds must reach the disk before the process ends.
    // The archive's extraction workers and watcher are stopped so the process can end.
    const flushed = current ? current.flushBounds() : Promise.resolve();
    void flushed
      .then(() => closeArchive())
      .catch(onBug)
      .finally(() => app.quit());
  });

  const start = async () => {
    const language = commandLanguage(app.getLocale());
    const text = menuText[language];
    const windowOf = (): BrowserWindow | null => (current && !current.window.isDestroyed() ? current.window : null);
    const dialogs = createDialogs({ dialog, shell, window: windowOf, text, documentsDir: app.getPath('documents') });

    guardSession(session.defaultSession);
    app.on('web-contents-created', (_event, contents) => guardWebContents(contents, dialogs.confirmExternal));
    serveRenderer(protocol, path.join(here, '../renderer'));

    const versions = {
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
      v8: process.versions.v8,
    };
    const emit = <E extends EventName>(event: E, payload: EventOf<E>) => {
      windowOf()?.webContents.send(events[event].channel, payload);
      if (event === 'archiveOpened') {
        app.addRecentDocument((payload as EventOf<'archiveOpened'>).root);
        refreshMenu().catch(onBug);
      }
    };
    const table = createHandlers({
      transport: 'ipc',
      appVersion,
      versions,
      locale: app.getLocale(),
      appDataDir: userData,
      startArchive: pendingArchive,
      mayOpen: async (folder) => {
        if (allowedFolders.has(folder)) return true;
        const recent = await table.recentArchives({});
        return recent.ok && recent.value.some((entry) => entry.root === folder);
      },
      chooseFolder: async () => {
        const folder = await dialogs.chooseFolder();
        if (folder) allowedFolders.add(folder);
        return folder;
      },
      chooseSaveFile: dialogs.chooseSaveFile,
      logger,
      emit,
    });
    if (pendingArchive) allowedFolders.add(pendingArchive);
    registerHandlers(ipcMain, table, onBug);
    closeArchive = table.close;

    openFolder = async (folder) => {
      allowedFolders.add(folder);
      const opened = await table.openArchive({ path: folder });
      if (opened.ok) logger.info('archive-opened', { letters: opened.value.letterCount });
      else await dialogs.inform(opened.error.message, 'error');
    };
    onTrusted(ipcMain, droppedPathsChannel, droppedPaths, async (paths) => {
      const folder = archiveFromDrop(paths, pathKindOnDisk);
      if (folder) await openFolder(folder);
    }, onBug);

    const runCommand = createCommandRunner(
      emit,
      {
        about: async () => {
          const licences = await loadLicences(path.join(here, 'licences.json'));
          const html = aboutPage({ language, appVersion, versions, licences });
          await showAboutWindow(windowOf(), commandLabels[language].about, html);
        },
        copyDiagnostics: async () => {
          const diagnostics = await table.diagnostics({});
          if (!diagnostics.ok) return dialogs.inform(diagnostics.error.message, 'error');
          await clipboard.writeText(diagnostics.value.text);
          await dialogs.inform(text.diagnosticsCopied);
        },
        openLogFolder: async () => {
          const problem = await shell.openPath(path.dirname(logger.file));
          if (problem) logger.warn('open-log-folder-failed');
        },
      },
      onBug,
    );
    const refreshMenu = async () => {
      const recent = await table.recentArchives({});
      const template = buildMenuTemplate({
        language,
        platform: process.platform,
        isPackaged: app.isPackaged,
        recent: recent.ok ? recent.value : [],
        runCommand,
        openRecent: (root) => void openFolder(root).catch(onBug),
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    };
    await refreshMenu();

    current = await createMainWindow({
      boundsFile: path.join(userData, 'window-bounds.json'),
      preload: path.join(here, '../preload/index.cjs'),
      ...(process.platform === 'linux' ? { icon: path.join(app.getAppPath(), 'assets/icons/256x256.png') } : {}),
      onBug,
    });
  };

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logger.error('start-failed', error);
      app.quit();
    });
}
