// Handlers that change what Leeszaal knows of one letter: metadata corrections and unlocking an
// encrypted letter with its password.
import type { MethodName } from '../../shared/api';
import type { Result } from '../../shared/result';
import type { ArchiveSession } from '../archive/ArchiveSession';
import type { Handler, HandlerEnv } from '../handlers';
import { readNoteAuthor } from '../notes/noteAuthor';

type WithArchive = <T>(run: (open: ArchiveSession) => Promise<Result<T>>) => Promise<Result<T>>;

/** letter:correct (signed with the notes' author name) and letter:unlock over the open archive. */
export function createLetterHandlers(
  env: Pick<HandlerEnv, 'appDataDir' | 'emit'>,
  withArchive: WithArchive,
): { [M in Extract<MethodName, 'correctMetadata' | 'unlockLetter'>]: Handler<M> } {
  return {
    correctMetadata: (request) =>
      withArchive(async (open) => {
        const corrected = await open.correct(request, await readNoteAuthor(env.appDataDir));
        if (corrected.ok) env.emit('lettersChanged', { added: [], changed: [request.id], removed: [] });
        return corrected;
      }),
    unlockLetter: ({ id, password }) =>
      withArchive(async (open) => {
        const unlocked = await open.unlock(id, password);
        // Lists and facets elsewhere (other windows) learn that this letter can now be read.
        if (unlocked.ok) env.emit('lettersChanged', { added: [], changed: [id], removed: [] });
        return unlocked;
      }),
  };
}
