// One letter's file in the content cache (`<sidecar>/cache/<id[0:2]>/<id>.json`): its format, and
// how it is written. The archive writes it, or the extraction worker that read the letter (which
// saves the main thread a copy of the text and a trip through libuv's threads per file).
//
// No fsync: the cache can always be made again from the letters, and waiting on the disk per
// letter made a cold index of 10,000 letters wait on it. A letter read for the first time is
// written in place (open, write, close: a cold index writes thousands, and each extra call per
// file cost it seconds of kernel time): it enters the catalog only once written, so a file torn
// by a crash is never listed and the letter is read again. A letter read again replaces its file
// through a temp file and a rename, so that a crash leaves the old or the new one. The folder is
// made when a write finds it missing.
import { mkdirSync, renameSync, rmSync, writeFileSync, promises as fs } from 'node:fs';
import path from 'node:path';
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

/** Where a letter's cache file goes, and whether it replaces one that is listed. */
export type CacheTarget = { file: string; replace: boolean };

/** The file's text: the content, stamped with the extraction that produced it. */
export function cacheFileText(content: CachedContent): string {
  return JSON.stringify({ ...content, extraction: EXTRACTION_VERSION });
}

const tempOf = (file: string) => `${file}.${process.pid}.tmp`;
const missingFolder = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Writes a cache file (see the top of this file); a failed write leaves no torn file. */
export async function writeCacheFile({ file, replace }: CacheTarget, data: string): Promise<void> {
  const target = replace ? tempOf(file) : file;
  const write = () => fs.writeFile(target, data).catch(async (error: unknown) => {
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

/** writeCacheFile for a worker thread, which has nothing else to do meanwhile. */
export function writeCacheFileSync({ file, replace }: CacheTarget, data: string): void {
  const target = replace ? tempOf(file) : file;
  const write = () => {
    try {
      writeFileSync(target, data);
    } catch (error) {
      if (!missingFolder(error)) rmSync(target, { force: true });
      throw error;
    }
  };
  try {
    write();
  } catch (error) {
    if (!missingFolder(error)) throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    write();
  }
  if (replace) renameSync(target, file);
}
