import { describe, expect, it } from 'vitest';
import { buildDiagnostics, redactPaths } from '../../../../../src-main/node/diagnostics/buildDiagnostics';

const base = {
  appVersion: '0.1.0',
  transport: 'ipc' as const,
  versions: { electron: '45.5.0', chrome: '142', node: '22.1.0', empty: '' },
  os: { platform: 'win32', release: '10.0.22631', arch: 'x64' },
  locale: 'nl-NL',
  appDataDir: 'C:\\Users\\pjansen\\AppData\\Roaming\\Leeszaal',
  homeDir: 'C:\\Users\\pjansen',
  userName: 'pjansen',
  archive: {
    root: 'C:\\Users\\pjansen\\Woo-verzoek Schiphol',
    name: 'Woo-verzoek Schiphol',
    letterCount: 312,
    sidecar: 'C:\\Users\\pjansen\\Woo-verzoek Schiphol\\.leeszaal',
    sidecarElsewhere: false,
  },
  logLines: ['2026-01-01T00:00:00.000Z ERROR bug', '    at D:\\pjansen\\x.js:1'],
  now: new Date('2026-01-02T00:00:00Z'),
};

describe('buildDiagnostics', () => {
  const text = buildDiagnostics(base);

  it('names versions, OS and language', () => {
    expect(text).toContain('Versie: 0.1.0 (desktop-app)');
    expect(text).toContain('electron 45.5.0, chrome 142, node 22.1.0');
    expect(text).not.toContain('empty');
    expect(text).toContain('Besturingssysteem: win32 10.0.22631 x64');
  });

  it('redacts the home folder and the user name, and never names the archive', () => {
    expect(text).toContain('App-map: ~\\AppData\\Roaming\\Leeszaal');
    expect(text).not.toContain('pjansen');
    expect(text).not.toContain('Schiphol');
    expect(text).toContain('Archief: 312 brieven');
  });

  it('ends with the recent log lines', () => {
    expect(text.split('\n').slice(-3)).toEqual(['Laatste logregels (2):', '2026-01-01T00:00:00.000Z ERROR bug', '    at D:\\<gebruiker>\\x.js:1']);
  });
});

describe('redactPaths', () => {
  it.each([
    ['/home/an/x', '/home/an', 'an', '~/x'],
    ['/srv/jansen/log and jansen says', '/home/jansen', 'jansen', '/srv/<gebruiker>/log and jansen says'],
    ['nothing to hide', '/home/x', undefined, 'nothing to hide'],
  ])('%s', (input, home, user, expected) => expect(redactPaths(input, home, user)).toBe(expected));
});
