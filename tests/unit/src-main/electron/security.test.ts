import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../../../../src-main/shared/contentSecurityPolicy';
import {
  guardSession,
  guardWebContents,
  isAllowedExternal,
  isAppUrl,
  isLocalRequest,
  secureWebPreferences,
} from '../../../../src-main/electron/security';
import { createFakeSession, FakeWebContents } from './electronMock';

describe('secureWebPreferences', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
  ] as const)('sets %s to %s', (key, value) => {
    expect(secureWebPreferences('/p/index.cjs')[key]).toBe(value);
  });

  it('has a preload only when given one', () => {
    expect(secureWebPreferences('/p/index.cjs').preload).toBe('/p/index.cjs');
    expect(secureWebPreferences()).not.toHaveProperty('preload');
  });
});

describe('URL guards', () => {
  it.each([
    ['app://leeszaal/index.html', true],
    ['app://leeszaal/assets/x.js', true],
    ['app://other/index.html', false],
    ['app://leeszaal.evil/index.html', false],
    ['https://leeszaal/index.html', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('isAppUrl(%s) = %s', (url, expected) => expect(isAppUrl(url)).toBe(expected));

  it.each([
    ['https://www.tweedekamer.nl/kamerstukken', true],
    ['mailto:helpdesk@example.nl', true],
    ['http://www.tweedekamer.nl', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['', false],
  ])('isAllowedExternal(%s) = %s', (url, expected) => expect(isAllowedExternal(url)).toBe(expected));

  it.each([
    ['app://leeszaal/index.html', true],
    ['app://leeszaal/pdfjs/cmaps/UniJIS-UCS2-H.bcmap', true],
    ['data:image/svg+xml,<svg/>', true],
    ['blob:app://leeszaal/1234', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://fonts.googleapis.com/css', false],
    ['http://127.0.0.1:8080/api', false],
    ['ws://127.0.0.1:9222', false],
    ['file:///etc/passwd', false],
    ['app://elsewhere/x', false],
    ['chrome-extension://abc/x.js', false],
  ])('isLocalRequest(%s) = %s', (url, expected) => expect(isLocalRequest(url)).toBe(expected));
});

describe('guardWebContents', () => {
  const setup = () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn(async () => {});
    guardWebContents(contents as unknown as WebContents, openExternal);
    return { contents, openExternal };
  };

  it('keeps navigation inside the app', () => {
    const { contents, openExternal } = setup();
    expect(contents.fire('will-navigate', 'app://leeszaal/index.html')).toBe(false);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'http://example.org')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('hands an https: link to the confirming opener instead of navigating', () => {
    const { contents, openExternal } = setup();
    expect(contents.fire('will-navigate', 'https://zoek.officielebekendmakingen.nl')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://zoek.officielebekendmakingen.nl');
  });

  it('refuses redirects away from the app and <webview>', () => {
    const { contents } = setup();
    expect(contents.fire('will-redirect', 'https://example.org')).toBe(true);
    expect(contents.fire('will-redirect', 'app://leeszaal/index.html')).toBe(false);
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('refuses subframe navigation away from the app', () => {
    const { contents } = setup();
    const fire = (url: string, isMainFrame: boolean) => {
      let prevented = false;
      contents.emit('will-frame-navigate', { url, isMainFrame, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(fire('https://example.org', false)).toBe(true);
    expect(fire('app://leeszaal/index.html', false)).toBe(false);
  });

  it.each(['https://example.org', 'mailto:a@b.nl', 'file:///x', 'app://leeszaal/index.html'])(
    'never opens a new window (%s)',
    (url) => {
      const { contents, openExternal } = setup();
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      expect(openExternal).toHaveBeenCalledTimes(isAllowedExternal(url) ? 1 : 0);
    },
  );
});

describe('guardSession', () => {
  const setup = () => {
    const session = createFakeSession();
    guardSession(session as unknown as Session);
    return session;
  };

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('denies the %s permission', (permission) => {
    const session = setup();
    const callback = vi.fn();
    session.permissionRequest?.({}, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.permissionCheck?.({}, permission)).toBe(false);
  });

  it('denies devices and turns the spell checker (which downloads dictionaries) off', () => {
    const session = setup();
    expect(session.devicePermission?.({ deviceType: 'usb' })).toBe(false);
    expect(session.spellChecker).toBe(false);
  });

  it.each([
    ['app://leeszaal/index.html', false],
    ['data:font/ttf;base64,AAAA', false],
    ['https://example.org/tracker.gif', true],
    ['http://localhost:3000/', true],
    ['file:///home/user/secret.pdf', true],
    ['wss://example.org/socket', true],
  ])('webRequest filter: %s cancelled = %s', (url, cancel) => {
    const session = setup();
    const callback = vi.fn();
    session.beforeRequest?.({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel });
  });

  it('puts the CSP on every response', () => {
    const session = setup();
    const callback = vi.fn();
    session.headersReceived?.({ responseHeaders: { 'content-type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
});
