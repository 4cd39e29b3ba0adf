import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { citeSource } from '../../core/export/citeSource';
import type { ExportLetter } from '../../core/export/ExportInput';
import { highlightsOf } from '../../core/export/highlightsOf';
import { paperOf } from '../../core/export/paperOf';
import { toCsv } from '../../core/export/toCsv';
import { toDocx } from '../../core/export/toDocx';
import { toHighlightedPdf } from '../../core/export/toHighlightedPdf';
import { toJsonLd } from '../../core/export/toJsonLd';
import { toMarkdown } from '../../core/export/toMarkdown';
import { anchorNote } from '../../core/notes/anchorNote';
import { applyChanges } from '../../core/notes/applyChanges';
import { createNote, normaliseTags } from '../../core/notes/createNote';
import { NoteHistory, type NoteChange } from '../../core/notes/NoteHistory';
import type { LetterMetadata, LetterText } from '../../shared/contract/letterContent';
import type {
  ListedNote,
  Note,
  noteCreateRequest,
  noteUpdateRequest,
  notesExportRequest,
} from '../../shared/contract/notes';
import { assertNever, fail, ok, type Result } from '../../shared/result';
import type { LetterSource } from './LetterSource';
import type { NoteStore } from './NoteStore';

export type NotesServiceOptions = {
  /** The name new notes are signed with. */
  author: () => Promise<string>;
  /** Called with the letters whose notes changed (search reindexes their note text). */
  onChanged: (letterIds: string[]) => void;
  now?: () => string;
  newId?: () => string;
};

/** An exported file: its bytes, a suggested name, and what the user should know about it. */
export type ExportedFile = { fileName: string; mimeType: string; bytes: Uint8Array; noteCount: number; warnings: string[] };

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
const mime = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  jsonld: 'application/ld+json',
  pdf: 'application/pdf',
} as const;

/**
 * The notes of one open archive: the store, undo/redo for this window, placing notes against the
 * letters' current text, search in note text and export. Both transports and the CLI use it.
 */
export class NotesService {
  private readonly history = new NoteHistory();
  /** Letter text by id: an id is a content hash, so a letter's text never changes under it. */
  private readonly texts = new Map<string, LetterText>();
  private noteTexts = new Map<string, string>();
  private readonly now: () => string;
  private readonly newId: () => string;

  constructor(
    readonly store: NoteStore,
    private readonly source: LetterSource,
    private readonly archiveName: string,
    private readonly options: NotesServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
    this.newId = options.newId ?? (() => `urn:uuid:${randomUUID()}`);
  }

  /** Note text and tags of a letter, for the search index (synchronous: from the last read). */
  textFor(letterId: string): string {
    return this.noteTexts.get(letterId) ?? '';
  }

  /** Notes of one letter or of the archive, placed against the letters' current text. */
  async list(filter: { letterId?: string; tag?: string } = {}): Promise<Result<{ notes: ListedNote[]; warning?: string }>> {
    const read = await this.store.read();
    if (!read.ok) return read;
    this.remember(read.value.notes);
    const placed = await this.place(read.value.notes);
    const tag = filter.tag && fold(filter.tag);
    const notes = placed.filter(
      (note) => (!filter.letterId || note.letterId === filter.letterId) && (!tag || note.tags.some((t) => fold(t) === tag)),
    );
    return ok({ notes, ...(read.value.warning ? { warning: read.value.warning } : {}) });
  }

  async create(request: z.output<typeof noteCreateRequest>): Promise<Result<ListedNote>> {
    const letter = this.source.list().find((l) => l.id === request.letterId);
    if (!letter) return fail('not-found', 'Deze brief staat niet (meer) in het archief.');
    const note = createNote(request, { newId: this.newId, now: this.now, author: await this.options.author() }, letter.path);
    return this.change(() => ok([{ before: null, after: note }]), note.id);
  }

  async update(request: z.output<typeof noteUpdateRequest>): Promise<Result<ListedNote>> {
    return this.change((notes) => {
      const current = notes.find((note) => note.id === request.id);
      if (!current) return gone;
      const after: Note = {
        ...current,
        ...(request.text !== undefined ? { text: request.text } : {}),
        ...(request.tags !== undefined ? { tags: normaliseTags(request.tags) } : {}),
        ...(request.colour !== undefined ? { colour: request.colour } : {}),
        ...(request.author !== undefined ? { author: request.author } : {}),
        modified: this.now(),
      };
      return ok([{ before: current, after }]);
    }, request.id);
  }

  async delete(id: string): Promise<Result<{ id: string }>> {
    const done = await this.change((notes) => {
      const current = notes.find((note) => note.id === id);
      return current ? ok([{ before: current, after: null }]) : gone;
    });
    return done.ok ? ok({ id }) : done;
  }

  /** Undoes this window's last action; null when there is nothing to undo. */
  undo(): Promise<Result<{ letterIds: string[] } | null>> {
    return this.step('undo');
  }

  redo(): Promise<Result<{ letterIds: string[] } | null>> {
    return this.step('redo');
  }

  /** Notes whose text, tags or quote contain every word of the query (case and accents folded). */
  async search(query: string): Promise<Result<ListedNote[]>> {
    const words = fold(query).split(/\s+/).filter(Boolean);
    const listed = await this.list();
    if (!listed.ok) return listed;
    return ok(
      listed.value.notes.filter((note) => {
        const haystack = fold(`${note.text}\n${note.tags.join(' ')}\n${note.quote.exact}`);
        return words.every((word) => haystack.includes(word));
      }),
    );
  }

  /** The notes of some letters (all when none given) as a file, optionally only those with a tag. */
  async exportNotes(request: z.output<typeof notesExportRequest>): Promise<Result<ExportedFile>> {
    const listed = await this.list(request.tag ? { tag: request.tag } : {});
    if (!listed.ok) return listed;
    const wanted = request.letterIds && new Set(request.letterIds);
    const notes = listed.value.notes.filter((note) => !wanted || wanted.has(note.letterId));
    if (notes.length === 0) {
      return fail('empty', `Er zijn geen notities om te exporteren${request.tag ? ` met het label "${request.tag}"` : ''}.`);
    }
    const letters = await this.exportLetters(notes);
    const input = { archiveName: this.archiveName, letters, exportedAt: this.now(), ...(request.tag ? { tag: request.tag } : {}) };
    const base = `notities-${safeName(this.archiveName)}${request.tag ? `-${safeName(request.tag)}` : ''}`;
    const encode = (text: string) => new TextEncoder().encode(text);
    const done = (bytes: Uint8Array, extension: string, warnings: string[] = []): Result<ExportedFile> =>
      ok({ fileName: `${base}.${extension}`, mimeType: mime[request.format], bytes, noteCount: notes.length, warnings });
    switch (request.format) {
      case 'md':
        return done(encode(toMarkdown(input, citeSource)), 'md');
      case 'csv':
        return done(encode(toCsv(input, citeSource)), 'csv');
      case 'jsonld':
        return done(encode(toJsonLd(input)), 'jsonld');
      case 'docx':
        return done(await toDocx(input, citeSource), 'docx');
      case 'pdf':
        return this.exportPdf(letters, notes.length);
      default:
        return assertNever(request.format);
    }
  }

  private async exportPdf(letters: ExportLetter[], noteCount: number): Promise<Result<ExportedFile>> {
    if (letters.length !== 1) {
      return fail('bad-request', 'Een PDF met markeringen maakt Leeszaal per brief. Kies één brief, of exporteer naar Word.');
    }
    const letter = letters[0]!;
    const bytes = await this.source.bytes(letter.letterId);
    if (!bytes.ok) return bytes;
    const text = await this.textOf(letter.letterId);
    const highlights = letter.notes.flatMap((note) => highlightsOf(note, text));
    const made = await toHighlightedPdf(bytes.value, highlights);
    if (!made.ok) return made;
    const warnings = [...made.value.warnings];
    const unplaced = letter.notes.filter((note) => highlightsOf(note, text).length === 0).length;
    if (unplaced > 0) {
      warnings.push(`${unplaced} ${unplaced === 1 ? 'notitie is' : 'notities zijn'} niet gemarkeerd: de passage is niet teruggevonden in deze versie van de brief.`);
    }
    const name = (letter.path.split('/').at(-1) ?? 'brief').replace(/\.pdf$/i, '');
    return ok({ fileName: `${name}-met-notities.pdf`, mimeType: mime.pdf, bytes: made.value.bytes, noteCount, warnings });
  }

  private async exportLetters(notes: ListedNote[]): Promise<ExportLetter[]> {
    const paths = new Map(this.source.list().map((l) => [l.id, l.path]));
    const byLetter = new Map<string, ListedNote[]>();
    for (const note of notes) byLetter.set(note.letterId, [...(byLetter.get(note.letterId) ?? []), note]);
    const letters: ExportLetter[] = [];
    for (const [letterId, letterNotes] of byLetter) {
      const path = paths.get(letterId) ?? letterNotes[0]?.path ?? letterId;
      const content = await this.source.content(letterId);
      const metadata: LetterMetadata | null = content.ok ? content.value.metadata : null;
      const paper = paperOf(path, metadata);
      letters.push({ letterId, path, metadata, ...(paper ? { paper } : {}), notes: letterNotes });
    }
    // Oldest letter first, as a file of correspondence is read; undated letters after, by path.
    return letters.sort(
      (a, b) => (a.metadata?.date?.value ?? '9999').localeCompare(b.metadata?.date?.value ?? '9999') || a.path.localeCompare(b.path),
    );
  }

  /**
   * Places every note against its letter's current text. A note whose letter version is gone
   * follows the file at the same path (a new version) when its quote and context are found
   * there; otherwise it is an orphan.
   */
  private async place(notes: readonly Note[]): Promise<ListedNote[]> {
    const letters = this.source.list();
    const ids = new Set(letters.map((l) => l.id));
    const byPath = new Map(letters.map((l) => [l.path, l.id]));
    const placed: ListedNote[] = [];
    for (const note of notes) {
      if (ids.has(note.letterId)) {
        placed.push(anchorNote(note, await this.textOf(note.letterId)));
        continue;
      }
      const successor = note.path ? byPath.get(note.path) : undefined;
      if (!successor) {
        placed.push({ ...note, status: 'orphan' });
        continue;
      }
      const listed = anchorNote({ ...note, letterId: successor }, await this.textOf(successor));
      placed.push(listed.status === 'anchored' ? { ...listed, status: 'moved' } : listed);
    }
    return placed.sort(
      (a, b) => a.letterId.localeCompare(b.letterId) || (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity) || a.created.localeCompare(b.created),
    );
  }

  private async textOf(letterId: string): Promise<LetterText | null> {
    const known = this.texts.get(letterId);
    if (known) return known;
    const content = await this.source.content(letterId);
    if (!content.ok || !content.value.text) return null;
    this.texts.set(letterId, content.value.text);
    return content.value.text;
  }

  /** Applies an edit to the latest notes on disk, records it for undo, tells who listens. */
  private async change(edit: (notes: readonly Note[]) => Result<NoteChange[]>, placeId?: string): Promise<Result<ListedNote>> {
    let changes: NoteChange[] = [];
    const done = await this.store.mutate((notes) => {
      const made = edit(notes);
      if (!made.ok) return made;
      changes = made.value;
      const applied = applyChanges(notes, changes, false);
      return applied.ok ? ok({ notes: applied.value, value: applied.value }) : applied;
    });
    if (!done.ok) return done;
    this.history.record(changes);
    this.remember(done.value);
    this.options.onChanged(letterIdsOf(changes));
    const note = done.value.find((n) => n.id === placeId) ?? changes[0]?.before;
    if (!note) throw new Error('a change without a note');
    return ok(anchorNote(note, await this.textOf(note.letterId)));
  }

  private async step(kind: 'undo' | 'redo'): Promise<Result<{ letterIds: string[] } | null>> {
    const changes = kind === 'undo' ? this.history.undo() : this.history.redo();
    if (!changes) return ok(null);
    const done = await this.store.mutate((notes) => {
      const applied = applyChanges(notes, changes, true);
      return applied.ok ? ok({ notes: applied.value, value: applied.value }) : applied;
    });
    if (!done.ok) {
      this.history.restore(kind);
      return done;
    }
    this.remember(done.value);
    const letterIds = letterIdsOf(changes);
    this.options.onChanged(letterIds);
    return ok({ letterIds });
  }

  private remember(notes: readonly Note[]): void {
    const texts = new Map<string, string>();
    for (const note of notes) {
      texts.set(note.letterId, [texts.get(note.letterId), note.text, ...note.tags].filter(Boolean).join('\n'));
    }
    this.noteTexts = texts;
  }
}

const gone = fail('not-found', 'Deze notitie bestaat niet meer; misschien is ze in een ander venster verwijderd.');
const letterIdsOf = (changes: readonly NoteChange[]) => [...new Set(changes.map((c) => (c.after ?? c.before)!.letterId))];
const safeName = (text: string) => text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'archief';
