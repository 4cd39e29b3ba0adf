// Fuzzy and wildcard terms are matched against the unstemmed words of the archive, not lunr's
// stems: with a stemmer in the pipeline, lunr's own `begrotng~1` compares against "begrot" and
// finds nothing. The matching words are then stemmed and searched as ordinary terms.

/** At most this many words stand in for one fuzzy or wildcard term. */
export const MAX_EXPANSIONS = 64;

// Two rows reused by every call: a fuzzy term is compared with every word of the archive.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance of a and b, or max+1 as soon as it exceeds `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > previousRow.length) {
    previousRow = new Int32Array(b.length * 2 + 2);
    currentRow = new Int32Array(b.length * 2 + 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

/** A regular expression for a wildcard pattern (`*` = any run of characters). */
export function wildcardPattern(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

/**
 * The words of `dictionary` that a fuzzy (`distance`) or wildcard term stands for, closest and
 * most frequent first, at most MAX_EXPANSIONS.
 */
export function expandTerm(term: string, dictionary: Iterable<string>, options: { fuzzy?: number; wildcard?: boolean }): string[] {
  const found: { word: string; distance: number }[] = [];
  if (options.wildcard) {
    const regex = wildcardPattern(term);
    const prefix = term.split('*')[0]!;
    for (const word of dictionary) {
      if (prefix && !word.startsWith(prefix)) continue;
      if (regex.test(word)) found.push({ word, distance: 0 });
    }
  } else {
    const max = options.fuzzy ?? 1;
    for (const word of dictionary) {
      const distance = boundedDistance(term, word, max);
      if (distance <= max) found.push({ word, distance });
    }
  }
  found.sort((a, b) => a.distance - b.distance || a.word.length - b.word.length || a.word.localeCompare(b.word));
  return found.slice(0, MAX_EXPANSIONS).map((f) => f.word);
}
