// Snippets: short passages around hits, with the hits' offsets inside the snippet, so that a
// result list can show why a letter matched and the viewer can jump to the page.
import type { TextHit } from './matchQuery';

/** A passage of one page, with highlights as offsets into `text`. */
export type Snippet = { page: number; text: string; highlights: TextHit[] };

const BEFORE = 60;
const AFTER = 120;

/**
 * Up to `max` snippets from the pages' hits, first pages first; each snippet gathers the hits
 * that fall inside it. Newlines become spaces (same length, so offsets hold).
 */
export function buildSnippets(pages: readonly { number: number; text: string; hits: readonly TextHit[] }[], max = 3): Snippet[] {
  const snippets: Snippet[] = [];
  for (const page of pages) {
    let i = 0;
    while (i < page.hits.length && snippets.length < max) {
      const first = page.hits[i]!;
      const start = wordBoundaryBefore(page.text, Math.max(0, first.start - BEFORE));
      const end = wordBoundaryAfter(page.text, Math.min(page.text.length, first.end + AFTER));
      const highlights: TextHit[] = [];
      while (i < page.hits.length && page.hits[i]!.end <= end) {
        const hit = page.hits[i]!;
        highlights.push({ start: hit.start - start, end: hit.end - start });
        i++;
      }
      if (!highlights.length) i++;
      snippets.push({ page: page.number, text: page.text.slice(start, end).replace(/\s/g, ' '), highlights });
    }
    if (snippets.length >= max) break;
  }
  return snippets;
}

function wordBoundaryBefore(text: string, at: number): number {
  if (at === 0) return 0;
  const space = text.lastIndexOf(' ', at);
  return space < 0 || at - space > 20 ? at : space + 1;
}

function wordBoundaryAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.indexOf(' ', at);
  return space < 0 || space - at > 20 ? at : space;
}
