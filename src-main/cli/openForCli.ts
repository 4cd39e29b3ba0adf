// Opening an archive for a one-shot command: read and index what is new, with progress.
import { appDataDir } from '../node/appDataDir';
import { ArchiveSession } from '../node/archive/ArchiveSession';
import type { LetterExtractor } from '../node/archive/letterExtractor';
import type { Result } from '../shared/result';
import { progressBar } from './progressBar';

/** Opens `folder`, waits until every letter is read and indexed; progress on stderr. */
export async function openForCli(folder: string, options: { quiet?: boolean; extractor?: () => LetterExtractor } = {}): Promise<Result<ArchiveSession>> {
  const bar = progressBar();
  const opened = await ArchiveSession.open(folder, appDataDir(), options.quiet ? () => {} : bar.onProgress, options.extractor ? { extractor: options.extractor() } : {});
  if (opened.ok) await opened.value.ready;
  bar.end();
  return opened;
}
