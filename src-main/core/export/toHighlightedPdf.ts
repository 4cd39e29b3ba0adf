import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import type { PdfRect } from '../../shared/contract/letterContent';
import type { ListedNote } from '../../shared/contract/notes';
import { fail, ok, type Result } from '../../shared/result';

/** Highlights to put on a page: one per note, with the rectangles it covers on that page. */
export type PdfHighlight = { note: ListedNote; page: number; rects: PdfRect[] };

export type HighlightedPdf = { bytes: Uint8Array; added: number; warnings: string[] };

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);

/** PDF date string D:YYYYMMDDHHmmSSZ from an ISO time. */
const pdfDate = (iso: string) => `D:${iso.replace(/[-:T]/g, '').slice(0, 14)}Z`;

/**
 * A copy of a letter's PDF with a real Highlight annotation per note (QuadPoints over the
 * passage, the note as its Contents, the author as its title), as Acrobat and every viewer
 * show and list them. The original bytes are not changed; the caller writes a new file. A PDF
 * that is encrypted or certified against changes is refused with a sentence the user can act on.
 */
export async function toHighlightedPdf(original: Uint8Array, highlights: readonly PdfHighlight[]): Promise<Result<HighlightedPdf>> {
  let doc: PDFDocument;
  try {
    // Loaded with ignoreEncryption to tell "encrypted" from "damaged" by the document itself
    // (pdf-lib cannot decrypt; saving it would write garbage).
    doc = await PDFDocument.load(original, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return fail('damaged', 'Deze PDF is beschadigd; Leeszaal kan er geen markeringen in zetten. Exporteer de notities naar Word of Markdown.');
  }
  if (doc.isEncrypted) {
    return fail('encrypted', 'Deze PDF is beveiligd (versleuteld of met beperkte rechten); Leeszaal kan er geen markeringen in zetten. Exporteer de notities naar Word of Markdown.');
  }
  const catalog = doc.catalog;
  const perms = catalog.lookupMaybe(PDFName.of('Perms'), PDFDict);
  if (perms?.has(PDFName.of('DocMDP'))) {
    return fail('not-allowed', 'Deze PDF is gecertificeerd en staat geen wijzigingen toe; Leeszaal zet er geen markeringen in. Exporteer de notities naar Word of Markdown.');
  }
  const warnings: string[] = [];
  const acroForm = catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const sigFlags = acroForm?.lookupMaybe(PDFName.of('SigFlags'), PDFNumber)?.asNumber() ?? 0;
  if (sigFlags & 1) warnings.push('De PDF is digitaal ondertekend; in de kopie met markeringen is de handtekening niet meer geldig. Het origineel blijft ongewijzigd.');

  const pages = doc.getPages();
  let added = 0;
  for (const { note, page, rects } of highlights) {
    const target = pages[page - 1];
    if (!target || rects.length === 0) continue;
    const [r, g, b] = rgb(note.colour);
    const quadPoints = rects.flatMap(([x1, y1, x2, y2]) => [x1, y2, x2, y2, x1, y1, x2, y1]);
    const box = [
      Math.min(...rects.map((rect) => rect[0])),
      Math.min(...rects.map((rect) => rect[1])),
      Math.max(...rects.map((rect) => rect[2])),
      Math.max(...rects.map((rect) => rect[3])),
    ] as const;
    // An appearance stream, so viewers that do not draw highlights themselves show it too:
    // the rectangles filled in the note's colour, multiplied so the text stays readable.
    const drawing = rects.map(([x1, y1, x2, y2]) => `${x1 - box[0]} ${y1 - box[1]} ${x2 - x1} ${y2 - y1} re`).join('\n');
    const appearance = doc.context.stream(`/GS0 gs\n${r} ${g} ${b} rg\n${drawing}\nf\n`, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, box[2] - box[0], box[3] - box[1]],
      Matrix: [1, 0, 0, 1, box[0], box[1]],
      Resources: { ExtGState: { GS0: { Type: 'ExtGState', BM: 'Multiply', CA: 1, ca: 1 } } },
    });
    const contents = [note.text, note.tags.length > 0 ? `Labels: ${note.tags.join(', ')}` : ''].filter(Boolean).join('\n\n');
    const annotation = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Highlight',
      Rect: [...box],
      QuadPoints: quadPoints,
      C: [r, g, b],
      CA: 1,
      F: 4, // print
      P: target.ref,
      NM: PDFString.of(note.id),
      M: PDFString.of(pdfDate(note.modified)),
      AP: { N: doc.context.register(appearance) },
    });
    annotation.set(PDFName.of('Contents'), PDFHexString.fromText(contents || note.quote.exact));
    if (note.author) annotation.set(PDFName.of('T'), PDFHexString.fromText(note.author));
    const ref = doc.context.register(annotation);
    const annots = target.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (annots) annots.push(ref);
    else target.node.set(PDFName.of('Annots'), doc.context.obj([ref]));
    added++;
  }
  return ok({ bytes: await doc.save(), added, warnings });
}
