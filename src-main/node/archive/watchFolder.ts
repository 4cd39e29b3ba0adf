// Watches an open archive for added, changed and removed letters. fs.watch reports events, not
// facts (and differs per platform), so an event only schedules a rescan after a quiet moment; the
// rescan uses the hash cache and costs a stat per file.
import { watch, type FSWatcher } from 'node:fs';

/** Calls `onSettled` once changes under `root` have been quiet for `quietMs`; returns the stop. */
export function watchFolder(root: string, onSettled: () => void, quietMs = 150): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const schedule = (name: string | null) => {
    // Our own sidecar (.leeszaal) and hidden files are not letters; writing there must not loop.
    if (name && name.split(/[\\/]/).some((part) => part.startsWith('.'))) return;
    clearTimeout(timer);
    timer = setTimeout(onSettled, quietMs);
  };
  try {
    watcher = watch(root, { recursive: true }, (_event, name) => schedule(name === null ? null : String(name)));
    watcher.on('error', () => undefined);
  } catch {
    // Recursive watching is not available here: fall back to a rescan every few seconds.
    const interval = setInterval(onSettled, 5000);
    return () => clearInterval(interval);
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}
