// The metadata of one letter from its text with positions (DESIGN.md "Letters and metadata").
// Pure: the extraction workers call it next to pdf.js. Each field comes from its own module.
import { parseCitations } from '../citations/parseCitations';
import type { LetterMetadata, LetterText } from '../../shared/contract/letterContent';
import { detectLanguage } from './detectLanguage';
import { usableTitle } from './documentInfo';
import type { Field } from './fieldValue';
import { letterLines, shift, type LetterLine } from './letterLines';
import { readDate } from './readDate';
import { readPaper } from './readPaper';
import { readRecipient } from './readRecipient';
import { readReference, readTheirReference } from './readReference';
import { readSender } from './readSender';
import { readSubject, salutation } from './readSubject';
import { findAllDates, findDate, findDayMonth } from './parseDate';

/** A letter, as opposed to a report or minutes: it greets or is addressed to someone. */
function looksLikeLetter(lines: readonly LetterLine[]): boolean {
  return lines.some(
    (l, i) =>
      (l.page <= 2 && salutation.test(l.text)) ||
      (l.page === 1 && /^>?\s*Retouradres\b|^(?:Aan\s+)?de Voorzitter van de (?:Tweede|Eerste) Kamer\b/i.test(l.text)) ||
      // An address block heading page 1: "De Minister van ..." over a Postbus or postcode line.
      (l.page === 1 && i < 6 && /^(?:Aan\s+)?(?:de|De)\s+(?:Minister|Staatssecretaris|Voorzitter|Directeur|Secretaris-generaal)\b/.test(l.text) &&
        lines.slice(i + 1, i + 4).some((n) => n.page === 1 && /^(?:Postbus\b|\d{4}\s?[A-Z]{2}\b)/.test(n.text))),
  );
}

function markUsed(used: Set<number>, field: Field<unknown> | undefined, lines: readonly LetterLine[]): void {
  if (!field?.source) return;
  const [x1, y1, x2, y2] = field.source.rect;
  for (const line of lines) {
    if (line.page !== field.source.page) continue;
    const [a, b, c, d] = shift(line.rect, line.pageX, line.pageY);
    if (a >= x1 - 0.5 && b >= y1 - 0.5 && c <= x2 + 0.5 && d <= y2 + 0.5) used.add(line.index);
  }
}

/**
 * A meeting title dated without a year ("Séance publique tenue le 20 juin") takes the year of the
 * full date in the text closest to it, if one lies within two months (the notice of the meeting,
 * the decisions taken in it). Otherwise there is no date: a year is never guessed.
 */
function completeYear(title: string, fullText: string): string | undefined {
  const dayMonth = findDayMonth(title);
  if (!dayMonth) return undefined;
  let best: { iso: string; distance: number } | undefined;
  for (const date of findAllDates(fullText)) {
    if (date.year < 1900) continue;
    const iso = `${date.year}-${String(dayMonth.month).padStart(2, '0')}-${String(dayMonth.day).padStart(2, '0')}`;
    const distance = Math.abs(Date.parse(iso) - Date.parse(date.iso)) / 86_400_000;
    if (distance <= 62 && (!best || distance < best.distance)) best = { iso, distance };
  }
  return best?.iso;
}

/** Reads date, references, subject, sender, recipient, language and citations of a letter. */
export function readMetadata(text: LetterText, info: { title?: string; author?: string }): LetterMetadata {
  const lines = letterLines(text);
  const used = new Set<number>();
  const isLetter = looksLikeLetter(lines);
  const date = readDate(lines);
  markUsed(used, date, lines);
  const reference = readReference(lines, used);
  markUsed(used, reference, lines);
  const theirReference = readTheirReference(lines, used);
  markUsed(used, theirReference, lines);
  let subject = readSubject(lines, used, isLetter);
  markUsed(used, subject, lines);
  const recipient = readRecipient(lines, used, isLetter);
  markUsed(used, recipient, lines);
  // The sender may sit in lines the subject took (a header that doubles as title), never in the addressee's.
  const addressee = new Set<number>();
  markUsed(addressee, recipient, lines);
  const sender = readSender(lines, addressee, info);
  // The document info's title is a last resort, and only when it is not a tool's leftovers.
  const title = usableTitle(info.title);
  if (!subject && !isLetter && title && lines.length > 0) subject = { value: title, confidence: 0.3 };
  // Minutes and decision lists are dated by the meeting in their title when nothing else dates them.
  let dated = date;
  // Only a title read from the text: a date that only the PDF's Title holds is not the letter's.
  if (!dated && subject?.source && !isLetter) {
    const inTitle = findDate(subject.value);
    if (inTitle && inTitle.year >= 1900) dated = { ...subject, value: inTitle.iso, confidence: 0.5 };
    else {
      const iso = completeYear(subject.value, text.pages.map((p) => p.text).join('\n'));
      if (iso) dated = { ...subject, value: iso, confidence: 0.4 };
    }
  }
  const pageTexts = text.pages.map((p) => p.text);
  const metadata: LetterMetadata = {
    pageCount: text.pages.length,
    citations: parseCitations(pageTexts),
  };
  const paper = readPaper(metadata.citations, pageTexts);
  if (paper) metadata.paper = paper;
  const language = detectLanguage(text.pages.map((p) => p.text).join('\n'));
  if (language) metadata.language = language;
  if (dated) metadata.date = dated;
  if (reference) metadata.reference = reference;
  if (theirReference) metadata.theirReference = theirReference;
  if (subject) metadata.subject = subject;
  if (sender) metadata.sender = sender;
  if (recipient) metadata.recipient = recipient;
  return metadata;
}
