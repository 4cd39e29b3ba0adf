// The letter's own date: at its label (Datum, Date), on the place-and-date line ("Den Haag,
// 17 juli 2023"), or standing alone in the letterhead or on a cover. Dates in the body are not it.
import { type Field, fieldFrom } from './fieldValue';
import { findLabelled } from './findLabelled';
import type { LetterLine } from './letterLines';
import { type FoundDate, findDate } from './parseDate';

/** A date at the start of a label's value, or after "<a few words>:" ("Datum uitvoer X: 28-01-2021"). */
function dateAtStart(text: string): FoundDate | undefined {
  const date = findDate(text);
  if (!date) return undefined;
  const before = text.slice(0, date.index);
  if (/^[\s\p{P}]*(?:\p{L}+,?\s+)?$/u.test(before) && before.length < 14) return date;
  if (/^[^:]{0,40}:\s*$/.test(before)) return date;
  return undefined;
}

const weekday = String.raw`(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`;

/** The line is a date and decoration only: weekday, version, page number, dashes. */
function standaloneDate(text: string): FoundDate | undefined {
  const date = findDate(text);
  if (!date) return undefined;
  const rest = (text.slice(0, date.index) + ' ' + text.slice(date.index + date.length))
    .replace(new RegExp(`\\b${weekday}\\b,?`, 'giu'), ' ')
    .replace(/\b(?:page|pagina|seite)\s+\d+\s+(?:of|van|von)\s+\d+\b/giu, ' ')
    .replace(/\b(?:versie|version|v)?\.?\s*\d+(?:\.\d+)+\b/giu, ' ')
    .replace(/\b(?:den|le|the)\b/giu, ' ');
  return /[\p{L}\d]/u.test(rest) ? undefined : date;
}

/** "Den Haag, 17 juli 2023", "'s-Gravenhage, 3 april 2009", "Berlin, den 5. Mai 2008". */
const placeAndDate = /^(?:'s-)?\p{Lu}[\p{L}'.-]*(?:[ -]\p{Lu}[\p{L}'.-]*){0,2},?\s+(?:den\s+|le\s+)?(?=\d)/u;

function placeDate(text: string): FoundDate | undefined {
  if (!placeAndDate.test(text)) return undefined;
  const date = standaloneDate(text.replace(placeAndDate, ''));
  return date;
}

/** The date that the rules below pick, in order of how letters state it. */
export function readDate(lines: readonly LetterLine[]): Field<string> | undefined {
  const firstPage = lines.filter((l) => l.page === 1);
  const lastPage = lines.length ? lines.filter((l) => l.page === lines[lines.length - 1]!.page) : [];
  const labelled = (pages: number[]) =>
    findLabelled(lines, 'date', { accept: (t) => dateAtStart(t)?.iso, mode: 'strong', pages });
  const first = labelled([1]);
  if (first) {
    const iso = repairYear(first.value, [2, 3, 4].map((page) => labelled([page])?.value).filter((v): v is string => Boolean(v)));
    if (iso) return fieldFrom(iso, first.lines, 0.95);
  }
  for (const line of firstPage) {
    // Kamervragen: "(ontvangen 21 juni 2021)" dates the answer, which completes the document.
    const received = /^\(?ontvangen\s+(.+?)\)?\.?$/i.exec(line.text);
    const date = placeDate(line.text) ?? (received ? standaloneDate(received[1]!) : undefined);
    if (date) return fieldFrom(date.iso, [line], 0.9);
  }
  for (const line of firstPage) {
    const created = /^(?:opgemaakt|aldus\s+(?:uitgegeven|opgemaakt))\b.{0,60}?\bop\s+(.+)$/i.exec(line.text);
    const date = standaloneDate(line.text) ?? (created ? findDate(created[1]!) : undefined);
    if (date && date.year >= 1900) return fieldFrom(date.iso, [line], 0.75);
  }
  const later = labelled([2, 3, 4]);
  if (later && Number(later.value.slice(0, 4)) >= 1900) return fieldFrom(later.value, later.lines, 0.6);
  for (const line of lastPage) {
    const date = placeDate(line.text);
    if (date) return fieldFrom(date.iso, [line], 0.7);
  }
  return undefined;
}

/**
 * A typed year that cannot be right ("7-9-1020") is corrected from another labelled date in the
 * same letter that differs from it in one digit ("Datum 10 sep 2020" on page 2); otherwise the
 * date is dropped rather than guessed.
 */
function repairYear(iso: string, others: readonly string[]): string | undefined {
  const year = iso.slice(0, 4);
  if (Number(year) >= 1900) return iso;
  for (const other of others) {
    const differences = [...year].filter((c, i) => c !== other[i]).length;
    if (differences === 1) return `${other.slice(0, 4)}${iso.slice(4)}`;
  }
  return undefined;
}
