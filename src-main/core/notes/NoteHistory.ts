import type { Note } from '../../shared/contract/notes';

/** One note before and after an edit: null before = created, null after = deleted. */
export type NoteChange = { before: Note | null; after: Note | null };

/** The changes that undo `changes`, in the order to apply them. */
export function inverse(changes: readonly NoteChange[]): NoteChange[] {
  return [...changes].reverse().map(({ before, after }) => ({ before: after, after: before }));
}

/**
 * Undo and redo of note edits, one step per user action. Pure bookkeeping: the caller applies
 * what `undo()` and `redo()` return, and tells `record()` about every new action.
 */
export class NoteHistory {
  private done: NoteChange[][] = [];
  private undone: NoteChange[][] = [];

  constructor(private readonly limit = 200) {}

  /** Records a user action; a new action makes the undone steps unreachable. */
  record(changes: readonly NoteChange[]): void {
    if (changes.length === 0) return;
    this.done.push([...changes]);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** The changes that undo the last action, or null when there is nothing to undo. */
  undo(): NoteChange[] | null {
    const step = this.done.pop();
    if (!step) return null;
    this.undone.push(step);
    return inverse(step);
  }

  /** The changes that redo the last undone action, or null. */
  redo(): NoteChange[] | null {
    const step = this.undone.pop();
    if (!step) return null;
    this.done.push(step);
    return step;
  }

  /** Puts back a step whose undo or redo could not be applied (e.g. edited elsewhere). */
  restore(kind: 'undo' | 'redo'): void {
    if (kind === 'undo') {
      const step = this.undone.pop();
      if (step) this.done.push(step);
    } else {
      const step = this.done.pop();
      if (step) this.undone.push(step);
    }
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }
}
