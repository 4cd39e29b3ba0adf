// The subject: the value at Betreft / Onderwerp / Subject / Re:, the heading just above a letter's
// salutation, the question line of Kamervragen, or for reports and notes their title.
import { type Field, fieldFrom } from './fieldValue';
import { findLabelled } from './findLabelled';
import { isBareLabel, labelAt } from './labels';
import { type LetterLine, gapBelow, lineHeight } from './letterLines';
import { findDate } from './parseDate';

const salutation = /^(?:geachte|beste|dear|sehr geehrte|liebe|madame|monsieur|mesdames)\b/i;

function acceptSubject(text: string): string | undefined {
  const value = text.replace(/^[:\s]+|[:\s]+$/g, '');
  if (value.length < 2 || value.length > 300 || isBareLabel(value)) return undefined;
  if (/\.(?:pdf|docx?|xlsx?|odt)$/i.test(value)) return undefined; // a file name, not a subject
  const date = findDate(value);
  if (date && date.length >= value.length - 2) return undefined;
  return value;
}

const pageNumber = /^(?:(?:pagina|page|seite)\s+)?\d+(?:\s*(?:van|of|von|\/)\s*\d+)?$/i;

/** The title of a report or note: the largest text on its first page, over up to four lines. */
export function readTitle(lines: readonly LetterLine[], used: ReadonlySet<number>): { value: string; lines: LetterLine[] } | undefined {
  const candidates = lines.filter(
    (l) => l.page === 1 && !used.has(l.index) && /\p{L}{2}/u.test(l.text) && !pageNumber.test(l.text) && !labelAt(l.text),
  );
  const largest = Math.max(0, ...candidates.map((l) => l.fontSize));
  const first = candidates.find((l) => l.fontSize >= largest - 0.5);
  if (!first) return undefined;
  const title = [first];
  for (let j = first.index + 1; j < lines.length && title.length < 4; j++) {
    const line = lines[j]!;
    const previous = title[title.length - 1]!;
    if (line.page !== 1 || Math.abs(line.fontSize - first.fontSize) > 0.6 || labelAt(line.text)) break;
    const gap = gapBelow(previous, line);
    if (gap < -lineHeight(first) * 0.5 || gap > lineHeight(first) * 1.0) break;
    title.push(line);
  }
  let value = title.map((l) => l.text).join(' ');
  // A footnote marker glued to an upper-case title: "NADER RAPPORT1".
  if (/^[\p{Lu}\d\s,.'’-]+$/u.test(value)) value = value.replace(/(\p{Lu})\d$/u, '$1');
  return { value, lines: title };
}

/** The subject field; `isLetter` decides whether a title may stand in for it. */
export function readSubject(lines: readonly LetterLine[], used: ReadonlySet<number>, isLetter: boolean): Field<string> | undefined {
  const labelled = findLabelled(lines, 'subject', { accept: acceptSubject, mode: 'subject', pages: [1, 2], used });
  if (labelled) return fieldFrom(labelled.value, labelled.lines, 0.95);
  // Kamervragen: "Vragen van het lid X aan de Minister van Y over Z (ingezonden 3 juni 2021)."
  const question = lines.findIndex((l) => l.page === 1 && /^Vragen van (?:het lid|de leden)\b/.test(l.text));
  if (question >= 0) {
    const parts: LetterLine[] = [];
    for (let j = question; j < lines.length && parts.length < 5; j++) {
      parts.push(lines[j]!);
      if (/\(ingezonden|\)\.?$/.test(lines[j]!.text)) break;
    }
    const text = parts.map((l) => l.text).join(' ').replace(/\s*\(ingezonden.*$/, '').trim();
    return fieldFrom(text, parts, 0.85);
  }
  if (isLetter) {
    // A heading right above the salutation ("Your State Pension forecast" / "Dear MR DOE").
    const greeting = lines.find((l) => l.page <= 2 && salutation.test(l.text));
    const above = greeting && lines[greeting.index - 1];
    if (above && above.page === greeting.page && !used.has(above.index) && !labelAt(above.text) && !findDate(above.text)) {
      const gap = gapBelow(above, greeting);
      if (gap < lineHeight(greeting) * 4 && gap > -lineHeight(greeting) * 0.5 && acceptSubject(above.text) && !/[,.]$/.test(above.text))
        return fieldFrom(above.text, [above], 0.6);
    }
    return undefined;
  }
  const title = readTitle(lines, used);
  return title && acceptSubject(title.value) ? fieldFrom(acceptSubject(title.value)!, title.lines, 0.6) : undefined;
}

export { salutation };
