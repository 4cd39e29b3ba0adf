import path from 'node:path';

/** Where a process writes its log: `<appData>/logs/<name>.log` (`main`, `serve`). */
export function logFile(appDataDir: string, name: 'main' | 'serve'): string {
  return path.join(appDataDir, 'logs', `${name}.log`);
}
