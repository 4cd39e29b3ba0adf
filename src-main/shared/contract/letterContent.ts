// What Leeszaal reads from a letter: its text with positions, and its metadata with provenance
// (DESIGN.md "Letters and metadata"). Produced by node/extract, consumed by search, notes and UI.
import { z } from 'zod';

/**
 * A rectangle in PDF user units on one page: [x1, y1, x2, y2], origin at the page's bottom left
 * (never screen pixels; STYLE.md 10). Branded so that viewport rectangles cannot be mixed in.
 */
export const pdfRectSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]).brand<'PdfRect'>();
export type PdfRect = z.infer<typeof pdfRectSchema>;

/** Where on which page a value came from. */
export const provenanceSchema = z.object({ page: z.number().int().positive(), rect: pdfRectSchema });
export type Provenance = z.infer<typeof provenanceSchema>;

/** One line of text as a reader sees it, in reading order. */
export const textLineSchema = z.object({
  text: z.string(),
  rect: pdfRectSchema,
  /** Offset of the line's first character in the page's `text`. */
  start: z.number().int().nonnegative(),
  /** Font size in PDF units (headings and labels differ from body text). */
  fontSize: z.number().nonnegative(),
  bold: z.boolean().optional(),
});
export type TextLine = z.infer<typeof textLineSchema>;

export const pageTextSchema = z.object({
  /** 1-based page number. */
  number: z.number().int().positive(),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
  /**
   * Lower-left corner of the page's visible box in user units, when it is not (0, 0): some PDFs
   * shift their crop box. Line rects are true user units; layout rules subtract this origin.
   */
  x: z.number().optional(),
  y: z.number().optional(),
  /** The page's text in reading order; lines joined with "\n". */
  text: z.string(),
  lines: z.array(textLineSchema),
});
export type PageText = z.infer<typeof pageTextSchema>;

export const letterTextSchema = z.object({
  pages: z.array(pageTextSchema),
});
export type LetterText = z.infer<typeof letterTextSchema>;

/** Separator between pages in a letter's full text (TextPositionSelector offsets count it). */
export const PAGE_SEPARATOR = '\n\n';

/** A metadata value with where it was found and how sure the rules are (0..1). */
export const fieldSchema = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    source: provenanceSchema.optional(),
    confidence: z.number().min(0).max(1),
    /** Set when the user corrected this field (metadata-overrides.json); the value is theirs. */
    corrected: z.literal(true).optional(),
    /** With `corrected`: what extraction found, when it found anything. */
    extracted: value.optional(),
  });

export const citationSchema = z.object({
  /** As written, e.g. "Kamerstukken II 2018/19, 33 279, nr. 28". */
  raw: z.string(),
  /** Normalised key: `<dossier digits>[-<sub-part>]-<nr>`, e.g. "33279-28", "32123-XVI-30". */
  key: z.string(),
  page: z.number().int().positive(),
});
export type Citation = z.infer<typeof citationSchema>;

/** A published parliamentary paper's own identity: "Tweede Kamer, vergaderjaar 2019–2020, 35 538, nr. 4". */
export const paperSchema = z.object({
  key: z.string(),
  chamber: z.enum(['I', 'II']).optional(),
  /** Vergaderjaar as cited: "2019/20". */
  year: z.string().optional(),
  raw: z.string(),
});
export type Paper = z.infer<typeof paperSchema>;

export const letterMetadataSchema = z.object({
  date: fieldSchema(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
  reference: fieldSchema(z.string()).optional(),
  theirReference: fieldSchema(z.string()).optional(),
  subject: fieldSchema(z.string()).optional(),
  sender: fieldSchema(z.string()).optional(),
  recipient: fieldSchema(z.string()).optional(),
  pageCount: z.number().int().nonnegative().optional(),
  language: z.string().optional(),
  citations: z.array(citationSchema),
  /** The parliamentary paper this document itself is, when it says so (a published Kamerstuk). */
  paper: paperSchema.optional(),
});
export type LetterMetadata = z.infer<typeof letterMetadataSchema>;
export type MetadataField = Exclude<keyof LetterMetadata, 'pageCount' | 'language' | 'citations' | 'paper'>;
export const metadataFields = ['date', 'reference', 'theirReference', 'subject', 'sender', 'recipient'] as const satisfies readonly MetadataField[];
