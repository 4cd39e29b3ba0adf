import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArchiveSummary, ProgressEvent } from '../../shared/contract/archive';
import type { LetterSummary } from '../../shared/contract/letters';
import { fail, ok, type Result } from '../../shared/result';
import { hashFile } from './hashFile';
import { scanFolder } from './scanFolder';
import { sidecarLocation } from './sidecarLocation';

type LetterEntry = LetterSummary & { absolute: string };

/** One open archive: its root, its sidecar and the letters found in it, by id. */
export class ArchiveSession {
  private constructor(
    readonly root: string,
    readonly sidecar: string,
    readonly sidecarElsewhere: boolean,
    private readonly letters: Map<string, LetterEntry>,
  ) {}

  /** Opens `folder`: scans it, hashes every letter, reports progress. */
  static async open(
    folder: string,
    appDataDir: string,
    onProgress: (event: ProgressEvent) => void,
  ): Promise<Result<ArchiveSession>> {
    let root: string;
    try {
      root = await fs.realpath(folder);
      const stat = await fs.stat(root);
      if (!stat.isDirectory()) return fail('not-a-folder', `"${folder}" is geen map.`);
    } catch {
      return fail('not-found', `De map "${folder}" bestaat niet of kan niet worden gelezen.`);
    }
    onProgress({ phase: 'scan', done: 0, total: 0 });
    const files = await scanFolder(root);
    const letters = new Map<string, LetterEntry>();
    const started = Date.now();
    for (const [i, file] of files.entries()) {
      const id = await hashFile(file.absolute).catch(() => null);
      if (id && !letters.has(id)) {
        letters.set(id, {
          id,
          path: file.relative,
          name: path.basename(file.relative),
          size: file.size,
          modified: new Date(file.mtimeMs).toISOString(),
          kind: file.kind,
          status: 'pending',
          absolute: file.absolute,
        });
      }
      const done = i + 1;
      const etaMs = ((Date.now() - started) / done) * (files.length - done);
      onProgress({ phase: 'scan', done, total: files.length, current: file.relative, etaMs });
    }
    const sidecar = await sidecarLocation(root, appDataDir);
    onProgress({ phase: 'done', done: files.length, total: files.length });
    return ok(new ArchiveSession(root, sidecar.dir, sidecar.elsewhere, letters));
  }

  summary(): ArchiveSummary {
    return {
      root: this.root,
      name: path.basename(this.root),
      letterCount: this.letters.size,
      sidecar: this.sidecar,
      sidecarElsewhere: this.sidecarElsewhere,
    };
  }

  list(): LetterSummary[] {
    return [...this.letters.values()].map(({ absolute: _absolute, ...summary }) => summary);
  }

  /**
   * The one checked door to a letter's bytes (STYLE.md 8): an id, never a path, resolved to a
   * real path that must lie inside the archive root.
   */
  async bytes(id: string): Promise<Result<Uint8Array<ArrayBuffer>>> {
    const entry = this.letters.get(id);
    if (!entry) return fail('not-found', 'Deze brief staat niet (meer) in het archief.');
    let real: string;
    try {
      real = await fs.realpath(entry.absolute);
    } catch {
      return fail('not-found', `"${entry.path}" is verplaatst of verwijderd.`);
    }
    if (!isInside(this.root, real)) {
      return fail('not-allowed', `"${entry.path}" wijst naar een plek buiten het archief.`);
    }
    try {
      return ok(new Uint8Array(await fs.readFile(real)));
    } catch {
      return fail('unreadable', `"${entry.path}" kan niet worden gelezen.`);
    }
  }
}

/** True when `candidate` is `root` or lies beneath it (both real paths). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
