import type { SearchSnippet } from '../../../src-main/shared/contract/search';

/** A snippet of a letter's text with its hits marked. */
export function Snippet({ snippet }: { snippet: SearchSnippet }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  const ranges = [...snippet.highlights].sort((a, b) => a.start - b.start);
  ranges.forEach((range, index) => {
    if (range.start < at) return;
    if (range.start > at) parts.push(snippet.text.slice(at, range.start));
    parts.push(<mark key={index}>{snippet.text.slice(range.start, range.end)}</mark>);
    at = range.end;
  });
  parts.push(snippet.text.slice(at));
  return <span className="snippet-text">{parts}</span>;
}

/** The distinct words a search matched, as written in the letter (for pdf.js to highlight). */
export function matchedTerms(snippets: readonly SearchSnippet[]): string[] {
  const terms = new Set<string>();
  for (const snippet of snippets) {
    for (const range of snippet.highlights) {
      const term = snippet.text.slice(range.start, range.end).trim();
      if (term.length > 1) terms.add(term.toLowerCase());
    }
  }
  return [...terms];
}
