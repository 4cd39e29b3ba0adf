// Finds Kamerstuk citations in running text and normalises them to keys
// (`<dossier digits>[-<sub-part>]-<nr>`, DESIGN.md "Letters and metadata"). Pure.
import type { Citation } from '../../shared/contract/letterContent';

// "Kamerstukken II 2009/10, " / "Kamerstuk " / "Kst. " / "Tweede Kamer, vergaderjaar 2019–2020, ".
const PREFIX =
  String.raw`(?<prefix>(?:(?:Kamerstuk(?:ken)?|Kst\.?|Parliamentary\s+Papers?)\s*:?\s*(?:(?<chamber>II|I|TK|EK)\b\s*)?` +
  String.raw`(?:(?:vergaderjaar\s+)?(?<year>(?:19|20)\d{2}\s*[/–-]\s*(?:(?:19|20)\d{2}|\d{2}))\s*,?\s*)?` +
  String.raw`|(?:Tweede|Eerste)\s+Kamer\s*,\s*vergaderjaar\s+(?<year2>(?:19|20)\d{2}\s*[/–-]\s*(?:(?:19|20)\d{2}|\d{2}))\s*,\s*))?`;
// Dossier "33 279" or "33279", never glued to a preceding number ("1 33 279").
const DOSSIER = String.raw`(?<![\d.,/)]|\d\s)(?<dossier>\d{2}[\s\u00a0]?\d{3})(?![\d])`;
// Sub-series "-07" (possibly broken over a line as "- 07"), budget chapter "XVI" / "-X" / " B",
// and the rijkswet marker "(R2068)", which is not part of the key.
const SUBPART =
  String.raw`(?:\s*\(R\s?\d+\))?(?:\s?[-–]\s?(?<subnum>\d{2})(?![\d])|(?:\s?[-–]\s?|\s+)(?<sublet>[A-Z]{1,5})\b)?(?:\s*\(R\s?\d+\))?`;
// "nr. 30", "nrs. 100 en 101", "nrs. 5, 6 en 7", "nrs. 5 t/m 7", "no. 12", "nummer 4".
const NUMBERS =
  String.raw`\s*,?\s*(?:nrs?|nos?|nummers?)\b\.?\s*(?<numbers>\d{1,4}(?:(?:\s*,\s*\d{1,4})*\s+(?:en|and|&)\s+(?:nr\.?\s*)?\d{1,4}|\s*(?:t\/m|tot en met|-|–)\s*\d{1,4})?)(?![\d])` +
  String.raw`(?!\s*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|procent|%))`;
// Compact form as used in lists and footnotes: "30569-8", "31700-B-14", "21501-07-1750".
const COMPACT = String.raw`(?<![\w.,/()\-–])(?<cdossier>\d{5})(?:-(?<csub>[A-Z]{1,5}|\d{2}(?=-\d)))?-(?<cnr>\d{1,4})(?![\w\-–/]|[.,]\d)`;

const citationPattern = new RegExp(`${PREFIX}${DOSSIER}${SUBPART}${NUMBERS}|(?<cprefix>(?:Kamerstuk(?:ken)?\\s*:?\\s*)?)${COMPACT}`, 'g');

// Other parliamentary publications, cited in the same breath but not Kamerstukken.
const notKamerstuk = /(?:Handelingen|Aanhangsel|Staatsblad|Stb\.|Staatscourant|Stcrt\.|Tractatenblad|Trb\.)[^;()]{0,30}$/;

/** A page-number line ("Pagina 2 van 4", "Page 1 of 2", "3") that must not split a citation. */
const pageNumberLine = /^\s*(?:(?:Pagina|Page|Blad|Seite)\s+)?\d{1,3}(?:\s*(?:van|of|von|\/)\s*\d{1,3})?\s*$/i;

function expandNumbers(numbers: string): string[] {
  const range = /^(\d+)\s*(?:t\/m|tot en met|-|–)\s*(\d+)$/.exec(numbers);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    // A long "range" is more likely something else ("nr. 5-2019"); keep its first number only.
    if (to <= from || to - from > 20) return [String(from)];
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  }
  return (numbers.match(/\d+/g) ?? []).map((n) => String(Number(n)));
}

/** Normalised citation key from its parts: `33279-28`, `32123-XVI-30`, `21501-07-1750`. */
export function citationKey(dossier: string, subPart: string | undefined, nr: string): string {
  const digits = dossier.replace(/\D/g, '');
  return subPart ? `${digits}-${subPart.toUpperCase()}-${nr}` : `${digits}-${nr}`;
}

/**
 * All Kamerstuk citations in a letter, page by page, in order of appearance (duplicates kept, so
 * that each occurrence can be shown). Citations that wrap across lines or a page end are found.
 */
export function parseCitations(pages: readonly string[]): Citation[] {
  // One running text with single spaces, remembering on which page each character was.
  let text = '';
  const pageAt: number[] = [];
  pages.forEach((pageText, index) => {
    const lines = pageText.split('\n').filter((line) => !pageNumberLine.test(line));
    const flat = lines.join(' ').replace(/[\s\u00a0\u2009\u202f]+/g, ' ');
    if (text && !text.endsWith(' ')) {
      text += ' ';
      pageAt.push(index);
    }
    text += flat;
    for (let i = 0; i < flat.length; i++) pageAt.push(index + 1);
  });
  const found: Citation[] = [];
  for (const match of text.matchAll(citationPattern)) {
    const groups = match.groups ?? {};
    const start = match.index ?? 0;
    const hasPrefix = Boolean(groups.prefix || groups.cprefix);
    if (!hasPrefix && notKamerstuk.test(text.slice(Math.max(0, start - 60), start))) continue;
    const raw = match[0].trim();
    const page = pageAt[start + (match[0].length - match[0].trimStart().length)] ?? 1;
    if (groups.dossier) {
      const sub = groups.subnum ?? groups.sublet;
      for (const nr of expandNumbers(groups.numbers ?? '')) found.push({ raw, key: citationKey(groups.dossier, sub, nr), page });
    } else if (groups.cdossier && groups.cnr) {
      found.push({ raw, key: citationKey(groups.cdossier, groups.csub, String(Number(groups.cnr))), page });
    }
  }
  return found;
}
