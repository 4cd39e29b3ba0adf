import type { TextPosition, TextQuote } from '../../shared/contract/notes';

/** Where a quote was placed in a text, or why it could not be. */
export type Anchoring =
  | { status: 'anchored' | 'moved'; start: number; end: number }
  | { status: 'orphan'; reason: 'not-found' | 'context' | 'ambiguous' };

/**
 * Share of the quote's context (prefix + suffix) that must still surround a candidate. Half
 * means one side may have been rewritten entirely; less would let a look-alike passage with
 * a coincidental word or two around it take the note.
 */
export const MIN_CONTEXT_SCORE = 0.5;

/** A text with whitespace runs collapsed to one space, and where each character came from. */
type Folded = { text: string; origin: number[] };
const WHITESPACE_RUN = /\s+/g;

/**
 * Re-extraction moves line breaks and doubles spaces, so quotes are compared with whitespace
 * folded. `origin[i]` is the offset in the original text of folded character i.
 */
function fold(text: string): Folded {
  // Notes of one letter are anchored one after another against the same text: fold it once.
  if (lastFolded?.source === text) return lastFolded.folded;
  // Whitespace runs found by one regex pass; everything between is copied as it is.
  const parts: string[] = [];
  const origin: number[] = [];
  let last = 0;
  for (const run of text.matchAll(WHITESPACE_RUN)) {
    for (let i = last; i < run.index; i++) origin.push(i);
    parts.push(text.slice(last, run.index), ' ');
    origin.push(run.index);
    last = run.index + run[0].length;
  }
  for (let i = last; i < text.length; i++) origin.push(i);
  parts.push(text.slice(last));
  origin.push(text.length);
  lastFolded = { source: text, folded: { text: parts.join(''), origin } };
  return lastFolded.folded;
}
let lastFolded: { source: string; folded: Folded } | null = null;

const foldString = (text: string) => text.replace(/\s+/g, ' ');

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Places a W3C TextQuoteSelector in `text`. Every occurrence of the exact quote is scored by how
 * much of its prefix and suffix still surround it; the position hint (TextPositionSelector) only
 * breaks ties. A note is never moved to a passage that merely looks alike: too little context
 * left, or two places equally likely, makes it an orphan.
 */
export function anchorQuote(text: string, quote: TextQuote, hint?: TextPosition): Anchoring {
  // Fast path: the hint still points at the quote with its full context.
  if (hint && text.slice(hint.start, hint.end) === quote.exact) {
    const before = text.slice(Math.max(0, hint.start - quote.prefix.length), hint.start);
    const after = text.slice(hint.end, hint.end + quote.suffix.length);
    if (before === quote.prefix && after === quote.suffix) return { status: 'anchored', start: hint.start, end: hint.end };
  }
  const haystack = fold(text);
  const exact = foldString(quote.exact);
  const prefix = foldString(quote.prefix);
  const suffix = foldString(quote.suffix);
  if (exact.trim() === '') return { status: 'orphan', reason: 'not-found' };
  const contextLength = prefix.length + suffix.length;

  type Candidate = { start: number; end: number; score: number };
  const candidates: Candidate[] = [];
  for (let at = haystack.text.indexOf(exact); at !== -1; at = haystack.text.indexOf(exact, at + 1)) {
    const matched =
      commonSuffix(prefix, haystack.text.slice(Math.max(0, at - prefix.length), at)) +
      commonPrefix(suffix, haystack.text.slice(at + exact.length, at + exact.length + suffix.length));
    const start = haystack.origin[at]!;
    const end = haystack.origin[at + exact.length - 1]! + 1;
    candidates.push({ start, end, score: contextLength === 0 ? 1 : matched / contextLength });
  }
  if (candidates.length === 0) return { status: 'orphan', reason: 'not-found' };

  const best = Math.max(...candidates.map((c) => c.score));
  if (best < MIN_CONTEXT_SCORE) return { status: 'orphan', reason: 'context' };
  const top = candidates.filter((c) => c.score === best);
  let chosen = top[0]!;
  if (top.length > 1) {
    // Equally good places: only the one the hint names exactly is safe to take.
    const atHint = hint && top.find((c) => c.start === hint.start && c.end === hint.end);
    if (!atHint) return { status: 'orphan', reason: 'ambiguous' };
    chosen = atHint;
  }
  const same = !hint || (chosen.start === hint.start && chosen.end === hint.end);
  return { status: same ? 'anchored' : 'moved', start: chosen.start, end: chosen.end };
}
