// Search, letter content and links inside the archive (DESIGN.md "Search"; issue 4).
import { z } from 'zod';
import { letterIdSchema } from './archive';
import { letterMetadataSchema, letterTextSchema } from './letterContent';
import { letterStatus, letterSummary } from './letters';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum als JJJJ-MM-DD');

export const searchFilters = z
  .object({
    /** Letters dated on or after this day (ISO). */
    dateFrom: isoDate.optional(),
    /** Letters dated on or before this day (ISO). */
    dateTo: isoDate.optional(),
    /** Letters from any of these senders (as the `sender` facet names them). */
    senders: z.array(z.string()).optional(),
    kinds: z.array(z.enum(['pdf', 'txt'])).optional(),
    /** True: only letters with notes; false: only letters without. */
    hasNotes: z.boolean().optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof searchFilters>;

export const searchSort = z.enum(['relevance', 'date-desc', 'date-asc']);
export type SearchSort = z.infer<typeof searchSort>;

export const searchRequest = z
  .object({
    /** lunr's query language plus "exact phrases"; empty = every letter the filters allow. */
    query: z.string().max(1000),
    filters: searchFilters.optional(),
    sort: searchSort.optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();
export type SearchRequest = z.infer<typeof searchRequest>;

/** Offsets of a hit: in `text` of a snippet, or in the page's text for `matches`. */
export const hitRange = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const snippetSchema = z.object({ page: z.number().int().positive(), text: z.string(), highlights: z.array(hitRange) });
export type SearchSnippet = z.infer<typeof snippetSchema>;

export const searchHit = z.object({
  letter: letterSummary,
  metadata: letterMetadataSchema.nullable(),
  score: z.number(),
  /** Pages holding hits, in order (1-based). */
  pages: z.array(z.number().int().positive()),
  snippets: z.array(snippetSchema),
  /** Every hit (up to 500 per letter) as offsets into its page's text, for highlighting. */
  matches: z.array(hitRange.extend({ page: z.number().int().positive() })),
});
export type SearchHit = z.infer<typeof searchHit>;

const facetCounts = z.array(z.object({ value: z.string(), count: z.number().int().nonnegative() }));
export const searchFacets = z.object({ sender: facetCounts, kind: facetCounts, year: facetCounts, hasNotes: facetCounts });

export const searchResponse = z.object({
  /** Matched letters in all, before limit and offset. */
  total: z.number().int().nonnegative(),
  hits: z.array(searchHit),
  facets: searchFacets,
  tookMs: z.number().nonnegative(),
  /**
   * False when a common phrase was checked on only part of the candidates within the time
   * budget (large archives): hits are right, `total` and facets are then estimates.
   */
  exact: z.boolean(),
  /** Letters still being read (not yet searchable) when the query ran. */
  pending: z.number().int().nonnegative(),
});
export type SearchResponse = z.infer<typeof searchResponse>;

export const letterContentRequest = z.object({ id: letterIdSchema }).strict();
export const letterContentResponse = z.object({
  id: letterIdSchema,
  status: letterStatus,
  text: letterTextSchema.nullable(),
  metadata: letterMetadataSchema.nullable(),
});
export type LetterContent = z.infer<typeof letterContentResponse>;

export const letterLinksRequest = z.object({ id: letterIdSchema }).strict();
export const letterLinksResponse = z.object({
  /** Papers this letter cites; `letterIds` are the letters in the archive that are that paper. */
  cites: z.array(z.object({ raw: z.string(), key: z.string(), page: z.number().int().positive(), letterIds: z.array(letterIdSchema) })),
  /** Letters citing this letter (when it is a parliamentary paper). */
  citedBy: z.array(z.object({ letterId: letterIdSchema, key: z.string(), raw: z.string(), page: z.number().int().positive() })),
  /** Letters whose reference this letter quotes as "uw kenmerk". */
  repliesTo: z.array(letterIdSchema),
  /** Letters quoting this letter's reference as "uw kenmerk". */
  repliedBy: z.array(letterIdSchema),
  /** The correspondence thread, oldest first, this letter included. */
  thread: z.array(z.object({ letterId: letterIdSchema, date: z.string().optional(), subject: z.string().optional(), reference: z.string().optional() })),
});
export type LetterLinksResponse = z.infer<typeof letterLinksResponse>;

/** Pushed when letters were added, changed or removed while the archive is open. */
export const lettersChangedEvent = z.object({
  added: z.array(letterIdSchema),
  changed: z.array(letterIdSchema),
  removed: z.array(letterIdSchema),
});
export type LettersChangedEvent = z.infer<typeof lettersChangedEvent>;
