import { describe, expect, it } from 'vitest';
import { commandLabels, commandLanguage } from '../../../../src-main/shared/commandLabels';
import { commandIds, commands } from '../../../../src-main/shared/commands';

// Electron accelerator syntax: modifiers joined by '+', then one key.
const accelerator = /^((CmdOrCtrl|CommandOrControl|Ctrl|Alt|Shift|Super|Cmd)\+)*([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Plus|Space|Tab|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Delete|Backspace|[=\-[\],./;'`])$/;

describe('the command list', () => {
  it('has unique ids and unique shortcuts', () => {
    expect(new Set(commandIds).size).toBe(commands.length);
    const keys = commands.flatMap((command) => ('keys' in command ? [command.keys] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(commands.map((command) => [command.id, command] as const))('%s: label key, shortcut and texts', (id, command) => {
    expect(command.label).toBe(`commands.${id}`);
    if ('keys' in command) expect(command.keys).toMatch(accelerator);
    for (const language of ['nl', 'en'] as const) expect(commandLabels[language][id].length).toBeGreaterThan(1);
  });

  it('leaves the editing shortcuts to the native roles', () => {
    const taken = ['CmdOrCtrl+C', 'CmdOrCtrl+V', 'CmdOrCtrl+X', 'CmdOrCtrl+Z', 'CmdOrCtrl+A', 'CmdOrCtrl+Q', 'CmdOrCtrl+W'];
    for (const command of commands) if ('keys' in command) expect(taken).not.toContain(command.keys);
  });

  it.each([
    ['nl-NL', 'nl'],
    ['nl', 'nl'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['fy-NL', 'nl'],
    ['de-DE', 'nl'],
  ])('locale %s shows menus in %s', (locale, language) => {
    expect(commandLanguage(locale)).toBe(language);
  });
});
