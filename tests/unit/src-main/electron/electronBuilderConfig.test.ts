// electron-builder.yml cannot be exercised here (no Electron download), so it is checked against
// electron-builder's own schema, and the settings the security review relies on are pinned.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const quietLogger = { add: () => {}, isEnabled: false, nestedValue: () => undefined };

type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  fileAssociations: Record<string, string>[];
  files: string[];
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  nsis: Record<string, unknown>;
};
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Config;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; type: string; scripts: Record<string, string> };

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('would be refused by that schema with a misspelt fuse (the check can fail)', async () => {
    await expect(validateConfiguration({ ...config, electronFuses: { runAsNod: false } }, quietLogger)).rejects.toThrow();
  });

  it('names the app and packs it into an asar', () => {
    expect(config).toMatchObject({ appId: 'nl.leeszaal.app', productName: 'Leeszaal', asar: true });
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
  });

  it.each([
    ['runAsNode', false],
    ['enableCookieEncryption', true],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('fuse %s is %s', (fuse, value) => {
    expect(config.electronFuses[fuse]).toBe(value);
  });

  it('builds AppImage + deb, NSIS (per user) + portable, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.nsis.perMachine).toBe(false);
  });

  it('offers itself for PDFs as a viewer without claiming to be the default', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'pdf', role: 'Viewer', rank: 'Alternate' })]);
  });

  it('finds every icon it names, in the sizes the targets need', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) expect(existsSync(`${config.linux.icon}/${size}x${size}.png`)).toBe(true);
    const ico = readFileSync(config.win.icon);
    expect(ico.readUInt16LE(2)).toBe(1); // icon
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, index) => ico.readUInt8(6 + 16 * index) || 256);
    expect(widths).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    const icns = readFileSync(config.mac.icon);
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true); // 1024 px
  });
});

describe('package.json for `npm start` and `npm run dist`', () => {
  it('starts the built ESM main bundle with electron', () => {
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.type).toBe('module');
    expect(pkg.scripts.start).toMatch(/electron \.$/);
    expect(pkg.scripts.dist).toMatch(/electron-builder --config electron-builder\.yml/);
  });
});
