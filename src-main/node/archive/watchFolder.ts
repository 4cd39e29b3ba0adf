// Watches an open archive for added, changed and removed letters. fs.watch reports events, not
// facts (and differs per platform), so an event only schedules a rescan after a quiet moment; the
// rescan uses the hash cache and costs a stat per file.
//
// Where recursive watching is native (macOS, Windows) one recursive watcher is used. Elsewhere
// (Linux) Node 20's `recursive: true` is emulated in JavaScript: it walks the whole tree
// synchronously, stats every file and puts an inotify watch on each one, hidden `.leeszaal/`
// (20,000 cache files at 10,000 letters) included. That blocked a reopen of 10,000 letters for
// ~0.7 s and announced every file as 'rename', which set off a needless rescan. A directory's
// inotify watch already reports its files being added, changed, renamed and removed, so here one
// plain watcher per non-hidden folder suffices; folders are looked up again after every rescan.
import { watch, promises as fs, type FSWatcher } from 'node:fs';
import path from 'node:path';

const nativeRecursive = process.platform === 'darwin' || process.platform === 'win32';

/** Calls `onSettled` once changes under `root` have been quiet for `quietMs`; returns the stop. */
export function watchFolder(root: string, onSettled: () => void, quietMs = 150): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const watchers = new Map<string, FSWatcher>();
  const schedule = (name: string | null) => {
    // Our own sidecar (.leeszaal) and hidden files are not letters; writing there must not loop.
    if (name && name.split(/[\\/]/).some((part) => part.startsWith('.'))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (stopped) return;
      if (!nativeRecursive) void watchFolders();
      onSettled();
    }, quietMs);
  };
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };

  if (nativeRecursive) {
    try {
      const watcher = watch(root, { recursive: true }, (_event, name) => schedule(name === null ? null : String(name)));
      watcher.on('error', () => undefined);
      watchers.set(root, watcher);
      return stop;
    } catch {
      return pollEvery(onSettled);
    }
  }

  /** Puts a watcher on every non-hidden folder not yet watched; drops those of gone folders. */
  async function watchFolders(): Promise<void> {
    const folders = await foldersUnder(root);
    if (stopped) return;
    for (const [folder, watcher] of watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, (_event, name) => schedule(name === null ? null : String(name)));
        watcher.on('error', () => undefined);
        watchers.set(folder, watcher);
      } catch {
        // Vanished meanwhile, or out of inotify watches: the next rescan tries again.
      }
    }
  }
  try {
    watchers.set(root, watch(root, (_event, name) => schedule(name === null ? null : String(name))).on('error', () => undefined));
  } catch {
    return pollEvery(onSettled);
  }
  void watchFolders();
  return stop;
}

function pollEvery(onSettled: () => void): () => void {
  // Watching is not available here: fall back to a rescan every few seconds.
  const interval = setInterval(onSettled, 5000);
  return () => clearInterval(interval);
}

/** The non-hidden folders under `root` (itself included), symbolic links followed once. */
async function foldersUnder(root: string): Promise<Set<string>> {
  const found = new Set<string>([root]);
  const seen = new Set<string>();
  async function walk(dir: string): Promise<void> {
    const real = await fs.realpath(dir).catch(() => null);
    if (!real || seen.has(real)) return;
    seen.add(real);
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    const subfolders: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) subfolders.push(absolute);
      else if (entry.isSymbolicLink() && (await fs.stat(absolute).catch(() => null))?.isDirectory()) subfolders.push(absolute);
    }
    for (const folder of subfolders) {
      found.add(folder);
      await walk(folder);
    }
  }
  await walk(root);
  return found;
}
