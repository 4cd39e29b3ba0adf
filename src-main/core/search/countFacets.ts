// Facet counts over the letters a query matched (before paging), so that the filters show how
// many letters each choice would leave.

/** One facet value and how many matched letters carry it. */
export type FacetCount = { value: string; count: number };

/** What facets need to know of a matched letter. */
export type Facetable = { sender?: string; kind: string; date?: string; hasNotes: boolean };

export type Facets = { sender: FacetCount[]; kind: FacetCount[]; year: FacetCount[]; hasNotes: FacetCount[] };

function sorted(counts: Map<string, number>, byValue = false): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => (byValue ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'nl')));
}

/** Counts sender, kind, year and has-notes over `letters`; at most `maxValues` per facet. */
export function countFacets(letters: Iterable<Facetable>, maxValues = 50): Facets {
  const sender = new Map<string, number>();
  const kind = new Map<string, number>();
  const year = new Map<string, number>();
  const hasNotes = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const letter of letters) {
    if (letter.sender) add(sender, letter.sender);
    add(kind, letter.kind);
    if (letter.date) add(year, letter.date.slice(0, 4));
    add(hasNotes, letter.hasNotes ? 'ja' : 'nee');
  }
  return {
    sender: sorted(sender).slice(0, maxValues),
    kind: sorted(kind),
    year: sorted(year, true).slice(0, maxValues),
    hasNotes: sorted(hasNotes),
  };
}
