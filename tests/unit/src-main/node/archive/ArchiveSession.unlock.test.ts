// Unlocking an encrypted letter: read again with its password, cached, indexed, searchable; a
// wrong password is a value; the password is never written to the sidecar.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptPdf, hasQpdf } from '../../../../fixtures/encryptPdf';
import { generateLetter } from '../../../../fixtures/generateLetters';
import { tempArchive } from '../../../../fixtures/tempArchive';
import { value } from '../../../../fixtures/testHandlerEnv';

const corpusFile = path.resolve('../shared/corpus/broken/encrypted_user-password_abc.pdf');


/** Every file under `dir`, read as text. */
async function allText(dir: string): Promise<string> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return (await Promise.all(files.map((f) => fs.readFile(f, 'latin1')))).join('\n');
}

describe('ArchiveSession.unlock', () => {
  const archive = tempArchive('lz-unlock-');
  const open = () => archive.open();

  it.skipIf(!hasQpdf)('reads a generated encrypted letter with its password and makes it searchable, across a reopen', async () => {
    const plain = path.join(archive.appData, 'plain.pdf');
    const letter = await generateLetter(plain, 5);
    encryptPdf(plain, path.join(archive.dir, 'beveiligd.pdf'), 'geheim');
    const session = await open();
    const [summary] = session.list();
    expect(summary!.status).toBe('encrypted');
    const word = letter.marker.split(' ')[0]!; // "Kenmerkzin"
    expect(value(await session.searchService().search({ query: word })).total).toBe(0);

    const wrong = await session.unlock(summary!.id, 'fout');
    expect(wrong).toEqual({ ok: false, error: { code: 'encrypted', message: 'Het wachtwoord klopt niet.' } });
    expect(session.list()[0]!.status).toBe('encrypted');

    expect(value(await session.unlock(summary!.id, 'geheim'))).toEqual({ id: summary!.id, status: 'ok' });
    expect(session.list()[0]!.metadata).toMatchObject({ subject: letter.subject, reference: letter.reference });
    const content = value(await session.content(summary!.id));
    expect(content.text?.pages[0]?.text).toContain(word);
    await session.idle();
    const found = value(await session.searchService().search({ query: `"${letter.marker.split(':')[0]}"` }));
    expect(found.hits.map((h) => h.letter.id)).toEqual([summary!.id]);

    await archive.closeAll();
    expect(await allText(path.join(archive.dir, '.leeszaal'))).not.toContain('geheim');
    const reopened = await open();
    expect(reopened.list()[0]!.status).toBe('ok');
    expect(value(await reopened.searchService().search({ query: word })).total).toBe(1);
  });

  it.skipIf(!existsSync(corpusFile))('unlocks the corpus letter with password "abc"', async () => {
    await fs.copyFile(corpusFile, path.join(archive.dir, 'encrypted.pdf'));
    const session = await open();
    const [summary] = session.list();
    expect(summary!.status).toBe('encrypted');
    expect((await session.unlock(summary!.id, 'abd')).ok).toBe(false);
    const unlocked = value(await session.unlock(summary!.id, 'abc'));
    expect(unlocked.status).not.toBe('encrypted');
    expect(session.list()[0]!.status).toBe(unlocked.status);
  });

  it('refuses a letter that is not in the archive, and leaves a readable one as it is', async () => {
    await fs.writeFile(path.join(archive.dir, 'brief.txt'), 'Ministerie van Defensie\n\nBetreft Wintertraining\n\nTekst.');
    const session = await open();
    expect((await session.unlock('f'.repeat(64), 'x')).ok).toBe(false);
    expect(value(await session.unlock(session.list()[0]!.id, 'x'))).toMatchObject({ status: 'ok' });
  });
});
