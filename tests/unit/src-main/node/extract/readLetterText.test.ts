import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfText, readPlainText } from '../../../../../src-main/node/extract/readLetterText';
import type { ExtractionOutcome } from '../../../../../src-main/node/extract/ExtractionOutcome';
import { generateLetter, type GeneratedLetter } from '../../../../fixtures/generateLetters';

const corpus = path.resolve('../shared/corpus');
const broken = path.join(corpus, 'broken');
const seedText = path.resolve('../shared/seed/kamerbrief-defensie-strategische-partners-2019.txt');

const lineTexts = (outcome: ExtractionOutcome, page = 1) => outcome.text.pages[page - 1]!.lines.map((line) => line.text);
const fullText = (outcome: ExtractionOutcome) => outcome.text.pages.map((page) => page.text).join('\n\n');
const read = async (file: string, password?: string) => readPdfText(new Uint8Array(await fs.readFile(file)), password === undefined ? {} : { password });

describe('readPdfText on generated letters', () => {
  let dir: string;
  const letters: { letter: GeneratedLetter; valuesFirst: boolean }[] = [];
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'leeszaal-extract-'));
    for (const [seed, valuesFirst] of [[11, false], [12, true], [13, true]] as const) {
      letters.push({ letter: await generateLetter(path.join(dir, `brief-${seed}.pdf`), seed, { valuesFirst }), valuesFirst });
    }
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it.each([0, 1, 2])('letter %i: each letterhead label is followed by its value', async (i) => {
    const { letter } = letters[i]!;
    const outcome = await read(letter.file);
    expect(outcome.status).toBe('ok');
    expect(outcome.pageCount).toBe(letter.pageCount);
    expect(outcome.text.pages).toHaveLength(letter.pageCount);
    const lines = lineTexts(outcome);
    const after = (label: string) => lines[lines.indexOf(label) + 1];
    expect(after('Onze referentie')).toBe(letter.reference);
    if (letter.theirReference) expect(after('Uw kenmerk')).toBe(letter.theirReference);
    else expect(lines).not.toContain('Uw kenmerk');
    expect(lines).toContain(`Betreft ${letter.subject}`);
    expect(lines.slice(0, 5)).toContain('der Staten-Generaal');
    expect(lines[lines.indexOf('de Voorzitter van de Tweede Kamer') + 1]).toBe('der Staten-Generaal');
    expect(fullText(outcome)).toContain(letter.marker);
    expect(fullText(outcome)).toMatch(/Kamerstuk \d\d \d{3}, nr\. \d+/);
  });

  it('keeps positions in PDF units, offsets into the page text, sizes and bold labels', async () => {
    const outcome = await read(letters[0]!.letter.file);
    const page = outcome.text.pages[0]!;
    expect(page.width).toBeCloseTo(595.28);
    expect(page.height).toBeCloseTo(841.89);
    for (const line of page.lines) expect(page.text.slice(line.start, line.start + line.text.length)).toBe(line.text);
    const datum = page.lines.find((line) => line.text === 'Datum')!;
    expect(datum.bold).toBe(true);
    expect(datum.fontSize).toBeCloseTo(7);
    // Drawn at x 430, baseline 666 by the generator: the rect sits around it, origin bottom left.
    expect(datum.rect[0]).toBeCloseTo(430);
    expect(datum.rect[1]).toBeLessThan(666);
    expect(datum.rect[3]).toBeGreaterThan(666);
    expect(page.lines.find((line) => line.text.startsWith('Pagina 1 van'))!.bold).toBeUndefined();
  });

  it('returns the PDF document info as a fallback only', async () => {
    expect((await read(letters[0]!.letter.file)).info).toEqual({ title: 'Microsoft Word - ~WRL0003.tmp' });
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = new Uint8Array(await fs.readFile(letters[0]!.letter.file));
    await readPdfText(bytes);
    expect(bytes.length).toBeGreaterThan(0);
    expect((await readPdfText(bytes)).status).toBe('ok');
  });
});

describe('readPdfText on files that are not letters', () => {
  it.each([
    ['empty', new Uint8Array(0), 'empty'],
    ['text file', new TextEncoder().encode('Geachte voorzitter,\nDit is geen PDF.'), 'not-a-pdf'],
    ['header only', new TextEncoder().encode('%PDF-1.7\n'), 'damaged'],
    ['header and garbage', new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >>\nrommel'), 'damaged'],
  ] as const)('%s -> %s', async (_name, bytes, status) => {
    const outcome = await readPdfText(bytes);
    expect(outcome.status).toBe(status);
    expect(outcome.message).toMatch(/\w/);
  });
});

describe.skipIf(!existsSync(broken))('readPdfText on ../shared/corpus/broken', () => {
  it.each([
    ['zero_bytes.pdf', undefined, 'empty'],
    ['not-a-pdf_IAmWrongPDF.pdf', undefined, 'not-a-pdf'],
    ['truncated_9_bytes.pdf', undefined, 'damaged'],
    ['corrupt_dict_keys_bug1020226.pdf', undefined, 'damaged'],
    ['fuzzed_poppler-742-0.pdf', undefined, 'damaged'],
    ['encrypted_user-password_abc.pdf', undefined, 'encrypted'],
    ['encrypted_user-password_abc.pdf', 'verkeerd', 'encrypted'],
    ['encrypted_user-password_abc.pdf', 'abc', 'ok'],
    ['encrypted_owner-password-only_empty.pdf', undefined, 'empty'],
    ['page_labels_11_pages.pdf', undefined, 'empty'],
    ['encrypted_RC4_copy-not-allowed.pdf', undefined, 'ok'],
    ['scanned_3_pages_images_only.pdf', undefined, 'no-text'],
    ['scanned_CCITT_fax_image.pdf', undefined, 'no-text'],
    ['scanned_no_text_canon.pdf', undefined, 'no-text'],
    ['junk_before_header.pdf', undefined, 'ok'],
    ['broken-xref_helloworld-bad.pdf', undefined, 'ok'],
    ['broken-xref_xref_keyword_missing.pdf', undefined, 'ok'],
    ['rotated_pages_0_90_180_270.pdf', undefined, 'ok'],
    ['font_Type3_simple.pdf', undefined, 'ok'],
    ['xfa_form.pdf', undefined, 'ok'],
    ['digitally_signed.pdf', undefined, 'ok'],
  ] as const)('%s (password %s) -> %s', async (file, password, status) => {
    const outcome = await read(path.join(broken, file), password);
    expect(outcome.status).toBe(status);
    if (status === 'ok') expect(outcome.message).toBeUndefined();
    else expect(outcome.message).toMatch(/[a-z]/);
  });

  it('gives every file in the folder a status without throwing', async () => {
    for (const file of await fs.readdir(broken)) {
      const outcome = await read(path.join(broken, file));
      expect(['ok', 'encrypted', 'damaged', 'not-a-pdf', 'empty', 'no-text']).toContain(outcome.status);
    }
  });

  it('joins glyph runs and keeps diacritics (search_diacritics_emoji_nl.pdf)', async () => {
    const text = fullText(await read(path.join(broken, 'search_diacritics_emoji_nl.pdf')));
    expect(text).toContain('Principiële Lāna lana Hawaï');
    expect(text).toContain('accénten');
  });

  it('asks for the password in words when it is missing or wrong', async () => {
    expect((await read(path.join(broken, 'encrypted_user-password_abc.pdf'))).message).toMatch(/wachtwoord/);
    expect((await read(path.join(broken, 'encrypted_user-password_abc.pdf'), 'x')).message).toMatch(/onjuist/);
  });
});

const jenv = path.join(corpus, 'letters/nl_kamerbrief_JenV_draagmoederschap_2011-03-01.pdf');
describe.skipIf(!existsSync(jenv))('readPdfText on a real Kamerbrief (JenV draagmoederschap)', () => {
  it('reads the letterhead in an order a reader would', async () => {
    const outcome = await read(jenv);
    expect(outcome.status).toBe('ok');
    expect(outcome.pageCount).toBe(3);
    const lines = lineTexts(outcome);
    expect(lines).toContain('Datum 1 maart 2011');
    expect(lines).toContain('Onderwerp Draagmoederschap');
    expect(lines[lines.indexOf('Ons kenmerk') + 1]).toBe('5687928/11');
    expect(lines.slice(1, 5)).toEqual(['Aan de Voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA DEN HAAG']);
    expect(lines).toContain('zijn brief van 4 november 2009 (Kamerstukken II 2009/10, 32 123 XVI, nr. 30)');
    // "wet- en regelgeving" is an elision, not a broken word.
    expect(fullText(outcome)).toContain('wet-\nen regelgeving');
    expect(outcome.text.pages[0]!.lines.find((line) => line.text === 'Ons kenmerk')!.bold).toBe(true);
    expect(outcome.info.title).toMatch(/^Microsoft Word/);
  });
});

const buza = path.join(corpus, 'letters/nl_TK_besluitenlijst_procedurevergadering_BuZa_2011-03-08.pdf');

describe.skipIf(!existsSync(buza))('readPdfText positions on a real besluitenlijst (TK BuZa 2011)', () => {
  // Reference positions from `pdftotext -bbox` (poppler), converted to PDF user units (y up):
  // the word's left edge and its bottom. Ours must land in the same place (within a fifth of the
  // 10 pt type: poppler and pdf.js take descents from different font tables), never at y = 0.
  it.each([
    ['Den Haag, 8 maart 2011', 431.16, 792 - 106.65],
    ['Volgcommissie(s): vaste commissie voor Defensie', 92.64, 792 - 198.11],
    ['2011', 210.84, 792 - 247.17],
    ['Activiteiten commissie', 194.16, 792 - 309.33],
  ] as const)('%s sits where poppler puts it', async (text, x, bottom) => {
    const page = (await read(buza)).text.pages[0]!;
    const line = page.lines.find((candidate) => candidate.text === text)!;
    expect(line.rect[0]).toBeCloseTo(x, 1);
    expect(Math.abs(line.rect[1] - bottom)).toBeLessThan(2); // fonts differ in their descent
    expect(page.lines.every((candidate) => candidate.rect[1] > 0 && candidate.rect[3] > candidate.rect[1])).toBe(true);
  });
});

describe('readPlainText', () => {
  it.each([
    ['empty', '', 'empty'],
    ['only whitespace', ' \n\t\n', 'empty'],
    ['a letter', 'Datum 19-06-2019\nBetreft Samenwerking', 'ok'],
  ] as const)('%s -> %s', (_name, text, status) => {
    expect(readPlainText(text).status).toBe(status);
  });

  it('keeps lines, splits pages at form feeds, undoes hyphenation and normalises', () => {
    const outcome = readPlainText('\uFEFFBetreft  Samenwerking\r\nde regel-\r\ngeving is e\uFB03ciënt\n\n\fPagina 2');
    expect(outcome.pageCount).toBe(2);
    expect(lineTexts(outcome, 1)).toEqual(['Betreft Samenwerking', 'de regelgeving', 'is efficiënt']);
    expect(lineTexts(outcome, 2)).toEqual(['Pagina 2']);
    const page = outcome.text.pages[0]!;
    expect(page.text).toBe('Betreft Samenwerking\nde regelgeving\nis efficiënt');
    expect(page.lines[1]!.start).toBe(21);
    expect(page.lines[0]!.rect[1]).toBeGreaterThan(page.lines[1]!.rect[1]);
  });

  it.skipIf(!existsSync(seedText))('reads the seed letter', async () => {
    const outcome = readPlainText(await fs.readFile(seedText, 'utf8'));
    expect(outcome.status).toBe('ok');
    expect(fullText(outcome)).toContain('BS2019011367');
  });
});
