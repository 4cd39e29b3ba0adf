// Handlers of the search room: search, a letter's content, its links (issue 4).
import type { MethodName } from '../../shared/api';
import type { Result } from '../../shared/result';
import type { ArchiveSession } from '../archive/ArchiveSession';
import type { Handler } from '../handlers';

type WithArchive = <T>(run: (open: ArchiveSession) => Promise<Result<T>>) => Promise<Result<T>>;

/** search:query, letter:content and letter:links over the open archive. */
export function createSearchHandlers(withArchive: WithArchive): { [M in Extract<MethodName, 'searchLetters' | 'letterContent' | 'letterLinks'>]: Handler<M> } {
  return {
    searchLetters: (request) => withArchive((open) => open.searchService().search(request)),
    letterContent: ({ id }) => withArchive((open) => open.content(id)),
    letterLinks: ({ id }) => withArchive(async (open) => open.linksOf(id)),
  };
}
