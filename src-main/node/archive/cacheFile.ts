// How a letter's entry in the content cache is written and read. An entry is the letter's
// status, text with positions and metadata as JSON, stamped with the extraction that made it.
//
// Letters read by the extraction workers (nearly all) are appended to packs: `<cache>/packs/
// <pid>-<thread>-<time>-<random>.pack`, one per worker, written by that worker only, entries one per line;
// the catalog says where each letter lies (pack, offset, length). A cold index of 10,000 letters
// thus writes two files instead of 10,000: creating a file per letter cost the workers ~10% of
// their time on 2 cores (and makes a sidecar slow to copy along with its folder). Letters the
// archive writes itself (an unreadable letter's status, the in-thread extractor of the tests)
// get one file each, `<cache>/<id[0:2]>/<id>.json`, as every letter did before packs.
//
// No fsync: the cache can always be made again from the letters. An entry enters the catalog only
// once written, so a record torn by a crash is never listed and the letter is read again; a
// letter read again gets a new record (or replaces its file through a temp file and a rename).
// Records no letter points to any more stay until their pack is pruned (ContentCache.prunePacks).
import { closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, writeSync, promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { LetterMetadata, LetterText } from '../../shared/contract/letterContent';
import type { LetterStatus } from '../../shared/contract/letters';
import { EXTRACTION_VERSION } from '../extract/extractionVersion';

/** What the cache keeps of a letter. */
export type CachedContent = {
  status: Exclude<LetterStatus, 'pending'>;
  message?: string;
  metadata: LetterMetadata | null;
  text: LetterText;
};

/** Where an extraction worker appends what it read: the cache's folder of packs. */
export type CacheTarget = { packs: string };

/** Where a letter's entry lies: pack file name (in the packs folder), byte offset, byte length. */
export type PackLocation = [pack: string, offset: number, length: number];

/** The entry's text: the content, stamped with the extraction that produced it. */
export function cacheFileText(content: CachedContent): string {
  return JSON.stringify({ ...content, extraction: EXTRACTION_VERSION });
}

/**
 * Appends entries to one pack that only this writer writes (one per worker thread), so that the
 * pack's size before an append is where that entry starts. A failed append (a full disk) is cut
 * off again.
 */
export class PackWriter {
  private name: string | null = null;

  constructor(private readonly folder: string) {}

  append(text: string): PackLocation {
    const data = Buffer.from(`${text}\n`);
    if (!this.name) {
      mkdirSync(this.folder, { recursive: true });
      this.name = `${process.pid}-${threadId}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}.pack`;
    }
    const name = this.name;
    // Opened per entry: a worker that is let go (or times out) leaves no open file behind.
    const fd = openSync(path.join(this.folder, name), 'a');
    let offset = 0;
    try {
      // Asked of the file, not counted here: a pack deleted meanwhile starts again at 0.
      offset = fstatSync(fd).size;
      for (let written = 0; written < data.length; ) written += writeSync(fd, data, written);
    } catch (error) {
      try {
        ftruncateSync(fd, offset);
      } catch {
        this.name = null; // the next entry starts a new pack rather than follow a torn one
      }
      throw error;
    } finally {
      closeSync(fd);
    }
    return [name, offset, data.length];
  }
}

/** Reads one entry from a pack; null when it is missing or torn. */
export async function readPackEntry(folder: string, [pack, offset, length]: PackLocation): Promise<CachedContent | null> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(path.join(folder, path.basename(pack)), 'r');
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return bytesRead === length ? (JSON.parse(buffer.toString('utf8')) as CachedContent) : null;
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes a letter's own cache file (see the top of this file): in place when none is listed, else
 * through a temp file and a rename; a failed write leaves no torn file.
 */
export async function writeCacheFile(file: string, replace: boolean, data: string): Promise<void> {
  const target = replace ? `${file}.${process.pid}.tmp` : file;
  const missingFolder = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';
  const write = () =>
    fs.writeFile(target, data).catch(async (error: unknown) => {
      if (!missingFolder(error)) await fs.rm(target, { force: true }).catch(() => undefined);
      throw error;
    });
  await write().catch(async (error: unknown) => {
    if (!missingFolder(error)) throw error;
    await fs.mkdir(path.dirname(file), { recursive: true });
    await write();
  });
  if (replace) await fs.rename(target, file);
}
