import { useCallback, useEffect, useState } from 'react';
import type { ListedNote, TextPosition, TextQuote } from '../../../src-main/shared/contract/notes';
import type { PdfRect } from '../../../src-main/shared/contract/letterContent';
import type { Result } from '../../../src-main/shared/result';
import type { NoteDraft } from './NoteEditor';

/** The note calls of LeeszaalApi this hook needs (responses are re-read through `list`). */
export type NotesCalls = {
  list: (request: { letterId?: string }) => Promise<Result<{ notes: ListedNote[]; warning?: string }>>;
  create: (request: {
    letterId: string;
    quote: TextQuote;
    position?: TextPosition;
    page?: number;
    rects?: PdfRect[];
    text?: string;
    tags?: string[];
    colour?: string;
  }) => Promise<Result<unknown>>;
  update: (request: { id: string; text?: string; tags?: string[]; colour?: string }) => Promise<Result<unknown>>;
  remove: (request: { id: string }) => Promise<Result<unknown>>;
  undo: (request: Record<string, never>) => Promise<Result<unknown>>;
  redo: (request: Record<string, never>) => Promise<Result<unknown>>;
  onChanged?: (listener: (event: { letterIds: string[] }) => void) => () => void;
};

export type NotesState = {
  /** Notes of the open letter. */
  notes: ListedNote[];
  /** Every note of the archive (for counts per letter, tags, export scopes). */
  all: ListedNote[];
  warning: string | null;
  error: string | null;
  /** The last deletion, offered for undo until the next change. */
  deleted: ListedNote | null;
  create: (draft: NoteDraft & { quote: TextQuote; position?: TextPosition; page: number; rects: PdfRect[] }) => Promise<boolean>;
  update: (id: string, draft: NoteDraft) => Promise<void>;
  remove: (note: ListedNote) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
};

/** The notes of the archive and of the open letter, kept fresh after every change. */
export function useNotes(calls: NotesCalls | undefined, letterId: string | null, archiveRoot: string | null): NotesState {
  const [all, setAll] = useState<ListedNote[]>([]);
  const [warning, setWarning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<ListedNote | null>(null);

  const refresh = useCallback(async () => {
    // Notes belong to an open archive; before one is open there is nothing to list.
    if (!calls || !archiveRoot) {
      setAll([]);
      return;
    }
    const listed = await calls.list({});
    if (listed.ok) {
      setAll(listed.value.notes);
      setWarning(listed.value.warning ?? null);
    } else setError(listed.error.message);
  }, [calls, archiveRoot]);

  useEffect(() => {
    void refresh();
    return calls?.onChanged?.(() => void refresh());
  }, [calls, refresh]);

  const settle = async (result: Result<unknown>) => {
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setError(null);
    await refresh();
    return true;
  };

  return {
    notes: letterId ? all.filter((note) => note.letterId === letterId) : [],
    all,
    warning,
    error,
    deleted,
    create: async ({ quote, position, page, rects, text, tags, colour }) => {
      if (!calls || !letterId) return false;
      setDeleted(null);
      return settle(await calls.create({ letterId, quote, position, page, rects, text, tags, colour }));
    },
    update: async (id, draft) => {
      if (!calls) return;
      setDeleted(null);
      await settle(await calls.update({ id, ...draft }));
    },
    remove: async (note) => {
      if (!calls) return;
      if (await settle(await calls.remove({ id: note.id }))) setDeleted(note);
    },
    undo: async () => {
      if (!calls) return;
      setDeleted(null);
      await settle(await calls.undo({}));
    },
    redo: async () => {
      if (!calls) return;
      await settle(await calls.redo({}));
    },
  };
}
