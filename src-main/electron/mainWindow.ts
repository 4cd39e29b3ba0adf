// The main window: created with the secure preferences, at the size and place the user left it.
import { BrowserWindow, screen } from 'electron';
import { loadWindowBounds, saveWindowBounds } from './windowBounds';
import { APP_ORIGIN, secureWebPreferences } from './security';

export type MainWindowOptions = {
  boundsFile: string;
  preload: string;
  /** Window icon for Linux (Windows and macOS take it from the executable). */
  icon?: string;
  onBug: (error: unknown) => void;
};

export type MainWindow = {
  window: BrowserWindow;
  /** Resolves once the last bounds are on disk; awaited before the app quits. */
  flushBounds: () => Promise<void>;
};

const SAVE_DELAY_MS = 500;

/** Opens the main window on the renderer and keeps its bounds saved. */
export async function createMainWindow({ boundsFile, preload, icon, onBug }: MainWindowOptions): Promise<MainWindow> {
  const restored = await loadWindowBounds(
    boundsFile,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const { maximized, ...bounds } = restored;
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Leeszaal',
    show: false,
    backgroundColor: '#ffffff',
    ...(icon ? { icon } : {}),
    webPreferences: secureWebPreferences(preload),
  });
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let pending: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const { x, y, width, height } = window.getNormalBounds();
    const next = { x, y, width, height, maximized: window.isMaximized() };
    pending = pending.then(() => saveWindowBounds(boundsFile, next)).catch(onBug);
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });

  await window.loadURL(`${APP_ORIGIN}/index.html`);
  return { window, flushBounds: () => pending };
}
