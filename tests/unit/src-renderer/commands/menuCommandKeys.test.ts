// The renderer keeps its own copy of the menu shortcuts and labels (it may import the shared
// module's types only); these tests keep the copies equal to src-main/shared.
import { describe, expect, it } from 'vitest';
import { commandLabels } from '../../../../src-main/shared/commandLabels';
import { commands } from '../../../../src-main/shared/commands';
import { menuCommandKeys } from '../../../../src-renderer/commands/menuCommandKeys';
import { en } from '../../../../src-renderer/i18n/en';
import { nl } from '../../../../src-renderer/i18n/nl';

/** Electron accelerator -> the renderer's key notation. */
const fromAccelerator = (accelerator: string) =>
  accelerator
    .replace('CmdOrCtrl', 'Ctrl')
    .replace(/\b(Up|Down|Left|Right)$/, 'Arrow$1');

const rendererCommands = commands.filter((command) => command.runsIn === 'renderer');

describe('menu commands in the renderer', () => {
  it.each(rendererCommands.map((command) => [command.id, command] as const))('%s has the menu accelerator as first key', (id, command) => {
    const keys = menuCommandKeys[id as keyof typeof menuCommandKeys];
    expect(keys).toBeDefined();
    if ('keys' in command && command.keys) expect(keys[0]).toBe(fromAccelerator(command.keys));
  });

  it.each(rendererCommands.map((command) => command.id))('%s has the menu label in Dutch and English', (id) => {
    // The overview may explain focusSearch more fully; every other label is the menu's own.
    if (id === 'focusSearch') return;
    expect(nl.commands[id as keyof typeof nl.commands]).toBe(commandLabels.nl[id]);
    expect(en.commands[id as keyof typeof en.commands]).toBe(commandLabels.en[id]);
  });
});
