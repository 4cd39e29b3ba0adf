// Names of the W3C Web Annotation model and of Leeszaal's own extras, written once.

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Prefix for Leeszaal's extras (rectangles, colour, schema version) in JSON-LD. */
export const LZ_PREFIX = 'lz';
export const LZ_NAMESPACE = 'urn:leeszaal:ns:';
/** A letter's id as an IRI: the SHA-256 of its bytes. */
export const SOURCE_PREFIX = 'urn:sha256:';
/** RFC 3778: `page=N` fragments of a PDF, as the W3C model suggests for FragmentSelector. */
export const PDF_FRAGMENT = 'http://tools.ietf.org/rfc/rfc3778';
/** Version of annotations.jsonld's layout; a newer file is read but never overwritten. */
export const NOTES_SCHEMA_VERSION = 1;
