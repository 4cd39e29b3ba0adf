import type { Note } from '../../shared/contract/notes';
import { fail, ok, type Result } from '../../shared/result';
import type { NoteChange } from './NoteHistory';

/**
 * Applies changes to a list of notes. With `strict`, each note must still be as the change found
 * it (same `modified`, or absent for a creation): an undo never overwrites an edit made since
 * in another window.
 */
export function applyChanges(notes: readonly Note[], changes: readonly NoteChange[], strict: boolean): Result<Note[]> {
  const byId = new Map(notes.map((note) => [note.id, note]));
  for (const { before, after } of changes) {
    const id = (after ?? before)?.id;
    if (!id) continue;
    const current = byId.get(id) ?? null;
    if (strict && (current?.modified ?? null) !== (before?.modified ?? null)) {
      return fail('not-allowed', 'Deze notitie is intussen in een ander venster gewijzigd; ongedaan maken kan daarom niet.');
    }
    if (after) byId.set(id, after);
    else byId.delete(id);
  }
  return ok([...byId.values()]);
}
