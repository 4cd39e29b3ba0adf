// The native menus, built from the one command list (shared/commands.ts) plus Electron's roles.
import type { MenuItemConstructorOptions } from 'electron';
import { commandLabels, type CommandLanguage } from '../../shared/commandLabels';
import { commands, type CommandId, type CommandMenu } from '../../shared/commands';
import { menuText } from './menuText';

export type MenuInput = {
  language: CommandLanguage;
  platform: NodeJS.Platform;
  /** Developer tools only in a development build. */
  isPackaged: boolean;
  recent: readonly { root: string; name: string }[];
  runCommand: (id: CommandId) => void;
  openRecent: (root: string) => void;
};

/** The application menu as a template for Menu.buildFromTemplate. */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const text = menuText[input.language];
  const labels = commandLabels[input.language];
  const mac = input.platform === 'darwin';

  const commandItems = (menu: CommandMenu): MenuItemConstructorOptions[] =>
    commands
      .filter((command) => command.menu === menu)
      .flatMap((command): MenuItemConstructorOptions[] => {
        const item: MenuItemConstructorOptions = {
          id: command.id,
          label: labels[command.id],
          click: () => input.runCommand(command.id),
        };
        if ('keys' in command) item.accelerator = command.keys;
        return 'separatorBefore' in command && command.separatorBefore ? [{ type: 'separator' }, item] : [item];
      });

  const recentItems: MenuItemConstructorOptions[] = input.recent.length
    ? input.recent.map((entry) => ({ label: entry.name, toolTip: entry.root, click: () => input.openRecent(entry.root) }))
    : [{ label: text.noRecent, enabled: false }];

  const [firstArchiveItem, ...otherArchiveItems] = commandItems('archive');
  const archiveMenu: MenuItemConstructorOptions = {
    label: text.archive,
    submenu: [
      ...(firstArchiveItem ? [firstArchiveItem] : []),
      { label: text.recent, submenu: recentItems },
      ...otherArchiveItems,
      { type: 'separator' },
      mac ? { role: 'close', label: text.close } : { role: 'quit', label: text.quit },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [
      { role: 'undo', label: text.undo },
      { role: 'redo', label: text.redo },
      { type: 'separator' },
      { role: 'cut', label: text.cut },
      { role: 'copy', label: text.copy },
      { role: 'paste', label: text.paste },
      { role: 'selectAll', label: text.selectAll },
      ...commandItems('edit'),
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      ...commandItems('view'),
      { type: 'separator' },
      { role: 'togglefullscreen', label: text.toggleFullScreen },
      ...(input.isPackaged ? [] : [{ role: 'toggleDevTools', label: text.toggleDevTools } as const]),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: text.window,
    role: 'windowMenu',
    submenu: [{ role: 'minimize', label: text.minimize }, { role: 'close', label: text.close }],
  };
  const helpMenu: MenuItemConstructorOptions = { label: text.help, role: 'help', submenu: commandItems('help') };

  // macOS puts About, Hide and Quit under the application's own menu.
  const appMenu: MenuItemConstructorOptions = {
    label: 'Leeszaal',
    submenu: [
      { label: labels.about, click: () => input.runCommand('about') },
      { type: 'separator' },
      { role: 'hide', label: text.hide },
      { role: 'quit', label: text.quit },
    ],
  };
  return mac ? [appMenu, archiveMenu, editMenu, viewMenu, windowMenu, helpMenu] : [archiveMenu, editMenu, viewMenu, helpMenu];
}
