import { useEffect, useRef } from 'react';
import type { Command } from './Command';
import { isTyping, keyOf, worksWhileTyping } from './keyOf';

/** Runs the command whose shortcut matches a key press anywhere in the window. */
export function useCommandKeys(commands: readonly Command[]): void {
  // The listener stays registered once; it always sees the latest commands.
  const latest = useRef(commands);
  latest.current = commands;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const key = keyOf(event);
      const command = latest.current.find((candidate) => candidate.keys.includes(key));
      if (!command || command.enabled === false) return;
      if (isTyping(event.target) && !(command.inFields ?? worksWhileTyping(key))) return;
      event.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
