// (path, size, mtime) -> content hash, kept in the sidecar, so that reopening an archive of
// 10,000 letters does not read and hash every file again. A file whose size or modification time
// changed is hashed again; a renamed file is hashed once and then keeps its id (its content hash).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../writeFileAtomic';
import { letterKind, type ScannedFile } from './scanFolder';

type Entry = { size: number; mtimeMs: number; id: string };

export class HashCache {
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Loads the cache file; a missing or damaged one starts empty. */
  static async load(file: string): Promise<HashCache> {
    try {
      const json = JSON.parse(await fs.readFile(file, 'utf8')) as { version: 1; files: Record<string, Entry> };
      return new HashCache(file, new Map(json.version === 1 ? Object.entries(json.files) : []));
    } catch {
      return new HashCache(file, new Map());
    }
  }

  /** The known id of `relative` when its size and modification time are unchanged. */
  get(relative: string, size: number, mtimeMs: number): string | undefined {
    const entry = this.entries.get(relative);
    return entry && entry.size === size && entry.mtimeMs === mtimeMs ? entry.id : undefined;
  }

  set(relative: string, size: number, mtimeMs: number, id: string): void {
    this.entries.set(relative, { size, mtimeMs, id });
    this.changed = true;
  }

  /**
   * The files as they were at the last scan, in scanFolder's order: what a reopen lists before
   * its own scan has verified them.
   */
  knownFiles(root: string): ScannedFile[] {
    const files: ScannedFile[] = [];
    const base = root.endsWith(path.sep) ? root : root + path.sep; // a drive root ends with one
    for (const [relative, entry] of this.entries) {
      const kind = letterKind(relative);
      // Concatenated, not path.join: normalising 10,000 paths cost a reopen ~20 ms.
      if (kind) files.push({ absolute: base + (path.sep === '/' ? relative : relative.replaceAll('/', path.sep)), relative, size: entry.size, mtimeMs: entry.mtimeMs, kind });
    }
    // Saved in scan order, so usually sorted already: checking costs a tenth of sorting.
    const collator = new Intl.Collator('nl');
    const sorted = files.every((file, i) => i === 0 || collator.compare(files[i - 1]!.relative, file.relative) <= 0);
    return sorted ? files : files.sort((a, b) => collator.compare(a.relative, b.relative));
  }

  /** Forgets files that are no longer there. */
  retain(relatives: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) {
      if (!relatives.has(key)) {
        this.entries.delete(key);
        this.changed = true;
      }
    }
  }

  /** Writes the cache when it changed. */
  async save(): Promise<void> {
    if (!this.changed) return;
    this.changed = false;
    // In scanFolder's order, so that knownFiles finds them sorted at the next open.
    const collator = new Intl.Collator('nl');
    const files = [...this.entries].sort(([a], [b]) => collator.compare(a, b));
    await writeFileAtomic(this.file, JSON.stringify({ version: 1, files: Object.fromEntries(files) }));
  }
}
