import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { toHighlightedPdf, type PdfHighlight } from '../../../../../src-main/core/export/toHighlightedPdf';
import type { PdfRect } from '../../../../../src-main/shared/contract/letterContent';
import type { ListedNote } from '../../../../../src-main/shared/contract/notes';
import { generateLetter } from '../../../../fixtures/generateLetters';

const broken = path.resolve('../shared/corpus/broken');
const note = (id: string, text: string): ListedNote => ({
  id,
  letterId: 'f'.repeat(64),
  quote: { exact: 'x', prefix: '', suffix: '' },
  rects: [],
  text,
  tags: ['toezegging'],
  colour: '#ffd54f',
  author: 'J. de Vries',
  created: '2026-03-01T09:15:00.000Z',
  modified: '2026-03-01T09:15:00.000Z',
  status: 'anchored',
});

/** Rectangles of the text items containing `needle`, read with pdf.js, per page. */
async function rectsOf(bytes: Uint8Array, needle: string): Promise<{ page: number; rects: PdfRect[] }> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.includes(needle)) continue;
      const [, , , , x, y] = item.transform as number[];
      return { page: p, rects: [[x!, y! - 2, x! + item.width, y! + item.height] as unknown as PdfRect] };
    }
  }
  throw new Error(`${needle} not found`);
}

/** The annotations pdf.js finds in a PDF, per page. */
async function annotationsOf(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const all: { page: number; subtype: string; contents: string; title: string }[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    for (const a of await (await doc.getPage(p)).getAnnotations()) {
      all.push({ page: p, subtype: a.subtype, contents: a.contentsObj?.str ?? '', title: a.titleObj?.str ?? '' });
    }
  }
  return all;
}

describe('toHighlightedPdf', () => {
  it('adds real Highlight annotations that pdf.js reads back, and leaves the original as it was', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-pdf-'));
    const letter = await generateLetter(path.join(dir, 'brief.pdf'), 42, { pages: 2 });
    const original = new Uint8Array(await fs.readFile(letter.file));
    const copy = original.slice();
    const marker = await rectsOf(original, 'Kenmerkzin');
    const greeting = await rectsOf(original, 'Geachte voorzitter');
    const highlights: PdfHighlight[] = [
      { note: note('urn:uuid:1', 'Toezegging: nakomen vóór 1 januari.\nZie ook de nota.'), ...marker },
      { note: { ...note('urn:uuid:2', ''), colour: '#90caf9' }, ...greeting },
    ];
    const result = await toHighlightedPdf(original, highlights);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(original).toEqual(copy);
    expect(result.value.added).toBe(2);
    const annotations = (await annotationsOf(result.value.bytes)).filter((a) => a.subtype === 'Highlight');
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toMatchObject({ page: 1, title: 'J. de Vries', contents: 'Toezegging: nakomen vóór 1 januari.\nZie ook de nota.\n\nLabels: toezegging' });
    expect(annotations[1]!.contents).toBe('Labels: toezegging');
    await fs.writeFile(path.join(dir, 'brief-met-markeringen.pdf'), result.value.bytes);
  });

  it('refuses a PDF certified against changes', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.catalog.set(PDFName.of('Perms'), doc.context.obj({ DocMDP: {} }));
    const result = await toHighlightedPdf(await doc.save(), []);
    expect(result.ok ? 'ok' : result.error.code).toBe('not-allowed');
  });

  it.each([
    { file: 'encrypted_RC4_copy-not-allowed.pdf', code: 'encrypted' },
    { file: 'encrypted_user-password_abc.pdf', code: 'encrypted' },
    { file: 'not-a-pdf_IAmWrongPDF.pdf', code: 'damaged' },
  ])('refuses $file with a message ($code)', async ({ file, code }) => {
    if (!existsSync(path.join(broken, file))) return;
    const result = await toHighlightedPdf(new Uint8Array(await fs.readFile(path.join(broken, file))), []);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
    if (!result.ok) expect(result.error.message).toMatch(/Word of Markdown/);
  });

  describe.skipIf(!existsSync(broken))('on corpus files (copies in a temp folder)', () => {
    /** A copy of a corpus file, highlighted on the first text item of page 1. */
    async function highlightCopy(file: string) {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-pdf-corpus-'));
      const copy = path.join(dir, file);
      await fs.copyFile(path.join(broken, file), copy);
      const bytes = new Uint8Array(await fs.readFile(copy));
      const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
      const first = (await (await doc.getPage(1)).getTextContent()).items.find((item) => 'str' in item && item.str.trim().length > 3);
      const word = first && 'str' in first ? first.str.trim() : '';
      const before = await annotationsOf(bytes);
      const result = await toHighlightedPdf(bytes, [{ note: note('urn:uuid:c', 'Corpus'), ...(await rectsOf(bytes, word)) }]);
      return { before, result };
    }

    it('keeps the highlights a PDF already has and adds ours', async () => {
      const { before, result } = await highlightCopy('annotations_existing_highlights.pdf');
      if (!result.ok) throw new Error(result.error.message);
      const after = await annotationsOf(result.value.bytes);
      expect(after).toHaveLength(before.length + 1);
      expect(after.filter((a) => a.contents === 'Corpus\n\nLabels: toezegging')).toHaveLength(1);
    });

    it('warns that the signature does not hold for the copy of a signed PDF', async () => {
      const { result } = await highlightCopy('digitally_signed.pdf');
      expect(result.ok && result.value.warnings.join(' ')).toMatch(/ondertekend/);
    });
  });
});
