import type { CommandId, MainCommandId } from '../../src-main/shared/commands';

/**
 * Shortcuts of the commands the desktop menu also offers, duplicated on purpose from
 * src-main/shared/commands.ts (the renderer imports that module's types only). The type makes a
 * missing command an error; a unit test checks that the first key equals the menu's accelerator.
 */
export const menuCommandKeys: Record<Exclude<CommandId, MainCommandId>, readonly string[]> = {
  openArchive: ['Ctrl+O'],
  exportNotes: ['Ctrl+E'],
  focusSearch: ['Ctrl+F'],
  nextHit: ['F3'],
  previousHit: ['Shift+F3'],
  addNote: ['Ctrl+Alt+M', 'N'],
  nextLetter: ['Alt+ArrowDown'],
  previousLetter: ['Alt+ArrowUp'],
  zoomIn: ['Ctrl+=', 'Ctrl++', '+'],
  zoomOut: ['Ctrl+-', '-'],
  zoomReset: ['Ctrl+0'],
};
