import type { LetterRow } from './LetterRow';

/** The facet filters of the letter list; an empty set means "all". */
export type LetterFilters = {
  years: ReadonlySet<string>;
  senders: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  hasNotes: boolean;
};

export const noFilters: LetterFilters = { years: new Set(), senders: new Set(), kinds: new Set(), hasNotes: false };

/** The facet values of a letter (year of its date, sender, kind of file). */
export const facetsOf = (letter: LetterRow) => ({
  year: letter.date?.slice(0, 4),
  sender: letter.sender,
  kind: letter.kind,
});

/** Keeps the letters that pass every active facet filter. */
export function filterLetters(letters: readonly LetterRow[], filters: LetterFilters): LetterRow[] {
  return letters.filter((letter) => {
    const facets = facetsOf(letter);
    if (filters.years.size && !(facets.year && filters.years.has(facets.year))) return false;
    if (filters.senders.size && !(facets.sender && filters.senders.has(facets.sender))) return false;
    if (filters.kinds.size && !filters.kinds.has(facets.kind)) return false;
    if (filters.hasNotes && !letter.noteCount) return false;
    return true;
  });
}

/** Counts per facet value over the letters, most frequent first. */
export function countFacets(letters: readonly LetterRow[]): Record<'year' | 'sender' | 'kind', [string, number][]> {
  const counts = { year: new Map<string, number>(), sender: new Map<string, number>(), kind: new Map<string, number>() };
  for (const letter of letters) {
    const facets = facetsOf(letter);
    for (const name of ['year', 'sender', 'kind'] as const) {
      const value = facets[name];
      if (value) counts[name].set(value, (counts[name].get(value) ?? 0) + 1);
    }
  }
  const sorted = (map: Map<string, number>, byValue = false) =>
    [...map].sort((a, b) => (byValue ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
  return { year: sorted(counts.year, true), sender: sorted(counts.sender), kind: sorted(counts.kind) };
}
