import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../../src-main/core/notes/applyChanges';
import { createNote } from '../../../../../src-main/core/notes/createNote';
import { NoteHistory, type NoteChange } from '../../../../../src-main/core/notes/NoteHistory';
import type { Note } from '../../../../../src-main/shared/contract/notes';

const letterId = 'a'.repeat(64);
let clock = 0;
let ids = 0;
const effects = { newId: () => `urn:uuid:${++ids}`, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++clock)).toISOString(), author: 'jdevries' };
const make = (text: string) => createNote({ letterId, quote: { exact: 'passage', prefix: '', suffix: '' }, text }, effects);
const edit = (note: Note, text: string): NoteChange => ({ before: note, after: { ...note, text, modified: effects.now() } });

function run(steps: ('create' | 'edit' | 'delete' | 'undo' | 'redo')[]): string[] {
  const history = new NoteHistory();
  let notes: Note[] = [];
  const apply = (changes: NoteChange[], strict: boolean) => {
    const applied = applyChanges(notes, changes, strict);
    if (!applied.ok) throw new Error(applied.error.message);
    notes = applied.value;
  };
  for (const step of steps) {
    const last = notes.at(-1);
    let changes: NoteChange[] | null = null;
    if (step === 'create') changes = [{ before: null, after: make(`notitie ${notes.length + 1}`) }];
    if (step === 'edit' && last) changes = [edit(last, `${last.text} (bewerkt)`)];
    if (step === 'delete' && last) changes = [{ before: last, after: null }];
    if (changes) {
      apply(changes, false);
      history.record(changes);
    }
    if (step === 'undo' || step === 'redo') {
      const back = step === 'undo' ? history.undo() : history.redo();
      if (back) apply(back, true);
    }
  }
  return notes.map((note) => note.text);
}

describe('NoteHistory', () => {
  it.each([
    { steps: ['create', 'undo'], notes: [] },
    { steps: ['create', 'undo', 'redo'], notes: ['notitie 1'] },
    { steps: ['create', 'edit', 'undo'], notes: ['notitie 1'] },
    { steps: ['create', 'edit', 'undo', 'undo', 'redo', 'redo'], notes: ['notitie 1 (bewerkt)'] },
    { steps: ['create', 'create', 'delete', 'undo'], notes: ['notitie 1', 'notitie 2'] },
    { steps: ['create', 'undo', 'create', 'redo'], notes: ['notitie 1'] },
    { steps: ['undo', 'redo'], notes: [] },
  ] as const)('$steps -> $notes', ({ steps, notes }) => {
    expect(run([...steps])).toEqual(notes);
  });

  it('refuses an undo over an edit made elsewhere since', () => {
    const note = make('eerste');
    const mine = edit(note, 'mijn versie');
    const theirs = { ...mine.after!, text: 'hun versie', modified: effects.now() };
    const history = new NoteHistory();
    history.record([mine]);
    const undo = history.undo()!;
    const result = applyChanges([theirs], undo, true);
    expect(result.ok).toBe(false);
    history.restore('undo');
    expect(history.canUndo).toBe(true);
  });
});
