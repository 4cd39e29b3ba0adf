import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { commandLabels } from '../../../../src-main/shared/commandLabels';
import { commands } from '../../../../src-main/shared/commands';
import { buildMenuTemplate, type MenuInput } from '../../../../src-main/electron/menu/buildMenuTemplate';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(overrides: Partial<MenuInput> = {}) {
  const input: MenuInput = {
    language: 'nl',
    platform: 'win32',
    isPackaged: true,
    recent: [],
    runCommand: vi.fn(),
    openRecent: vi.fn(),
    ...overrides,
  };
  return { input, items: flatten(buildMenuTemplate(input)) };
}

describe('buildMenuTemplate', () => {
  describe.each([
    ['nl', 'win32'],
    ['en', 'linux'],
    ['nl', 'darwin'],
  ] as const)('%s on %s', (language, platform) => {
    it.each(commands.map((command) => [command.id, command] as const))('has %s once, with its label and shortcut', (id, command) => {
      const { input, items } = build({ language, platform });
      const found = items.filter((item) => item.id === id);
      expect(found).toHaveLength(1);
      expect(found[0]!.label).toBe(commandLabels[language][id]);
      expect(found[0]!.accelerator).toBe('keys' in command ? command.keys : undefined);
      (found[0]!.click as () => void)();
      expect(input.runCommand).toHaveBeenCalledWith(id);
    });

    it('labels every item and uses no shortcut twice', () => {
      const { items } = build({ language, platform });
      for (const item of items) if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role)).toBeTruthy();
      const accelerators = items.flatMap((item) => (item.accelerator ? [item.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    });
  });

  it('gives macOS its application menu first and Windows none', () => {
    expect(buildMenuTemplate(build({ platform: 'darwin' }).input)[0]!.label).toBe('Leeszaal');
    expect(buildMenuTemplate(build({ platform: 'win32' }).input)[0]!.label).toBe('Archief');
  });

  it('offers developer tools only in a development build', () => {
    const roles = (isPackaged: boolean) => build({ isPackaged }).items.map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('lists recent archives, and opens the one clicked', () => {
    const recent = [
      { root: '/data/Defensie', name: 'Defensie' },
      { root: '/data/Woo-2024', name: 'Woo-2024' },
    ];
    const { input, items } = build({ recent });
    const entry = items.find((item) => item.label === 'Woo-2024');
    (entry!.click as () => void)();
    expect(input.openRecent).toHaveBeenCalledWith('/data/Woo-2024');
  });

  it('shows a disabled placeholder without recent archives', () => {
    const { items } = build({ recent: [] });
    expect(items.find((item) => item.label === 'Geen recente archieven')?.enabled).toBe(false);
  });
});
