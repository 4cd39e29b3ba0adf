import { BrowserWindow } from 'electron';
import { secureWebPreferences } from '../security';

let open: BrowserWindow | null = null;

/** Shows the About page in its own small window (one at a time), without preload or IPC. */
export async function showAboutWindow(parent: BrowserWindow | null, title: string, html: string): Promise<void> {
  if (open && !open.isDestroyed()) {
    open.focus();
    return;
  }
  const window = new BrowserWindow({
    width: 620,
    height: 680,
    title,
    ...(parent ? { parent } : {}),
    autoHideMenuBar: true,
    minimizable: false,
    webPreferences: secureWebPreferences(),
  });
  open = window;
  window.setMenu(null);
  window.on('closed', () => {
    open = null;
  });
  await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
}
