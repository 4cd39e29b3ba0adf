// Some PDFs shift their visible box away from (0, 0). Rects must still be true PDF user units
// (viewers and PDF highlights use them), while the metadata rules keep working.
import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readMetadata } from '../../../../../src-main/core/letters/readMetadata';
import { readPdfText } from '../../../../../src-main/node/extract/readLetterText';

async function letterWithOrigin(dx: number, dy: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595 + dx, 842 + dy]);
  page.setMediaBox(dx, dy, 595, 842);
  const at = (text: string, x: number, y: number) => page.drawText(text, { x: x + dx, y: y + dy, size: 9, font });
  at('Ministerie van Defensie', 430, 780);
  at('de Voorzitter van de Tweede Kamer', 80, 690);
  at('der Staten-Generaal', 80, 678);
  at('Datum', 430, 700);
  at('19 juni 2019', 430, 690);
  at('Onze referentie', 430, 670);
  at('BS2019011367', 430, 660);
  at('Betreft  Samenwerking met strategische partners', 80, 600);
  at('Geachte voorzitter,', 80, 570);
  at('Zoals gemeld in Kamerstuk 33 279, nr. 28 werken wij samen.', 80, 550);
  return doc.save();
}

describe('a page whose visible box does not start at (0, 0)', () => {
  it.each([
    [0, 0],
    [18, 35],
    [-40, 1600],
  ])('keeps rects in user units and reads the same metadata (origin %d, %d)', async (dx, dy) => {
    const outcome = await readPdfText(await letterWithOrigin(dx, dy));
    expect(outcome.status).toBe('ok');
    const page = outcome.text.pages[0]!;
    const date = page.lines.find((line) => line.text === '19 juni 2019');
    expect(date).toBeDefined();
    expect(date!.rect[0]).toBeCloseTo(430 + dx, 0);
    expect(date!.rect[1]).toBeGreaterThan(688 + dy);
    expect(date!.rect[1]).toBeLessThan(692 + dy);

    const metadata = readMetadata(outcome.text, {});
    expect(metadata.date?.value).toBe('2019-06-19');
    expect(metadata.reference?.value).toBe('BS2019011367');
    expect(metadata.subject?.value).toBe('Samenwerking met strategische partners');
    expect(metadata.citations.map((c) => c.key)).toEqual(['33279-28']);
    expect(metadata.date?.source?.rect[0]).toBeCloseTo(430 + dx, 0);
    expect(metadata.date?.source?.rect[1]).toBeGreaterThan(680 + dy);
  });
});
