import { describe, expect, it, vi } from 'vitest';
import { commands } from '../../../../src-main/shared/commands';
import { createCommandRunner, isMainCommand } from '../../../../src-main/electron/commandRunner';

function setup(failing?: Error) {
  const emit = vi.fn();
  const onBug = vi.fn();
  const run = (name: string) => vi.fn(async () => {
    if (failing) throw failing;
    void name;
  });
  const mainCommands = { about: run('about'), copyDiagnostics: run('copy'), openLogFolder: run('log') };
  return { emit, onBug, mainCommands, runCommand: createCommandRunner(emit, mainCommands, onBug) };
}

describe('createCommandRunner', () => {
  it.each(commands.filter((command) => command.runsIn === 'renderer').map((command) => command.id))(
    'sends %s to the renderer as command:run',
    (id) => {
      const { emit, mainCommands, runCommand } = setup();
      runCommand(id);
      expect(emit).toHaveBeenCalledWith('command', { id });
      for (const fn of Object.values(mainCommands)) expect(fn).not.toHaveBeenCalled();
    },
  );

  it.each(['about', 'copyDiagnostics', 'openLogFolder'] as const)('runs %s in main', (id) => {
    const { emit, mainCommands, runCommand } = setup();
    expect(isMainCommand(id)).toBe(true);
    runCommand(id);
    expect(mainCommands[id]).toHaveBeenCalled();
    expect(emit).not.toHaveBeenCalled();
  });

  it('reports a failing main command as a bug', async () => {
    const bug = new Error('no clipboard');
    const { onBug, runCommand } = setup(bug);
    runCommand('copyDiagnostics');
    await vi.waitFor(() => expect(onBug).toHaveBeenCalledWith(bug));
  });
});
