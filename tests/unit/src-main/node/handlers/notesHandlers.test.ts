import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type HandlerEnv } from '../../../../../src-main/node/handlers';
import { letterFullText } from '../../../../../src-main/core/notes/letterFullText';
import { PAGE_SEPARATOR } from '../../../../../src-main/shared/contract/letterContent';
import { generateLetter, type GeneratedLetter } from '../../../../fixtures/generateLetters';
import { testHandlerEnv, value } from '../../../../fixtures/testHandlerEnv';


describe('notes handlers, on a real archive', () => {
  let dir: string;
  let events: { event: string; payload: unknown }[];
  let tables: ReturnType<typeof createHandlers>[];
  let letter: GeneratedLetter;
  const env = (): HandlerEnv => testHandlerEnv(dir, events);
  async function open() {
    const table = createHandlers(env());
    tables.push(table);
    value(await table.openArchive({}));
    await table.session()!.ready;
    return table;
  }
  /** A quote of the marker sentence, as the renderer would send it. */
  async function markerNote(table: ReturnType<typeof createHandlers>) {
    const [summary] = value(await table.listLetters({}));
    const content = value(await table.letterContent({ id: summary!.id }));
    const text = letterFullText(content.text!);
    const exact = letter.marker.slice(0, 40);
    const start = text.indexOf(exact);
    expect(start).toBeGreaterThan(0);
    return { letterId: summary!.id, quote: { exact, prefix: text.slice(start - 30, start), suffix: text.slice(start + 40, start + 70) }, position: { start, end: start + 40 } };
  }

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-notes-handlers-'));
    events = [];
    tables = [];
    letter = await generateLetter(path.join(dir, 'archief', 'kamerbrief.pdf'), 11, { pages: 2 });
  });
  afterEach(async () => {
    await Promise.all(tables.map((t) => t.session()?.close()));
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('creates, lists, edits, undoes, redoes, searches and announces notes', async () => {
    const table = await open();
    const note = value(await table.createNote({ ...(await markerNote(table)), text: 'Toezegging!\nNagaan.', tags: ['toezegging'] }));
    expect(note).toMatchObject({ status: 'anchored', page: 1, path: 'kamerbrief.pdf' });
    expect(note.rects.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.event === 'notesChanged')).toEqual([{ event: 'notesChanged', payload: { letterIds: [note.letterId] } }]);

    value(await table.updateNote({ id: note.id, text: 'Gewijzigd' }));
    expect(value(await table.listNotes({ letterId: note.letterId })).notes.map((n) => n.text)).toEqual(['Gewijzigd']);
    value(await table.undoNotes({}));
    expect(value(await table.listNotes({})).notes.map((n) => n.text)).toEqual(['Toezegging!\nNagaan.']);
    value(await table.redoNotes({}));
    expect(value(await table.searchNotes({ query: 'gewijzigd' })).map((n) => n.id)).toEqual([note.id]);
    expect(value(await table.searchNotes({ query: 'toezegging' }))).toHaveLength(1); // the tag
    value(await table.deleteNote({ id: note.id }));
    expect(value(await table.listNotes({})).notes).toEqual([]);
    value(await table.undoNotes({}));
    expect(value(await table.listNotes({ tag: 'TOEZEGGING' })).notes).toHaveLength(1);
  });

  it('exports Word, Markdown and a PDF with highlights that pdf.js counts', async () => {
    const table = await open();
    value(await table.createNote({ ...(await markerNote(table)), text: 'Citeren in de nota.' }));
    const md = value(await table.exportNotes({ format: 'md' }));
    expect(Buffer.from(md.base64, 'base64').toString('utf8')).toContain(letter.marker.slice(0, 40));
    const docx = value(await table.exportNotes({ format: 'docx' }));
    expect(docx.fileName).toBe('notities-archief.docx');
    const pdf = value(await table.exportNotes({ format: 'pdf' }));
    expect(pdf.fileName).toBe('kamerbrief-met-notities.pdf');
    const doc = await getDocument({ data: new Uint8Array(Buffer.from(pdf.base64, 'base64')), verbosity: 0 }).promise;
    const annotations = await (await doc.getPage(1)).getAnnotations();
    expect(annotations.filter((a) => a.subtype === 'Highlight').map((a) => a.contentsObj?.str)).toEqual(['Citeren in de nota.']);
    expect(await table.exportNotes({ format: 'csv', tag: 'bestaat-niet' })).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('follows a new version of the letter at the same path, or makes an orphan', async () => {
    let table = await open();
    const created = value(await table.createNote({ ...(await markerNote(table)), text: 'Blijft staan' }));
    await table.session()!.close();
    // A new version: the same letter with an extra page in front shifts every offset.
    const bytes = await fs.readFile(letter.file);
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const doc = await PDFDocument.load(bytes);
    const cover = doc.insertPage(0, [595.28, 841.89]);
    cover.drawText('Voorblad bij de herziene versie', { x: 80, y: 700, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
    await fs.writeFile(letter.file, await doc.save());
    table = await open();
    const [moved] = value(await table.listNotes({})).notes;
    expect(moved).toMatchObject({ id: created.id, status: 'moved', page: 2, text: 'Blijft staan' });
    expect(moved!.letterId).not.toBe(created.letterId);
    expect(moved!.position!.start).toBeGreaterThan(created.position!.start + PAGE_SEPARATOR.length);
    await table.session()!.close();

    // A version without the passage: an orphan, listed with its quote.
    await generateLetter(letter.file, 12, { pages: 1 });
    table = await open();
    const [orphan] = value(await table.listNotes({})).notes;
    expect(orphan).toMatchObject({ id: created.id, status: 'orphan', quote: created.quote });
  });
});
