import path from 'node:path';
import type { PathKind } from './pathKind';

/**
 * The archive a launch asks for: the first non-flag argument after the executable (and after the
 * app path when run unpackaged as `electron .`). A PDF opened through the file association
 * opens the folder it is in. Chromium adds its own `--flags` to a second instance's argv.
 */
export function archiveArgument(argv: readonly string[], isPackaged: boolean, cwd: string, kind: PathKind): string | undefined {
  for (const arg of argv.slice(isPackaged ? 1 : 2)) {
    if (arg.startsWith('-')) continue;
    const absolute = path.resolve(cwd, arg);
    const found = kind(absolute);
    if (found === 'folder') return absolute;
    if (found === 'file' && absolute.toLowerCase().endsWith('.pdf')) return path.dirname(absolute);
  }
  return undefined;
}
