// The addressee as written: the first lines of the address block of a letter ("de Voorzitter van
// de Tweede Kamer der Staten-Generaal"), without street, Postbus or postcode.
import { type Field, fieldFrom } from './fieldValue';
import { labelAt } from './labels';
import type { LetterLine } from './letterLines';

const postal = /^(?:Postbus|Antwoordnummer|P\.?O\.? Box|Postfach|\d{4}\s?[A-Z]{2}\b|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$|\d{1,5}\s+\p{Lu}|\p{L}[\p{L} .'-]*\s\d+[a-zA-Z]?(?:\s*-\s*\d+)?$)/u;
const addressee = /^(?:Aan\s+)?(?:de|De|the|The)\s+(?:Voorzitter|Minister|Staatssecretaris|leden|Secretaris|Directeur|President|Chair)\b/u;

/** The addressee, read only for letters (`isLetter`), never guessed. */
export function readRecipient(lines: readonly LetterLine[], used: ReadonlySet<number>, isLetter: boolean): Field<string> | undefined {
  if (!isLetter) return undefined;
  const page1 = lines.filter((l) => l.page === 1 && !used.has(l.index));
  // "Aan de Voorzitter van de Tweede Kamer" / "der Staten-Generaal", or "De Minister van ...".
  const start = page1.findIndex((l) => addressee.test(l.text) || /^(?:Aan|To|An|À)\s*:\s*\S/.test(l.text));
  let block: LetterLine[] = [];
  if (start >= 0) {
    block = [page1[start]!];
    for (const line of page1.slice(start + 1, start + 4)) {
      // The metadata column may interleave with the address block (seed letter): skip its labels.
      if (labelAt(line.text)) continue;
      if (postal.test(line.text)) break;
      // Continuation of the title ("der Staten-Generaal"); a person's name line ends the title.
      if (/^(?:der|van|en|voor)\b/.test(line.text)) block.push(line);
      else break;
    }
  } else {
    // The line after "Retouradres ..." or the first line of a block that ends in a postcode.
    const returnAddress = page1.findIndex((l) => /^>?\s*Retouradres\b/i.test(l.text));
    const postcodeAt = page1.findIndex((l, i) => i > returnAddress && /^(?:\d{4}\s?[A-Z]{2}\b|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$)/.test(l.text) && i >= 2);
    if (postcodeAt < 0) return undefined;
    let first = postcodeAt;
    // An address block is set in one column and one size: a line in another (a reference box, an
    // invisible mailing marker) is not part of it.
    const postcode = page1[postcodeAt]!;
    const inBlock = (l: LetterLine) => Math.abs(l.rect[0] - postcode.rect[0]) <= 2 && Math.abs(l.fontSize - postcode.fontSize) <= 0.5;
    while (first > Math.max(0, returnAddress + 1) && postcodeAt - first < 5 && !labelAt(page1[first - 1]!.text) && !page1[first]!.afterBreak && inBlock(page1[first - 1]!)) first--;
    const name = page1[first];
    if (!name || postal.test(name.text)) return undefined;
    block = [name];
  }
  const value = block
    .map((l) => l.text)
    .join(' ')
    .replace(/^(?:Aan|To|An|À)\s*:\s*/, '')
    .replace(/[,;]+$/, '')
    .trim();
  return value ? fieldFrom(value, block, start >= 0 ? 0.85 : 0.5) : undefined;
}
