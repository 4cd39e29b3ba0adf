// The title of a document that is not a letter (report, note, minutes, declaration, factsheet,
// Kamerstuk), as a careful reader takes it from page 1: a heading that names the kind of document
// ("PROCÈS-VERBAL" / "Séance publique ..."), the title after a Kamerstuk's "Nr. 4", else the
// largest text that stands out from the body, else a lone heading above the first paragraph.
// The sending organisation's header or logo line and running heads are never the title.
import { organisationsIn } from './knownOrganisations';
import { labelAt } from './labels';
import { type LetterLine, gapBelow, lineHeight } from './letterLines';
import { findDate } from './parseDate';

export type Title = { value: string; lines: LetterLine[] };

const pageNumber = /^(?:(?:pagina|page|seite)\s+)?\d+(?:\s*(?:van|of|von|\/)\s*\d+)?$/i;
// The kind of document, written in capitals as the first word of its heading.
const documentKind =
  /^(?:PROC[ÈE]S-VERBAL|VERKLARING|VERSLAG|NOTULEN|BESLUITENLIJST|BESLUIT|BESCHIKKING|AGENDA|MEMO|NOTITIE|NOTA|RAPPORT|MINUTES|DECLARATION|STATEMENT|PROTOKOLL|NIEDERSCHRIFT|ERKL[ÄA]RUNG)(?![\p{L}])/u;
// Small words that join two parts of a cover title set on separate lines ("... / Inzake / ...").
const connector = /^(?:inzake|betreffende|over|regarding|concerning|betreffend|concernant|bij|van|voor|for|on|of)$/i;

/** Most common font size in the document, weighted by characters: the body text. */
function bodySize(lines: readonly LetterLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** A line that names an organisation as a header ("Tweede Kamer der Staten-Generaal", "Project X - Ministerie van Y"). */
function organisationHeading(line: LetterLine): boolean {
  const named = organisationsIn(line.text)[0];
  if (!named) return false;
  const before = line.text.slice(0, named.index).trim();
  const after = line.text.slice(named.index + named.name.length).trim();
  return (!before || /[-–—|]$/.test(before)) && (!after || /^[-–—|,]|^[A-Z]+\/|^\S*\d|^Distr/.test(after) || Boolean(labelAt(after)));
}

/** Lines of a block that continue its first line: aligned left or centred, close below, not a label. */
function aligned(a: LetterLine, b: LetterLine): boolean {
  const centre = (l: LetterLine) => (l.rect[0] + l.rect[2]) / 2;
  return Math.abs(a.rect[0] - b.rect[0]) <= 3 || Math.abs(centre(a) - centre(b)) <= 10;
}

function tidy(text: string): string {
  let value = text.replace(/\s+/g, ' ').replace(/^[\s–—-]+|[\s–—-]+$/g, '').trim();
  // A footnote marker glued to an upper-case title: "NADER RAPPORT1".
  if (/^[\p{Lu}\d\s,.'’-]+$/u.test(value)) value = value.replace(/(\p{Lu})\d$/u, '$1');
  return value;
}

/** "PROCÈS-VERBAL" / "Séance publique tenue le ...", "VERKLARING" / "met betrekking tot ...". */
function kindHeading(page1: readonly LetterLine[]): Title | undefined {
  const start = page1.slice(0, 12).find((l) => documentKind.test(l.text) && l.rect[1] > l.pageHeight / 2);
  if (!start) return undefined;
  const block = [start];
  for (const line of page1.slice(page1.indexOf(start) + 1)) {
    const previous = block[block.length - 1]!;
    const gap = gapBelow(previous, line);
    if (block.length >= 3 || !aligned(start, line) || gap > lineHeight(previous) * 0.9 || gap < -lineHeight(previous)) break;
    if (labelAt(line.text) || Math.abs(line.fontSize - start.fontSize) > 0.6 || /^(?:Ik|Wij|We|I)\b/.test(line.text)) break;
    block.push(line);
  }
  return { value: tidy(block.map((l) => l.text).join(' ')), lines: block };
}

/** The title of a Kamerstuk after its number: "Nr. 4 ADVIES AFDELING ... EN NADER" / "RAPPORT". */
function kamerstukTitle(page1: readonly LetterLine[]): Title | undefined {
  const start = page1.find((l) => /^Nr\.\s*\d+\s+\p{Lu}/u.test(l.text));
  if (!start) return undefined;
  const block = [start];
  for (const line of page1.slice(page1.indexOf(start) + 1)) {
    if (line.fontSize < start.fontSize * 0.7) continue; // a footnote marker
    if (block.length >= 4 || Math.abs(line.fontSize - start.fontSize) > 0.6 || line.bold !== start.bold) break;
    block.push(line);
  }
  return { value: tidy(block.map((l) => l.text).join(' ').replace(/^Nr\.\s*\d+\s+/, '')), lines: block };
}

/** The largest text on page 1 that stands out from the body, with the lines of its block. */
function largestText(page1: readonly LetterLine[], body: number): Title | undefined {
  const candidates = page1.filter((l) => /\p{L}{2}/u.test(l.text) && !pageNumber.test(l.text) && !labelAt(l.text) && !organisationHeading(l));
  const largest = Math.max(0, ...candidates.map((l) => l.fontSize));
  const first = candidates.find((l) => l.fontSize >= largest - 0.5);
  if (!first) return undefined;
  // A title stands out from the body; low on the page only a cover title set very large does.
  const high = first.rect[1] > first.pageHeight / 3;
  if (largest < body * (high ? 1.15 : 1.6) && !(high && first.bold && largest >= body)) return undefined;
  const at = page1.indexOf(first);
  const title = [first];
  // Upward: a smaller first part of the cover title set just above ("Adviesvraag" / "Abacus").
  const above = page1[at - 1];
  if (above && above.fontSize >= first.fontSize * 0.7 && above.fontSize <= first.fontSize && aligned(above, first) && candidates.includes(above)) {
    const gap = gapBelow(above, first);
    if (gap > -lineHeight(first) * 0.5 && gap < lineHeight(first) * 0.5 && !/[.:]$/.test(above.text)) title.unshift(above);
  }
  for (let j = at + 1; j < page1.length && title.length < 4; j++) {
    const line = page1[j]!;
    const previous = title[title.length - 1]!;
    // "Verificatierapport Build Verificatie" / "Inzake" / "CoronaMelder Android App".
    const next = page1[j + 1];
    if (connector.test(line.text) && next && Math.abs(next.fontSize - first.fontSize) <= 0.6 && gapBelow(line, next) < lineHeight(first)) {
      title.push(line);
      continue;
    }
    if (Math.abs(line.fontSize - first.fontSize) > 0.6 || labelAt(line.text)) break;
    // Cover titles (large type) are often set with generous, centred leading.
    const gap = gapBelow(previous, line);
    const leading = first.fontSize >= 14 ? 3 : 1;
    if (line.bold !== first.bold || gap < -lineHeight(first) * 0.5 || gap > lineHeight(first) * leading) break;
    title.push(line);
  }
  return { value: tidy(title.map((l) => l.text).join(' ')), lines: title };
}

/** A lone heading: the first line of page 1, short, set apart from the paragraph below it. */
function loneHeading(page1: readonly LetterLine[]): Title | undefined {
  const [first, second, third] = page1;
  if (!first || !second || !third || labelAt(first.text) || findDate(first.text) || organisationHeading(first)) return undefined;
  if (!/^\p{Lu}/u.test(first.text) || /[.,;:]$/.test(first.text) || first.text.split(' ').length > 6) return undefined;
  const gap = gapBelow(first, second);
  const pitch = Math.max(0, gapBelow(second, third));
  return gap >= lineHeight(first) * 0.6 && gap > pitch * 2 + 2 ? { value: tidy(first.text), lines: [first] } : undefined;
}

/** The title of a non-letter, or undefined when page 1 has none. */
export function readTitle(lines: readonly LetterLine[], used: ReadonlySet<number>): Title | undefined {
  const page1 = lines.filter((l) => l.page === 1 && !used.has(l.index));
  const title = kamerstukTitle(page1) ?? kindHeading(page1) ?? largestText(page1, bodySize(lines)) ?? loneHeading(page1);
  // A sentence is body text, not a title.
  if (!title || (/[.!?]$/.test(title.value) && title.value.split(' ').length > 6)) return undefined;
  return title;
}
