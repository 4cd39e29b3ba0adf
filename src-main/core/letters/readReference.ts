// Our reference (Ons kenmerk, Onze referentie, Kenmerk, Our ref) and the reference being answered
// (Uw kenmerk, Uw brief, Your ref). Both are opaque strings; an empty label means none.
import { type Field, fieldFrom } from './fieldValue';
import { findLabelled } from './findLabelled';
import { labelAt } from './labels';
import type { LetterLine } from './letterLines';
import { findDate } from './parseDate';

/** A reference-shaped value ("BS2019011367", "5687928/11", "DGA-PAV / 21286882", "XXXXXXX/01"). */
export function acceptReference(text: string): string | undefined {
  let value = text.replace(/[.,;:]+$/, '').trim();
  if (!value || labelAt(value)) return undefined;
  const tokens = value.split(' ');
  // "CYSP6 and your National Insurance number": the reference is the first word.
  if (tokens.length > 3 || (tokens.length > 1 && !/^[/\-–]$/.test(tokens[1]!))) value = tokens[0]!;
  if (value.length < 3 || value.length > 40) return undefined;
  if (/@|^www\.|^https?:/i.test(value)) return undefined;
  if (!/\d/.test(value) && !/^[A-Z][A-Z/\-.]{4,}$/.test(value)) return undefined;
  if (/^[+\d\s()-]{9,}$/.test(value) && /\s/.test(value)) return undefined; // a telephone number
  if (findDate(value) && findDate(value)!.length >= value.length - 1) return undefined;
  return value;
}

/** "Uw brief van 3 maart 2020" quotes the earlier letter by its date when it has no kenmerk. */
function acceptTheirReference(text: string): string | undefined {
  const date = findDate(text);
  return acceptReference(text) ?? (date && date.index < 4 && text.length - date.length < 6 ? text.replace(/[.,;]+$/, '') : undefined);
}

const headerPages = [1, 2];

/** Ons kenmerk, or a letter's "please use this reference:" line. */
export function readReference(lines: readonly LetterLine[], used: ReadonlySet<number>): Field<string> | undefined {
  const found = findLabelled(lines, 'reference', { accept: acceptReference, mode: 'strong', pages: headerPages, used });
  if (found) return fieldFrom(found.value, found.lines, found.inline ? 0.95 : 0.9);
  for (const line of lines) {
    if (line.page > 1) break;
    if (!/\b(?:use|quote|vermeld)\s+(?:this|our|the following|dit|ons|het volgende)\s+(?:reference|kenmerk)(?:\s+number)?\s*:?$/i.test(line.text)) continue;
    const next = lines[line.index + 1];
    const value = next && acceptReference(next.text);
    if (value) return fieldFrom(value, [next], 0.8);
  }
  return undefined;
}

/** Uw kenmerk / Uw brief (van) / Your reference. */
export function readTheirReference(lines: readonly LetterLine[], used: ReadonlySet<number>): Field<string> | undefined {
  const found = findLabelled(lines, 'theirReference', { accept: acceptTheirReference, mode: 'strong', pages: headerPages, used });
  return found && fieldFrom(found.value, found.lines, found.inline ? 0.95 : 0.9);
}
