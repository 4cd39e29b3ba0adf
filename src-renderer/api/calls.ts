// The narrow calls each feature hook needs, taken from LeeszaalApi in one place. A call is
// undefined while its method is not part of the contract yet, and the feature stays hidden.
import type { LeeszaalApi } from '../../src-main/shared/api';
import type { MetadataField } from '../../src-main/shared/contract/letterContent';
import type { LetterContent, LetterLinksResponse } from '../../src-main/shared/contract/search';
import type { ExportFormat, NotesExport } from '../../src-main/shared/contract/notes';
import type { Result } from '../../src-main/shared/result';
import type { SearchFn } from '../features/search/useSearch';
import type { NotesCalls } from '../features/notes/useNotes';

export type ApiCalls = {
  search?: SearchFn;
  letterContent?: (id: string) => Promise<Result<LetterContent>>;
  letterLinks?: (id: string) => Promise<Result<LetterLinksResponse>>;
  notes?: NotesCalls;
  exportNotes?: (request: { format: ExportFormat; letterIds?: string[]; tag?: string }) => Promise<Result<NotesExport>>;
  correctMetadata?: (request: { id: string; field: MetadataField; value: string | null }) => Promise<Result<unknown>>;
  /** Reads an encrypted letter with its password on the main side, so that it becomes searchable. */
  unlockLetter?: (request: { id: string; password: string }) => Promise<Result<{ status: string }>>;
};

/** The feature calls this API offers. */
export function apiCalls(api: LeeszaalApi): ApiCalls {
  return {
    search: (request) => api.searchLetters(request),
    letterContent: (id) => api.letterContent({ id }),
    letterLinks: (id) => api.letterLinks({ id }),
    notes: {
      list: (request) => api.listNotes(request),
      create: (request) => api.createNote(request),
      update: (request) => api.updateNote(request),
      remove: (request) => api.deleteNote(request),
      undo: () => api.undoNotes({}),
      redo: () => api.redoNotes({}),
      onChanged: (listener) => api.onNotesChanged(listener),
    },
    exportNotes: (request) => api.exportNotes(request),
    correctMetadata: (request) => api.correctMetadata(request),
    unlockLetter: (request) => api.unlockLetter(request),
  };
}
