/**
 * Version of what extraction produces (text, reading order, metadata rules). Every cache entry
 * is stamped with it; an archive opened with another version reads those letters again in the
 * background (they keep their ids and notes). Bump it whenever a change to node/extract,
 * core/text or core/letters alters the text or metadata of any letter (docs/extraction.md).
 */
export const EXTRACTION_VERSION = 2; // 2: metadata.paper, rects in true user units on shifted pages
