// The one list of commands (STYLE.md 12). Pure data, shared by the native menus (main) and the
// renderer's shortcuts and buttons, so that a shortcut means the same thing everywhere. Labels are
// i18n keys whose Dutch and English texts live in commandLabels.ts.

/** The native menu a command appears in. */
export type CommandMenu = 'archive' | 'edit' | 'view' | 'help';

/**
 * One command. `keys` uses Electron's accelerator syntax (`CmdOrCtrl+O`, `Alt+Down`, `F3`);
 * `runsIn` says who carries it out in the desktop app: the renderer (main sends `command:run`) or
 * main itself (a dialog, the clipboard, a window).
 */
export type Command = {
  readonly id: string;
  readonly label: `commands.${string}`;
  readonly keys?: string;
  readonly menu: CommandMenu;
  readonly runsIn: 'renderer' | 'main';
  /** Draw a separator above this item in its menu. */
  readonly separatorBefore?: boolean;
};

/** Every command of Leeszaal, in menu order. */
export const commands = [
  { id: 'openArchive', label: 'commands.openArchive', keys: 'CmdOrCtrl+O', menu: 'archive', runsIn: 'renderer' },
  { id: 'exportNotes', label: 'commands.exportNotes', keys: 'CmdOrCtrl+E', menu: 'archive', runsIn: 'renderer', separatorBefore: true },
  { id: 'focusSearch', label: 'commands.focusSearch', keys: 'CmdOrCtrl+F', menu: 'edit', runsIn: 'renderer', separatorBefore: true },
  { id: 'nextHit', label: 'commands.nextHit', keys: 'F3', menu: 'edit', runsIn: 'renderer' },
  { id: 'previousHit', label: 'commands.previousHit', keys: 'Shift+F3', menu: 'edit', runsIn: 'renderer' },
  // Ctrl+Alt+M is "insert comment" in Word, which our users know.
  { id: 'addNote', label: 'commands.addNote', keys: 'CmdOrCtrl+Alt+M', menu: 'edit', runsIn: 'renderer' },
  { id: 'nextLetter', label: 'commands.nextLetter', keys: 'Alt+Down', menu: 'view', runsIn: 'renderer' },
  { id: 'previousLetter', label: 'commands.previousLetter', keys: 'Alt+Up', menu: 'view', runsIn: 'renderer' },
  { id: 'zoomIn', label: 'commands.zoomIn', keys: 'CmdOrCtrl+=', menu: 'view', runsIn: 'renderer', separatorBefore: true },
  { id: 'zoomOut', label: 'commands.zoomOut', keys: 'CmdOrCtrl+-', menu: 'view', runsIn: 'renderer' },
  { id: 'zoomReset', label: 'commands.zoomReset', keys: 'CmdOrCtrl+0', menu: 'view', runsIn: 'renderer' },
  { id: 'copyDiagnostics', label: 'commands.copyDiagnostics', menu: 'help', runsIn: 'main' },
  { id: 'openLogFolder', label: 'commands.openLogFolder', menu: 'help', runsIn: 'main' },
  { id: 'about', label: 'commands.about', menu: 'help', runsIn: 'main', separatorBefore: true },
] as const satisfies readonly Command[];

export type CommandId = (typeof commands)[number]['id'];

/** Command ids in menu order, e.g. for a z.enum in the contract. */
export const commandIds = commands.map((command) => command.id) as [CommandId, ...CommandId[]];

/** Commands that main carries out itself in the desktop app. */
export type MainCommandId = Extract<(typeof commands)[number], { runsIn: 'main' }>['id'];
