import type { EventName, EventOf } from '../shared/api';
import { commands, type CommandId, type MainCommandId } from '../shared/commands';

type Emit = <E extends EventName>(event: E, payload: EventOf<E>) => void;

/** True for a command main carries out itself (About, diagnostics, log folder). */
export function isMainCommand(id: CommandId): id is MainCommandId {
  return commands.some((command) => command.id === id && command.runsIn === 'main');
}

/**
 * Routes a command from a menu item: main's own commands run here, every other one goes to the
 * renderer as `command:run`, where the same command list binds it to its shortcut.
 */
export function createCommandRunner(emit: Emit, mainCommands: Record<MainCommandId, () => Promise<void>>, onBug: (error: unknown) => void) {
  return (id: CommandId): void => {
    if (isMainCommand(id)) mainCommands[id]().catch(onBug);
    else emit('command', { id });
  };
}
