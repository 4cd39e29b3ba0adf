import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../../../src-main/cli/args';
import { notesCommand } from '../../../../../src-main/cli/commands/notes';
import { generateLetter, type GeneratedLetter } from '../../../../fixtures/generateLetters';

let dir: string;
let archive: string;
let letters: GeneratedLetter[];
const run = (...argv: string[]) => notesCommand(parseArgs(argv, ['json']));

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-cli-notes-'));
  archive = path.join(dir, 'archief');
  process.env.LEESZAAL_APP_DATA = path.join(dir, 'appdata');
  letters = [await generateLetter(path.join(archive, 'a.pdf'), 21), await generateLetter(path.join(archive, 'sub', 'b.pdf'), 22)];
  // Notes as another tool writes them: only a TextQuoteSelector and the urn:sha256: source.
  const items = await Promise.all(
    letters.map(async (letter, i) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `https://example.org/anno/${i}`,
      type: 'Annotation',
      body: [
        { type: 'TextualBody', value: `Notitie ${i}` },
        { type: 'TextualBody', purpose: 'tagging', value: i === 0 ? 'toezegging' : 'overig' },
      ],
      target: {
        source: `urn:sha256:${createHash('sha256').update(await fs.readFile(letter.file)).digest('hex')}`,
        selector: { type: 'TextQuoteSelector', exact: letter.marker },
      },
    })),
  );
  await fs.mkdir(path.join(archive, '.leeszaal'), { recursive: true });
  await fs.writeFile(path.join(archive, '.leeszaal', 'annotations.jsonld'), JSON.stringify({ type: 'AnnotationCollection', items }));
});
afterAll(async () => {
  delete process.env.LEESZAAL_APP_DATA;
  await fs.rm(dir, { recursive: true, force: true });
});

describe('leeszaal notes export', () => {
  it.each(['md', 'csv', 'jsonld', 'docx'])('writes %s with the notes of another tool', async (format) => {
    const out = path.join(dir, `notities.${format}`);
    expect(await run('export', archive, '--format', format, '--out', out)).toBe(0);
    expect((await fs.stat(out)).size).toBeGreaterThan(100);
  });

  it('filters on a tag and a letter', async () => {
    const out = path.join(dir, 'toezegging.md');
    expect(await run('export', archive, '--format', 'md', '--tag', 'toezegging', '--out', out)).toBe(0);
    const md = await fs.readFile(out, 'utf8');
    expect(md).toContain('Notitie 0');
    expect(md).not.toContain('Notitie 1');
    expect(await run('export', archive, '--format', 'md', '--letter', 'sub/b.pdf', '--out', out)).toBe(0);
    expect(await fs.readFile(out, 'utf8')).toContain('Notitie 1');
  });

  it('writes one highlighted PDF per letter into a folder, placed from the quote alone', async () => {
    const out = path.join(dir, 'pdf');
    expect(await run('export', archive, '--format', 'pdf', '--out', out)).toBe(0);
    const files = (await fs.readdir(out)).sort();
    expect(files).toEqual(['a-met-notities.pdf', 'b-met-notities.pdf']);
    const doc = await getDocument({ data: new Uint8Array(await fs.readFile(path.join(out, files[0]!))), verbosity: 0 }).promise;
    const highlights = (await (await doc.getPage(1)).getAnnotations()).filter((a) => a.subtype === 'Highlight');
    expect(highlights.map((a) => a.contentsObj.str)).toEqual(['Notitie 0\n\nLabels: toezegging']);
  });

  it('never writes over a letter of the archive', async () => {
    const before = await fs.readFile(letters[0]!.file);
    expect(await run('export', archive, '--format', 'pdf', '--letter', 'a.pdf', '--out', letters[0]!.file)).toBe(1);
    expect(await fs.readFile(letters[0]!.file)).toEqual(before);
  });

  it('refuses a missing format', async () => {
    expect(await run('export', archive, '--out', path.join(dir, 'x'))).toBe(2);
  });
});
