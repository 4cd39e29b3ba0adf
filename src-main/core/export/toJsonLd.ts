import { toCollection } from '../notes/annotationCollection';
import { exportHeading } from './exportWording';
import type { ExportInput } from './ExportInput';

/** The notes as a W3C AnnotationCollection, the same open format as annotations.jsonld. */
export function toJsonLd(input: ExportInput): string {
  const notes = input.letters.flatMap((letter) => letter.notes.map(({ status: _status, ...note }) => note));
  return `${JSON.stringify({ ...toCollection(notes, exportHeading(input)), generated: input.exportedAt }, null, 2)}\n`;
}
