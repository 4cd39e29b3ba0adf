import { citeSource, letterTitle } from './citeSource';
import { localDateTime } from './dutchDate';
import type { ExportInput, SourceFormatter } from './ExportInput';
import { quoteText } from './exportWording';

/**
 * Dutch Excel reads a CSV with the list separator of the Dutch locale, the semicolon (the comma
 * is the decimal separator there), and reads it as UTF-8 only with a byte-order mark. A `sep=;`
 * line would make any Excel pick the separator, but Excel then ignores the BOM and garbles
 * "Financiën"; so: BOM, semicolons, CRLF, every field quoted where needed (RFC 4180).
 */
export const CSV_SEPARATOR = ';';

export const CSV_HEADER = [
  'Brief',
  'Bestand',
  'Datum brief',
  'Kenmerk',
  'Afzender',
  'Pagina',
  'Citaat',
  'Notitie',
  'Labels',
  'Bron',
  'Status',
  'Kleur',
  'Auteur',
  'Aangemaakt',
  'Gewijzigd',
  'Brief-id',
  'Notitie-id',
];

const status = { anchored: 'gevonden', moved: 'verplaatst', orphan: 'niet teruggevonden', unchecked: 'niet gecontroleerd' } as const;

/** A field as CSV: quoted when needed, and defused when Excel would run it as a formula. */
function field(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  // A quote starting with "=", "+", "-" or "@" would be a formula in Excel (CSV injection).
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The notes as CSV for Excel (Dutch settings): one row per note, a header row, UTF-8 with BOM. */
export function toCsv(input: ExportInput, cite: SourceFormatter = citeSource): string {
  const rows = [CSV_HEADER];
  for (const letter of input.letters) {
    const meta = letter.metadata;
    for (const note of letter.notes) {
      rows.push([
        letterTitle(letter),
        letter.path,
        meta?.date?.value ?? '',
        meta?.reference?.value ?? '',
        meta?.sender?.value ?? '',
        note.page ? String(note.page) : '',
        quoteText(note.quote.exact),
        note.text,
        note.tags.join(', '),
        cite(letter, note.page),
        status[note.status],
        note.colour,
        note.author,
        localDateTime(note.created, input.timeZone),
        localDateTime(note.modified, input.timeZone),
        letter.letterId,
        note.id,
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(field).join(CSV_SEPARATOR)).join('\r\n')}\r\n`;
}
