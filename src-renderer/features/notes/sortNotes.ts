import type { ListedNote } from '../../../src-main/shared/contract/notes';

/** Notes in reading order: by page, then top to bottom (PDF y grows upwards), then by offset. */
export function sortNotes(notes: readonly ListedNote[]): { placed: ListedNote[]; orphans: ListedNote[] } {
  const top = (note: ListedNote) => Math.max(...note.rects.map((rect) => rect[3]), -Infinity);
  const placed = notes
    .filter((note) => note.status !== 'orphan')
    .sort(
      (a, b) =>
        (a.page ?? Infinity) - (b.page ?? Infinity) ||
        top(b) - top(a) ||
        (a.position?.start ?? 0) - (b.position?.start ?? 0) ||
        a.created.localeCompare(b.created),
    );
  const orphans = notes.filter((note) => note.status === 'orphan');
  return { placed, orphans };
}
