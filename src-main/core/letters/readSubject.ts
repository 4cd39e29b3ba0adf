// The subject: the value at Betreft / Onderwerp / Subject / Re:, the heading just above a letter's
// salutation, the question line of Kamervragen, or for reports and notes their title.
import { type Field, fieldFrom } from './fieldValue';
import { findLabelled } from './findLabelled';
import { isBareLabel, labelAt } from './labels';
import { type LetterLine, gapBelow, lineHeight, sameColumn } from './letterLines';
import { findDate } from './parseDate';
import { readTitle } from './readTitle';

const salutation = /^(?:geachte|beste|dear|sehr geehrte|liebe|madame|monsieur|mesdames)\b/i;

function acceptSubject(text: string): string | undefined {
  const value = text.replace(/^[:\s]+|[:\s]+$/g, '');
  if (value.length < 2 || value.length > 300 || isBareLabel(value)) return undefined;
  if (/\.(?:pdf|docx?|xlsx?|odt)$/i.test(value) || (/^\S{15,}$/.test(value) && /[-_]/.test(value))) return undefined; // a file name
  const date = findDate(value);
  if (date && date.length >= value.length - 2) return undefined;
  return value;
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
      if (/\(ingezonden/.test(lines[j]!.text)) break;
    }
    const text = parts.map((l) => l.text).join(' ').replace(/\s*\(ingezonden.*$/, '').trim();
    return fieldFrom(text, parts, 0.85);
  }
  const unlabelled = unlabelledSubject(lines, used);
  if (unlabelled) return fieldFrom(unlabelled.value, unlabelled.lines, 0.7);
  if (isLetter) {
    // A heading right above the salutation ("Your State Pension forecast" / "Dear MR DOE").
    // The nearest line above it in its own column: a right-hand column (the date) may come between.
    const greeting = lines.find((l) => l.page <= 2 && salutation.test(l.text));
    const above = greeting && lines
      .filter((l) => l.page === greeting.page && l.index < greeting.index && l.rect[1] > greeting.rect[1] && sameColumn(l, greeting))
      .sort((a, b) => a.rect[1] - b.rect[1])[0];
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

/**
 * Rijkshuisstijl notes put the subject without a visible label in the value column: a short block
 * of body-size lines, indented from the body's left edge, standing apart in the upper half of page 1.
 */
function unlabelledSubject(lines: readonly LetterLine[], used: ReadonlySet<number>): { value: string; lines: LetterLine[] } | undefined {
  const first = lines.find((l) => l.page === 1);
  const width = first?.pageWidth || 595;
  const height = first?.pageHeight || 842;
  // The right-hand metadata column is not part of the text column.
  const page = lines.filter((l) => l.page === 1 && l.rect[0] < width * 0.55).sort((a, b) => b.rect[1] - a.rect[1]);
  if (page.length < 5) return undefined;
  const left = Math.min(...page.map((l) => l.rect[0]));
  for (let i = 1; i < page.length; i++) {
    const line = page[i]!;
    if (line.rect[1] < height / 2) break;
    if (used.has(line.index) || line.rect[0] < left + 60 || line.rect[0] > width * 0.55 || labelAt(line.text) || !/^\p{Lu}/u.test(line.text)) continue;
    const above = page[i - 1]!;
    if (above.rect[1] - line.rect[3] < lineHeight(line) * 3) continue;
    const block = [line];
    for (const next of page.slice(i + 1, i + 3)) {
      if (Math.abs(next.rect[0] - line.rect[0]) > 2 || gapBelow(block[block.length - 1]!, next) > lineHeight(line)) break;
      block.push(next);
    }
    const after = page.find((l) => l.rect[3] < block[block.length - 1]!.rect[1] && l.rect[0] < width * 0.55 && !block.includes(l));
    if (after && block[block.length - 1]!.rect[1] - after.rect[3] < lineHeight(line) * 1.5) continue;
    const value = acceptSubject(block.map((l) => l.text).join(' '));
    if (value && !findDate(value)) return { value, lines: block };
  }
  return undefined;
}

export { salutation };
