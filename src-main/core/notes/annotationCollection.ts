import type { Note } from '../../shared/contract/notes';
import { fromAnnotation, isUnreadable } from './fromAnnotation';
import { toAnnotation, type W3cAnnotation } from './toAnnotation';
import { ANNO_CONTEXT, LZ_NAMESPACE, LZ_PREFIX, NOTES_SCHEMA_VERSION } from './w3cVocabulary';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The notes as a W3C AnnotationCollection whose `items` are the annotations, as DESIGN.md fixes
 * the file (one self-contained document; readers that expect the paged form find `first.items`
 * in files of other tools, which `fromCollection` reads too).
 * `kept.originals` (by id) are annotations as they were read: properties Leeszaal does not know,
 * from another tool or a newer version, are kept when the note is written back.
 */
export function toCollection(
  notes: readonly Note[],
  label: string,
  kept: { originals?: ReadonlyMap<string, Json>; unreadable?: readonly unknown[] } = {},
): Json {
  const items: unknown[] = notes.map((note): W3cAnnotation => ({ ...(kept.originals?.get(note.id) ?? {}), ...toAnnotation(note) }));
  // Annotations Leeszaal cannot read (no quote, another kind of target) are written back untouched.
  items.push(...(kept.unreadable ?? []));
  return {
    '@context': [ANNO_CONTEXT, { [LZ_PREFIX]: LZ_NAMESPACE }],
    type: 'AnnotationCollection',
    label,
    [`${LZ_PREFIX}:schemaVersion`]: NOTES_SCHEMA_VERSION,
    total: items.length,
    items,
  };
}

/** What was read from an annotations file. */
export type ReadCollection = {
  notes: Note[];
  originals: Map<string, Json>;
  schemaVersion: number;
  /** Why some annotations could not be read as notes (reported)... */
  skipped: string[];
  /** ...and those annotations themselves, to be written back untouched. */
  unreadable: unknown[];
};

/**
 * Reads an AnnotationCollection (annotations under `first.items` or, as other tools write it,
 * `items`), an AnnotationPage, a bare list of annotations or a single annotation. Returns null
 * when the JSON is none of these: the file is damaged or not a notes file.
 */
export function fromCollection(json: unknown): ReadCollection | null {
  let items: unknown[] | null = null;
  let schemaVersion = 0;
  if (Array.isArray(json)) items = json;
  else if (isObject(json)) {
    const version = Number(json[`${LZ_PREFIX}:schemaVersion`] ?? json.schemaVersion);
    schemaVersion = Number.isFinite(version) ? version : 0;
    if (Array.isArray(json.items)) items = json.items;
    else if (isObject(json.first) && Array.isArray(json.first.items)) items = json.first.items;
    else if (json.type === 'Annotation') items = [json];
    else if (json.type === 'AnnotationCollection' && json.first === undefined) items = [];
  }
  if (!items) return null;
  const notes: Note[] = [];
  const originals = new Map<string, Json>();
  const skipped: string[] = [];
  const unreadable: unknown[] = [];
  for (const item of items) {
    const note = fromAnnotation(item);
    if (isUnreadable(note)) {
      skipped.push(note.reason);
      unreadable.push(item);
      continue;
    }
    notes.push(note);
    originals.set(note.id, item as Json);
  }
  return { notes, originals, schemaVersion, skipped, unreadable };
}
