// Persistence of the segmented index in `<sidecar>/index/`: one JSON file per lunr segment and
// a manifest saying which segment holds the current version of each letter. A letter replaced or
// removed stays in its old segment file until compaction, but the manifest no longer points there.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SegmentJson } from '../../core/search/LunrSegment';
import { writeFileAtomic } from '../writeFileAtomic';

/** Bump when the analysis or the file layout changes: older indexes are rebuilt from the cache. */
export const INDEX_FORMAT = 6;

export type Manifest = {
  format: number;
  /** Segment name -> number of letters built into it. */
  segments: Record<string, number>;
  /** Letter id -> the segment holding its current version. */
  letters: Record<string, string>;
  nextSegment: number;
};

export const emptyManifest = (): Manifest => ({ format: INDEX_FORMAT, segments: {}, letters: {}, nextSegment: 1 });

/** Reads and writes the index folder. */
export class SegmentStore {
  constructor(readonly dir: string) {}

  /** The manifest, or an empty one when missing, damaged or of another format. */
  async readManifest(): Promise<Manifest> {
    try {
      const manifest = JSON.parse(await fs.readFile(path.join(this.dir, 'manifest.json'), 'utf8')) as Manifest;
      return manifest.format === INDEX_FORMAT ? manifest : emptyManifest();
    } catch {
      return emptyManifest();
    }
  }

  async writeManifest(manifest: Manifest): Promise<void> {
    await writeFileAtomic(path.join(this.dir, 'manifest.json'), JSON.stringify(manifest));
  }

  /** A segment file, or null when missing or damaged (its letters are then indexed again). */
  async readSegment(name: string): Promise<SegmentJson | null> {
    try {
      return JSON.parse(await fs.readFile(path.join(this.dir, `${name}.json`), 'utf8')) as SegmentJson;
    } catch {
      return null;
    }
  }

  async writeSegment(name: string, segment: SegmentJson): Promise<void> {
    await writeFileAtomic(path.join(this.dir, `${name}.json`), JSON.stringify(segment));
  }

  /** Deletes segment files the manifest no longer names. */
  async removeUnlisted(manifest: Manifest): Promise<void> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      names
        .filter((n) => /^seg-\d+\.json$/.test(n) && !(n.slice(0, -5) in manifest.segments))
        .map((n) => fs.rm(path.join(this.dir, n), { force: true })),
    );
  }
}
