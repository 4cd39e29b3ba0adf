// Notes on passages of letters (DESIGN.md "Annotations"). On disk a note is a W3C Web
// Annotation (core/notes/w3c.ts); over the API it travels in this flatter shape.
import { z } from 'zod';
import { methodChannels } from '../channels';
import { letterIdSchema } from './archive';
import { pdfRectSchema } from './letterContent';

/** The quoted passage with its context, as a W3C TextQuoteSelector. */
export const textQuoteSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
});
export type TextQuote = z.infer<typeof textQuoteSchema>;

/** Offsets in the letter's full text (pages joined with PAGE_SEPARATOR), end exclusive. */
export const textPositionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextPosition = z.infer<typeof textPositionSchema>;

/** A highlight colour as CSS hex (#rrggbb). */
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'een kleur is #rrggbb');

/** Where a note stands against the letter's current text. */
export const anchorStatusSchema = z.enum([
  /** The quote is where the note says, with its context. */
  'anchored',
  /** The quote and its context were found at another place (the letter's text changed). */
  'moved',
  /** The quote cannot be placed with confidence; shown with its quote, never dropped. */
  'orphan',
  /** The letter's text is not known yet (not extracted, or the letter is missing). */
  'unchecked',
]);
export type AnchorStatus = z.infer<typeof anchorStatusSchema>;

export const noteSchema = z.object({
  /** `urn:uuid:...`, or the id another tool gave the annotation. */
  id: z.string().min(1),
  letterId: letterIdSchema,
  /**
   * The letter's path in the archive when the note was made: a new version of the file (new
   * id, same path) is where the note is placed again when its own version is gone.
   */
  path: z.string().optional(),
  quote: textQuoteSchema,
  position: textPositionSchema.optional(),
  /** 1-based page of the quote's start. */
  page: z.number().int().positive().optional(),
  /** Highlight rectangles on `page`, in PDF user units. */
  rects: z.array(pdfRectSchema).default([]),
  /** The note itself: plain text, line breaks kept. */
  text: z.string().default(''),
  tags: z.array(z.string().min(1)).default([]),
  colour: colourSchema.default('#ffd54f'),
  author: z.string().default(''),
  created: z.string(),
  modified: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

/** A note as listed: with where it stands against the letter's current text. */
export const listedNoteSchema = noteSchema.extend({ status: anchorStatusSchema });
export type ListedNote = z.infer<typeof listedNoteSchema>;

export const noteCreateRequest = z
  .object({
    letterId: letterIdSchema,
    quote: textQuoteSchema,
    position: textPositionSchema.optional(),
    page: z.number().int().positive().optional(),
    rects: z.array(pdfRectSchema).optional(),
    text: z.string().max(100_000).optional(),
    tags: z.array(z.string().min(1).max(200)).max(100).optional(),
    colour: colourSchema.optional(),
    /** Overrides the stored author name for this note. */
    author: z.string().max(200).optional(),
  })
  .strict();

export const noteUpdateRequest = z
  .object({
    id: z.string().min(1),
    text: z.string().max(100_000).optional(),
    tags: z.array(z.string().min(1).max(200)).max(100).optional(),
    colour: colourSchema.optional(),
    author: z.string().max(200).optional(),
  })
  .strict();

export const noteDeleteRequest = z.object({ id: z.string().min(1) }).strict();

/** Notes of one letter, or of the whole archive when `letterId` is omitted. */
export const notesListRequest = z
  .object({ letterId: letterIdSchema.optional(), tag: z.string().optional() })
  .strict();
export const notesListResponse = z.object({
  notes: z.array(listedNoteSchema),
  /** Set when the notes file was damaged and Leeszaal fell back on its backup. */
  warning: z.string().optional(),
});

export const notesSearchRequest = z.object({ query: z.string().min(1).max(500) }).strict();
export const notesSearchResponse = z.array(listedNoteSchema);

export const notesUndoRequest = z.object({}).strict();
/** What undo/redo did: the notes it touched, or nothing left to undo (null). */
export const notesUndoResponse = z.object({ letterIds: z.array(letterIdSchema) }).nullable();

export const notesAuthorRequest = z.object({}).strict();
export const notesSetAuthorRequest = z.object({ author: z.string().trim().min(1).max(200) }).strict();
export const notesAuthorResponse = z.object({ author: z.string() });

export const exportFormatSchema = z.enum(['docx', 'md', 'csv', 'jsonld', 'pdf']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/**
 * Export of the notes of some letters (all when omitted), optionally only those with a tag. The
 * file comes back with a suggested name and is saved by the renderer (a download), so no path
 * from the renderer is ever written to. The PDF format takes exactly one letter. The content is
 * base64 so that both transports carry it as plain JSON.
 */
export const notesExportRequest = z
  .object({
    format: exportFormatSchema,
    letterIds: z.array(letterIdSchema).optional(),
    tag: z.string().optional(),
  })
  .strict();
export const notesExportResponse = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
  noteCount: z.number().int().nonnegative(),
  /** Sentences for the user, e.g. notes left out of a PDF because they are orphans. */
  warnings: z.array(z.string()),
});
export type NotesExport = z.infer<typeof notesExportResponse>;

/** Pushed after notes changed (here or in another window), so search can reindex note text. */
export const notesChangedEvent = z.object({ letterIds: z.array(letterIdSchema) });

/**
 * The notes methods of LeeszaalApi (spread into `methods` in api.ts), in the same
 * `{ channel, request, response }` shape as the others.
 */
export const notesMethods = {
  createNote: { channel: methodChannels.createNote, request: noteCreateRequest, response: listedNoteSchema },
  updateNote: { channel: methodChannels.updateNote, request: noteUpdateRequest, response: listedNoteSchema },
  deleteNote: { channel: methodChannels.deleteNote, request: noteDeleteRequest, response: noteDeleteRequest },
  listNotes: { channel: methodChannels.listNotes, request: notesListRequest, response: notesListResponse },
  searchNotes: { channel: methodChannels.searchNotes, request: notesSearchRequest, response: notesSearchResponse },
  undoNotes: { channel: methodChannels.undoNotes, request: notesUndoRequest, response: notesUndoResponse },
  redoNotes: { channel: methodChannels.redoNotes, request: notesUndoRequest, response: notesUndoResponse },
  notesAuthor: { channel: methodChannels.notesAuthor, request: notesAuthorRequest, response: notesAuthorResponse },
  setNotesAuthor: { channel: methodChannels.setNotesAuthor, request: notesSetAuthorRequest, response: notesAuthorResponse },
  exportNotes: { channel: methodChannels.exportNotes, request: notesExportRequest, response: notesExportResponse },
} as const;
