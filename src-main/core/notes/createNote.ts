import type { z } from 'zod';
import type { Note, noteCreateRequest } from '../../shared/contract/notes';

/** What creating a note needs from outside: an id, the clock and the default author. */
export type NoteEffects = { newId: () => string; now: () => string; author: string };

/** A new note from a create request. */
export function createNote(request: z.output<typeof noteCreateRequest>, effects: NoteEffects, letterPath?: string): Note {
  const now = effects.now();
  return {
    id: effects.newId(),
    letterId: request.letterId,
    ...(letterPath ? { path: letterPath } : {}),
    quote: request.quote,
    ...(request.position ? { position: request.position } : {}),
    ...(request.page ? { page: request.page } : {}),
    rects: request.rects ?? [],
    text: request.text ?? '',
    tags: normaliseTags(request.tags ?? []),
    colour: request.colour ?? '#ffd54f',
    author: request.author ?? effects.author,
    created: now,
    modified: now,
  };
}

/** Tags trimmed, without duplicates, in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}
