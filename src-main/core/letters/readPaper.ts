import type { Citation, Paper } from '../../shared/contract/letterContent';

const ownLine = /^(Tweede|Eerste) Kamer,? vergaderjaar (\d{4})\s*[–-]\s*(\d{2}|\d{4})\b/i;
const identifier = /\bkst-(\d{5})(?:-([0-9]{1,2}|[IVXLC]+|[A-Z]))?-(\d{1,4})\b/i;

/**
 * The paper a document is, from what a published Kamerstuk prints about itself: its running
 * footer "Tweede Kamer, vergaderjaar 2019–2020, 35 538, nr. 4" on most pages, or its identifier
 * "kst-35538-4". A paper that is merely cited, however often, is not the document itself: the
 * footer must stand on at least half of the pages (and on two, when there are more than one).
 */
export function readPaper(citations: readonly Citation[], pageTexts: readonly string[]): Paper | undefined {
  const pagesByKey = new Map<string, { pages: Set<number>; raw: string; match: RegExpExecArray }>();
  for (const citation of citations) {
    const match = ownLine.exec(citation.raw);
    if (!match) continue;
    const entry = pagesByKey.get(citation.key) ?? { pages: new Set<number>(), raw: citation.raw, match };
    entry.pages.add(citation.page);
    pagesByKey.set(citation.key, entry);
  }
  const pageCount = Math.max(1, pageTexts.length);
  const needed = pageCount === 1 ? 1 : Math.max(2, Math.ceil(pageCount / 2));
  const footer = [...pagesByKey.entries()]
    .filter(([, entry]) => entry.pages.size >= needed)
    .sort((a, b) => b[1].pages.size - a[1].pages.size)[0];
  if (footer) {
    const [key, { raw, match }] = footer;
    const start = match[2]!;
    const end = match[3]!.slice(-2);
    return { key, chamber: /^Eerste/i.test(match[1]!) ? 'I' : 'II', year: `${start}/${end}`, raw };
  }
  for (const text of pageTexts.slice(0, 2)) {
    const id = identifier.exec(text);
    if (id) return { key: [id[1], id[2]?.toUpperCase(), id[3]].filter(Boolean).join('-'), raw: id[0] };
  }
  return undefined;
}
