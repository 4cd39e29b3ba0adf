// letter:correct and letter:unlock through the handler table that both transports carry, with
// the request parsed by dispatch as the transports do.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterFullText } from '../../../../../src-main/core/notes/letterFullText';
import { inThreadExtractor } from '../../../../../src-main/node/archive/letterExtractor';
import { dispatch } from '../../../../../src-main/node/dispatch';
import { createHandlers, type HandlerEnv } from '../../../../../src-main/node/handlers';
import { saveNoteAuthor } from '../../../../../src-main/node/notes/noteAuthor';
import { encryptPdf, hasQpdf } from '../../../../fixtures/encryptPdf';
import { generateLetter, type GeneratedLetter } from '../../../../fixtures/generateLetters';
import { testHandlerEnv, value } from '../../../../fixtures/testHandlerEnv';


describe('letter handlers', () => {
  let dir: string;
  let events: { event: string; payload: unknown }[];
  let tables: ReturnType<typeof createHandlers>[];
  let letter: GeneratedLetter;
  const env = (): HandlerEnv => testHandlerEnv(dir, events, { archiveOptions: { extractor: inThreadExtractor(), watch: false } });
  async function open() {
    const table = createHandlers(env());
    tables.push(table);
    value(await table.openArchive({}));
    await table.session()!.ready;
    return table;
  }

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-letter-handlers-'));
    events = [];
    tables = [];
    letter = await generateLetter(path.join(dir, 'archief', 'kamerbrief.pdf'), 12);
    await saveNoteAuthor(path.join(dir, 'appdata'), 'A. de Vries');
  });
  afterEach(async () => {
    await Promise.all(tables.map((t) => t.close()));
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('corrects a field, signed with the notes author, announces it, and the notes export uses it', async () => {
    const table = await open();
    const [summary] = value(await table.listLetters({}));
    const id = summary!.id;
    // A note, so that the export has something to say about this letter.
    const text = letterFullText(value(await table.letterContent({ id })).text!);
    const exact = letter.marker.slice(0, 40);
    const start = text.indexOf(exact);
    value(await table.createNote({ letterId: id, quote: { exact, prefix: text.slice(start - 20, start), suffix: '' }, position: { start, end: start + 40 }, text: 'Nagaan' }));

    const corrected = value(await dispatch(table, 'correctMetadata', { id, field: 'subject', value: 'Gecorrigeerd onderwerp' })) as { metadata: { subject: unknown } };
    expect(corrected.metadata.subject).toMatchObject({ value: 'Gecorrigeerd onderwerp', corrected: true, extracted: letter.subject });
    expect(events).toContainEqual({ event: 'lettersChanged', payload: { added: [], changed: [id], removed: [] } });
    const file = JSON.parse(await fs.readFile(path.join(dir, 'archief', '.leeszaal', 'metadata-overrides.json'), 'utf8'));
    expect(file.letters[id].subject).toMatchObject({ value: 'Gecorrigeerd onderwerp', author: 'A. de Vries' });

    const exported = value(await table.exportNotes({ format: 'md', letterIds: [id] }));
    const markdown = Buffer.from(exported.base64, 'base64').toString('utf8');
    expect(markdown).toContain('Gecorrigeerd onderwerp');
    expect(markdown).not.toContain(letter.subject);
  });

  it.each([
    [{ field: 'date', value: '19-06-2019' }, 'bad-request', /JJJJ-MM-DD/],
    [{ field: 'kleur', value: 'rood' }, 'bad-request', /letter:correct/],
    [{ field: 'subject', value: '   ' }, 'bad-request', /letter:correct/],
  ])('refuses %j with a message', async (request, code, message) => {
    const table = await open();
    const [summary] = value(await table.listLetters({}));
    const result = await dispatch(table, 'correctMetadata', { id: summary!.id, ...request });
    expect(result.ok ? null : result.error).toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('needs an open archive', async () => {
    const table = createHandlers({ ...env(), startArchive: undefined });
    tables.push(table);
    expect(await table.correctMetadata({ id: 'a'.repeat(64), field: 'subject', value: 'X' })).toMatchObject({ ok: false, error: { code: 'no-archive' } });
    expect(await table.unlockLetter({ id: 'a'.repeat(64), password: 'x' })).toMatchObject({ ok: false, error: { code: 'no-archive' } });
  });

  it.skipIf(!hasQpdf)('unlocks an encrypted letter: a wrong password fails, the right one makes it readable', async () => {
    const plain = path.join(dir, 'open.pdf');
    await fs.rename(letter.file, plain);
    encryptPdf(plain, path.join(dir, 'archief', 'beveiligd.pdf'), 'geheim');
    const table = await open();
    const [summary] = value(await table.listLetters({}));
    expect(summary!.status).toBe('encrypted');
    expect(await dispatch(table, 'unlockLetter', { id: summary!.id, password: 'fout' })).toEqual({
      ok: false,
      error: { code: 'encrypted', message: 'Het wachtwoord klopt niet.' },
    });
    expect(value(await dispatch(table, 'unlockLetter', { id: summary!.id, password: 'geheim' }))).toEqual({ id: summary!.id, status: 'ok' });
    expect(value(await table.listLetters({}))[0]!.metadata?.subject).toBe(letter.subject);
    await table.session()!.idle();
    expect(value(await table.searchLetters({ query: 'kenmerkzin' })).total).toBe(1);
  });
});
