// Every security setting of the desktop shell in one module (STYLE.md 7), tested against the
// electron mock in tests/unit/src-main/electron.
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../shared/contentSecurityPolicy';

/** The only URL scheme and host our renderer is loaded from. */
export const APP_ORIGIN = 'app://leeszaal';

/** webPreferences no window may weaken; a window without `preload` gets no IPC at all. */
export function secureWebPreferences(preload?: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    ...(preload ? { preload } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/** True for a URL of our own renderer. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** True for a link the user may open outside Leeszaal, after confirming: https: and mailto: only. */
export function isAllowedExternal(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

export type ExternalOpener = (url: string) => Promise<void>;

/**
 * Locks down one window's contents: no navigation away from the app, no new windows, no
 * <webview>; an external link is handed to `openExternal` (which asks the user first).
 */
export function guardWebContents(contents: WebContents, openExternal: ExternalOpener): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      if (isAllowedExternal(url)) void openExternal(url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  // Subframes (a link inside a PDF annotation, say) may not navigate anywhere either.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Session-wide guards: permissions and devices denied, CSP header on every response, no remote
 * requests, and no spell-check dictionaries fetched from Google's servers.
 */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalRequest(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
}

/** Requests the renderer may make: its own files, and in-memory data. Nothing over a network. */
export function isLocalRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  return url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:');
}
