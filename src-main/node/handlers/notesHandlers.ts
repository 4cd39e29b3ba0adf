// The notes room's part of the handler table (issue 5): one NotesService per open archive.
import path from 'node:path';
import type { ArchiveSession } from '../archive/ArchiveSession';
import type { Handler, HandlerEnv } from '../handlers';
import { NoteStore } from '../notes/NoteStore';
import { NotesService } from '../notes/NotesService';
import { readNoteAuthor, saveNoteAuthor } from '../notes/noteAuthor';
import { noteCreateRequest } from '../../shared/contract/notes';
import { fail, ok, type Result } from '../../shared/result';

type NotesMethods =
  | 'createNote'
  | 'updateNote'
  | 'deleteNote'
  | 'listNotes'
  | 'searchNotes'
  | 'undoNotes'
  | 'redoNotes'
  | 'notesAuthor'
  | 'setNotesAuthor'
  | 'exportNotes';

/** The NotesService of an archive, as the CLI and the handlers make it. */
export function notesServiceFor(
  session: ArchiveSession,
  options: { appDataDir: string; onChanged: (letterIds: string[]) => void },
): NotesService {
  const store = new NoteStore(session.sidecar, `Notities bij ${path.basename(session.root)}`);
  return new NotesService(store, session, path.basename(session.root), {
    author: () => readNoteAuthor(options.appDataDir),
    onChanged: options.onChanged,
  });
}

/**
 * Handlers for notes, and `textFor`, the note text per letter that the archive's search indexes
 * (pass it as the archive's NotesProvider). After every change `notesChanged` is emitted and the
 * letters are indexed again with their new note text.
 */
export function createNotesHandlers(
  env: Pick<HandlerEnv, 'appDataDir' | 'emit'>,
  current: () => ArchiveSession | null,
): { [M in NotesMethods]: Handler<M> } & { textFor: (letterId: string) => string } {
  const services = new WeakMap<ArchiveSession, NotesService>();

  const serviceOf = (session: ArchiveSession): NotesService => {
    let service = services.get(session);
    if (service) return service;
    const onChanged = (letterIds: string[]) => {
      env.emit('notesChanged', { letterIds });
      void session.reindexNotes(letterIds).catch(() => undefined);
    };
    service = notesServiceFor(session, { appDataDir: env.appDataDir, onChanged });
    services.set(session, service);
    // First use: read the notes so that search indexes their text for the letters that have them.
    void service.list().then((listed) => {
      if (listed.ok && listed.value.notes.length > 0) void session.reindexNotes([...new Set(listed.value.notes.map((n) => n.letterId))]).catch(() => undefined);
    });
    return service;
  };

  const withNotes = async <T>(run: (service: NotesService) => Promise<Result<T>>): Promise<Result<T>> => {
    const session = current();
    return session ? run(serviceOf(session)) : fail('no-archive', 'Open eerst een archief.');
  };

  return {
    textFor: (letterId) => {
      const session = current();
      return session ? serviceOf(session).textFor(letterId) : '';
    },
    // dispatch has parsed the request; parsing again gives its output type (defaults filled in).
    createNote: (request) => withNotes((s) => s.create(noteCreateRequest.parse(request))),
    updateNote: (request) => withNotes((s) => s.update(request)),
    deleteNote: ({ id }) => withNotes((s) => s.delete(id)),
    listNotes: (request) => withNotes((s) => s.list(request)),
    searchNotes: ({ query }) => withNotes((s) => s.search(query)),
    undoNotes: () => withNotes((s) => s.undo()),
    redoNotes: () => withNotes((s) => s.redo()),
    notesAuthor: async () => ok({ author: await readNoteAuthor(env.appDataDir) }),
    setNotesAuthor: async ({ author }) => {
      try {
        await saveNoteAuthor(env.appDataDir, author);
      } catch {
        return fail('read-only', 'Leeszaal kan uw naam niet bewaren in zijn instellingenmap.');
      }
      return ok({ author });
    },
    exportNotes: (request) =>
      withNotes(async (s) => {
        const exported = await s.exportNotes(request);
        if (!exported.ok) return exported;
        const { bytes, ...rest } = exported.value;
        return ok({ ...rest, base64: Buffer.from(bytes).toString('base64') });
      }),
  };
}
