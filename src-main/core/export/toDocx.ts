import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import { citeSource, letterTitle } from './citeSource';
import { dutchDate } from './dutchDate';
import type { ExportInput, SourceFormatter } from './ExportInput';
import { ORPHAN_REMARK, exportHeading, quoteText } from './exportWording';

/**
 * Text without the control characters XML 1.0 forbids: PDFs with odd fonts yield them, and one
 * of them in document.xml makes Word refuse the whole file.
 */
// eslint-disable-next-line no-control-regex
const xmlSafe = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

/** Runs of a plain text with its line breaks kept (Word needs an explicit break per line). */
const runs = (text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}) =>
  xmlSafe(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));

const GREY = '595959';

/**
 * The notes as a Word document, the form most of them end up in (DOMAIN.md): a heading per
 * letter with its subject, date, reference and sender; each quote as an indented quotation
 * marked in the note's colour, its source as it is cited, the note under it.
 */
export async function toDocx(input: ExportInput, cite: SourceFormatter = citeSource): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(exportHeading(input)) }),
    new Paragraph({
      spacing: { after: 240 },
      children: runs(`Geëxporteerd op ${dutchDate(input.exportedAt)}${input.tag ? ` — alleen notities met het label „${input.tag}”` : ''}`, { color: GREY }),
    }),
  ];
  for (const letter of input.letters) {
    const meta = letter.metadata;
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(xmlSafe(letterTitle(letter)))] }));
    const facts: [string, string | undefined][] = [
      ['Datum', meta?.date ? dutchDate(meta.date.value) : undefined],
      ['Kenmerk', meta?.reference?.value],
      ['Afzender', meta?.sender?.value],
      ['Bestand', letter.path],
    ];
    for (const [label, value] of facts) {
      if (!value) continue;
      children.push(
        new Paragraph({
          keepNext: true,
          spacing: { after: 0 },
          children: [new TextRun({ text: `${label}: `, bold: true, color: GREY }), new TextRun({ text: xmlSafe(value), color: GREY })],
        }),
      );
    }
    children.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
    for (const note of letter.notes) {
      children.push(
        new Paragraph({
          style: 'Quote',
          keepNext: true,
          indent: { left: 567, right: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: note.colour.slice(1), space: 8 } },
          children: runs(`„${quoteText(note.quote.exact)}”`, { italics: true }),
        }),
        new Paragraph({
          keepNext: note.text !== '' || note.tags.length > 0,
          alignment: AlignmentType.LEFT,
          indent: { left: 567 },
          spacing: { after: 120 },
          children: runs(`(${cite(letter, note.page)})`, { size: 18, color: GREY }),
        }),
      );
      if (note.status === 'orphan') {
        children.push(new Paragraph({ children: [new TextRun({ text: ORPHAN_REMARK, italics: true, color: 'A00000' })] }));
      }
      if (note.text) children.push(new Paragraph({ children: runs(note.text) }));
      if (note.tags.length > 0) {
        children.push(new Paragraph({ children: runs(`Labels: ${note.tags.join(', ')}`, { size: 18, color: GREY }) }));
      }
      children.push(new Paragraph({ spacing: { after: 240 }, children: [] }));
    }
  }
  const document = new Document({
    title: exportHeading(input),
    creator: 'Leeszaal',
    description: `Notities uit ${input.archiveName}`,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
