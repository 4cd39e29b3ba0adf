// Metadata corrections through the open archive: every reader of metadata sees them (list,
// content, search results, filters, facets, the index's fields, links), and they survive a reopen.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArchiveSession } from '../../../../../src-main/node/archive/ArchiveSession';
import { CORRECTIONS_FILE } from '../../../../../src-main/node/archive/CorrectionStore';
import { tempArchive } from '../../../../fixtures/tempArchive';
import { value } from '../../../../fixtures/testHandlerEnv';

const letter = (subject: string, body: string, reference: string) =>
  `Ministerie van Defensie\n\nDatum 19 juni 2019\nOnze referentie ${reference}\n\nBetreft ${subject}\n\nGeachte voorzitter,\n\n${body}\n\nDe Minister van Defensie,`;


describe('ArchiveSession corrections', () => {
  const archive = tempArchive('lz-correct-');
  beforeEach(async () => {
    await fs.writeFile(path.join(archive.dir, 'begroting.txt'), letter('Begroting 2020', 'De begrotingen voor het komende jaar.', 'BS2019011367'));
    await fs.writeFile(path.join(archive.dir, 'noorwegen.txt'), letter('Wintertraining', 'De wintertraining in Noorwegen gaat door.', 'DGB/2019/2'));
  });
  const open = () => archive.open();
  const idOf = (session: ArchiveSession, name: string) => session.list().find((l) => l.name === name)!.id;
  const search = async (session: ArchiveSession, query: string, filters = {}) => value(await session.searchService().search({ query, filters }));

  it('applies a correction to the list, the content, search, filters, facets and the index', async () => {
    const session = await open();
    const id = idOf(session, 'noorwegen.txt');
    expect((await search(session, 'betreft:kosovo')).total).toBe(0);

    const corrected = value(await session.correct({ id, field: 'subject', value: 'Vredesmissie Kosovo' }, 'Anna'));
    expect(corrected.metadata?.subject).toEqual({ value: 'Vredesmissie Kosovo', confidence: 1, corrected: true, extracted: 'Wintertraining' });
    value(await session.correct({ id, field: 'sender', value: 'Ministerie van Buitenlandse Zaken' }, 'Anna'));
    value(await session.correct({ id, field: 'date', value: '2021-03-04' }, 'Anna'));

    // At once: list and content.
    expect(session.list().find((l) => l.id === id)?.metadata).toMatchObject({ subject: 'Vredesmissie Kosovo', sender: 'Ministerie van Buitenlandse Zaken', date: '2021-03-04' });
    const content = value(await session.content(id));
    expect(content.metadata?.date).toMatchObject({ value: '2021-03-04', corrected: true, extracted: '2019-06-19' });

    // Once indexed again: search fields, results, filters and facets.
    await session.idle();
    const found = await search(session, 'betreft:kosovo');
    expect(found.hits.map((h) => h.letter.id)).toEqual([id]);
    expect(found.hits[0]!.metadata?.subject?.value).toBe('Vredesmissie Kosovo');
    expect((await search(session, 'betreft:wintertraining')).total).toBe(0);
    expect((await search(session, 'afzender:buitenlandse')).total).toBe(1);
    const all = await search(session, '');
    expect(all.facets.year).toEqual(expect.arrayContaining([{ value: '2021', count: 1 }, { value: '2019', count: 1 }]));
    expect(all.facets.sender).toEqual(expect.arrayContaining([{ value: 'Ministerie van Buitenlandse Zaken', count: 1 }]));
    expect((await search(session, '', { dateFrom: '2021-01-01' })).hits.map((h) => h.letter.id)).toEqual([id]);
    expect((await search(session, '', { senders: ['Ministerie van Buitenlandse Zaken'] })).total).toBe(1);
  });

  it('links a reply through a corrected "uw kenmerk"', async () => {
    const session = await open();
    const earlier = idOf(session, 'begroting.txt');
    const reply = idOf(session, 'noorwegen.txt');
    expect(value(session.linksOf(reply)).repliesTo).toEqual([]);
    value(await session.correct({ id: reply, field: 'theirReference', value: 'BS2019011367' }, 'Anna'));
    expect(value(session.linksOf(reply)).repliesTo).toEqual([earlier]);
    expect(value(session.linksOf(earlier)).repliedBy).toEqual([reply]);
  });

  it('keeps corrections in the sidecar by letter id, across a reopen, and removes one with null', async () => {
    const first = await open();
    const id = idOf(first, 'begroting.txt');
    value(await first.correct({ id, field: 'reference', value: 'BS-2019-1' }, 'Anna'));
    await archive.closeAll();
    const file = JSON.parse(await fs.readFile(path.join(archive.dir, '.leeszaal', CORRECTIONS_FILE), 'utf8'));
    expect(file.letters[id].reference).toMatchObject({ value: 'BS-2019-1', author: 'Anna' });

    // A renamed letter keeps its id, and so its corrections.
    await fs.rename(path.join(archive.dir, 'begroting.txt'), path.join(archive.dir, 'begroting-2020.txt'));
    const second = await open();
    expect(second.list().find((l) => l.id === id)?.metadata?.reference).toBe('BS-2019-1');
    expect((await search(second, 'kenmerk:BS-2019-1')).hits.map((h) => h.letter.id)).toEqual([id]);

    value(await second.correct({ id, field: 'reference', value: null }, 'Anna'));
    const content = value(await second.content(id));
    expect(content.metadata?.reference).toMatchObject({ value: 'BS2019011367' });
    expect(content.metadata?.reference?.corrected).toBeUndefined();
  });

  it.each([
    ['19 juni 2019', 'JJJJ-MM-DD'],
    ['2019-02-30', 'JJJJ-MM-DD'],
  ])('refuses the date "%s" with a Dutch sentence', async (date, hint) => {
    const session = await open();
    const result = await session.correct({ id: idOf(session, 'begroting.txt'), field: 'date', value: date }, 'Anna');
    expect(result.ok ? null : result.error).toMatchObject({ code: 'bad-request', message: expect.stringContaining(hint) });
  });

  it('says when the letter is not in the archive', async () => {
    const session = await open();
    const result = await session.correct({ id: 'f'.repeat(64), field: 'subject', value: 'X' }, 'Anna');
    expect(result.ok ? null : result.error.code).toBe('not-found');
  });
});
