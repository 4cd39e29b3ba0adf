import type { Note } from '../../shared/contract/notes';
import { LZ_PREFIX, PDF_FRAGMENT, SOURCE_PREFIX } from './w3cVocabulary';

/** A W3C Web Annotation as JSON (without @context; the collection carries it). */
export type W3cAnnotation = Record<string, unknown>;

const styleClass = (colour: string) => `lz-kleur-${colour.slice(1).toLowerCase()}`;

/**
 * A note as a W3C Web Annotation: the note text is a TextualBody of purpose `commenting`, each
 * tag one of purpose `tagging`; the colour is a CSS stylesheet class on the target (and
 * `lz:colour`); the page a PDF FragmentSelector; the rectangles `lz:rects` in PDF user units.
 */
export function toAnnotation(note: Note): W3cAnnotation {
  const body: Record<string, unknown>[] = [];
  if (note.text !== '') {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: note.text, format: 'text/plain' });
  }
  for (const tag of note.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const selector: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: note.quote.exact, prefix: note.quote.prefix, suffix: note.quote.suffix },
  ];
  if (note.position) selector.push({ type: 'TextPositionSelector', start: note.position.start, end: note.position.end });
  if (note.page) selector.push({ type: 'FragmentSelector', conformsTo: PDF_FRAGMENT, value: `page=${note.page}` });
  return {
    id: note.id,
    type: 'Annotation',
    motivation: note.text !== '' ? 'commenting' : 'highlighting',
    ...(note.author ? { creator: { type: 'Person', name: note.author } } : {}),
    created: note.created,
    modified: note.modified,
    ...(body.length > 0 ? { body: body.length === 1 ? body[0] : body } : {}),
    target: {
      source: `${SOURCE_PREFIX}${note.letterId}`,
      selector,
      styleClass: styleClass(note.colour),
      ...(note.path ? { [`${LZ_PREFIX}:path`]: note.path } : {}),
    },
    stylesheet: { type: 'CssStylesheet', value: `.${styleClass(note.colour)} { background-color: ${note.colour}; }` },
    [`${LZ_PREFIX}:colour`]: note.colour,
    ...(note.rects.length > 0 ? { [`${LZ_PREFIX}:rects`]: note.rects.map((rect) => [...rect]) } : {}),
  };
}
