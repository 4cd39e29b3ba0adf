import { promises as fs, statSync, type Stats } from 'node:fs';
import path from 'node:path';

export type ScannedFile = {
  /** Absolute path. */
  absolute: string;
  /** Relative to the archive root, forward slashes. */
  relative: string;
  size: number;
  mtimeMs: number;
  kind: 'pdf' | 'txt';
};

/** The kind of letter a file name announces, or null when it is not one we read. */
export function letterKind(name: string): 'pdf' | 'txt' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.txt')) return 'txt';
  return null;
}

const STAT_BATCH = 256;

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/**
 * Every letter under `root`, recursively. Skips hidden entries (and so `.leeszaal/`), follows
 * symbolic links to folders once (a link loop is detected by real path), never throws for one
 * unreadable sub-folder: it is reported through `onSkip`.
 */
export async function scanFolder(
  root: string,
  onSkip: (relative: string, reason: string) => void = () => {},
): Promise<ScannedFile[]> {
  const found: ScannedFile[] = [];
  const seen = new Set<string>();

  async function walk(dir: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      onSkip(path.relative(root, dir), 'kan niet worden gelezen');
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      onSkip(path.relative(root, dir), 'kan niet worden gelezen');
      return;
    }
    // Stats are synchronous, in batches with a turn of the event loop between them: an async
    // stat costs ~20 µs of this thread in promise and thread-pool machinery (plus a thread-pool
    // slot that a reopen's cache reads and first search then wait behind), a synchronous one
    // ~5 µs on a warm disk. A batch blocks this thread for at most a few milliseconds.
    const subfolders: string[] = [];
    const relativeDir = path.relative(root, dir).split(path.sep).join('/');
    for (let i = 0; i < entries.length; i += STAT_BATCH) {
      if (i) await new Promise((resolve) => setImmediate(resolve));
      for (const entry of entries.slice(i, i + STAT_BATCH)) {
        if (entry.name.startsWith('.')) continue;
        const absolute = path.join(dir, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        const kind = letterKind(entry.name);
        if (entry.isSymbolicLink()) {
          const stat = statOrNull(absolute);
          if (!stat) continue;
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        }
        if (isDir) {
          subfolders.push(absolute);
        } else if (isFile && kind) {
          const stat = statOrNull(absolute);
          if (!stat) continue;
          found.push({ absolute, relative: relativeDir ? `${relativeDir}/${entry.name}` : entry.name, size: stat.size, mtimeMs: stat.mtimeMs, kind });
        }
      }
    }
    subfolders.sort();
    for (const folder of subfolders) await walk(folder);
  }

  await walk(root);
  // A collator compares 10,000 names far faster than localeCompare one pair at a time.
  const collator = new Intl.Collator('nl');
  found.sort((a, b) => collator.compare(a.relative, b.relative));
  return found;
}
