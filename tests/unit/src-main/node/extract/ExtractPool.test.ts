import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractPool, locateExtractWorker } from '../../../../../src-main/node/extract/ExtractPool';
import { readPackEntry } from '../../../../../src-main/node/archive/cacheFile';
import { ensureExtractWorker } from '../../../../fixtures/ensureExtractWorker';
import { generateLetter, type GeneratedLetter } from '../../../../fixtures/generateLetters';

const broken = path.resolve('../shared/corpus/broken');
let dir: string;
let workerFile: string;
const letters: GeneratedLetter[] = [];

beforeAll(async () => {
  workerFile = await ensureExtractWorker();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'leeszaal-pool-'));
  for (let seed = 21; seed < 25; seed++) letters.push(await generateLetter(path.join(dir, `brief-${seed}.pdf`), seed));
  await fs.writeFile(path.join(dir, 'leeg.pdf'), '');
  await fs.writeFile(path.join(dir, 'notitie.pdf'), 'Dit is een notitie, geen PDF.');
  await fs.writeFile(path.join(dir, 'brief.txt'), 'Datum 19-06-2019\nBetreft Samenwerking met strategische partners\n\nGeachte voorzitter,\n');
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('ExtractPool', () => {
  it('extracts letters in parallel with their metadata, each promise with its own file', async () => {
    const pool = new ExtractPool({ size: 2, workerFile });
    try {
      const outcomes = await Promise.all(letters.map((letter) => pool.extract(letter.file)));
      outcomes.forEach((outcome, i) => {
        expect(outcome.status).toBe('ok');
        expect(outcome.pageCount).toBe(letters[i]!.pageCount);
        expect(outcome.text.pages.map((page) => page.text).join('\n')).toContain(letters[i]!.marker);
        expect(outcome.metadata).toBeDefined();
        expect(outcome.metadata!.pageCount).toBe(letters[i]!.pageCount);
      });
    } finally {
      await pool.close();
    }
  });

  it('appends a readable letter\'s cache entry to the worker\'s pack when asked, and sends back page texts only', async () => {
    const pool = new ExtractPool({ size: 1, workerFile });
    const packs = path.join(dir, 'cache-store', 'packs');
    try {
      const plain = await pool.extract(letters[0]!.file);
      const first = await pool.extract(letters[0]!.file, { store: { packs } });
      const second = await pool.extract(letters[1]!.file, { store: { packs } });
      expect(first.text.pages.map((p) => p.text)).toEqual(plain.text.pages.map((p) => p.text));
      expect(first.text.pages.every((p) => p.lines.length === 0)).toBe(true);
      expect(first.metadata).toEqual(plain.metadata);
      // One pack for the worker, entries one after the other, each where the reply says.
      const [pack, offset, length] = first.stored!;
      expect(await fs.readdir(packs)).toEqual([pack]);
      expect(second.stored).toEqual([pack, offset + length, expect.any(Number)]);
      const entry = await readPackEntry(packs, first.stored!);
      expect(entry).toMatchObject({ status: 'ok', text: plain.text, metadata: plain.metadata });
      expect((await readPackEntry(packs, second.stored!))?.metadata).toEqual((await pool.extract(letters[1]!.file)).metadata);
      // An unreadable file is not written by the worker: the archive decides what to keep.
      const bad = await pool.extract(path.join(dir, 'notitie.pdf'), { store: { packs } });
      expect(bad.stored).toBeUndefined();
      expect((await fs.stat(path.join(packs, pack))).size).toBe(second.stored![1] + second.stored![2]);
    } finally {
      await pool.close();
    }
  });

  it('lets idle workers go and starts new ones for the next letter', async () => {
    const pool = new ExtractPool({ size: 2, workerFile });
    try {
      await Promise.all(letters.slice(0, 2).map((letter) => pool.extract(letter.file)));
      const slots = (pool as unknown as { slots: unknown[] }).slots;
      expect(slots).toHaveLength(2);
      await pool.releaseIdle();
      expect(slots).toHaveLength(0);
      const again = await pool.extract(letters[2]!.file);
      expect(again.status).toBe('ok');
      expect(again.text.pages.map((page) => page.text).join('\n')).toContain(letters[2]!.marker);
    } finally {
      await pool.close();
    }
  });

  it('gives each bad file its status and keeps reading the others', async () => {
    const pool = new ExtractPool({ size: 2, workerFile });
    try {
      const cases: [string, string][] = [
        [path.join(dir, 'leeg.pdf'), 'empty'],
        [letters[0]!.file, 'ok'],
        [path.join(dir, 'notitie.pdf'), 'not-a-pdf'],
        [path.join(dir, 'bestaat-niet.pdf'), 'damaged'],
        [path.join(dir, 'brief.txt'), 'ok'],
        [letters[1]!.file, 'ok'],
      ];
      const outcomes = await Promise.all(cases.map(([file]) => pool.extract(file)));
      expect(outcomes.map((outcome) => outcome.status)).toEqual(cases.map(([, status]) => status));
      expect(outcomes[3]!.message).toMatch(/ENOENT/);
      expect(outcomes[4]!.metadata).toBeDefined();
    } finally {
      await pool.close();
    }
  });

  it.skipIf(!existsSync(broken))('passes the password to the worker', async () => {
    const pool = new ExtractPool({ size: 1, workerFile });
    try {
      const file = path.join(broken, 'encrypted_user-password_abc.pdf');
      expect((await pool.extract(file)).status).toBe('encrypted');
      expect((await pool.extract(file, { password: 'abc' })).status).toBe('ok');
    } finally {
      await pool.close();
    }
  });

  it.skipIf(process.platform === 'win32')('gives up a file that hangs, replaces its worker and goes on', async () => {
    // Opening a FIFO nobody writes to blocks forever: a stand-in for a PDF that hangs pdf.js. The
    // limit is generous so that the good letters beside it finish in time on a loaded machine.
    const fifo = path.join(dir, 'hangt.pdf');
    execFileSync('mkfifo', [fifo]);
    const pool = new ExtractPool({ size: 2, timeoutMs: 8000, workerFile });
    try {
      const started = Date.now();
      const [hung, ...others] = await Promise.all([pool.extract(fifo), pool.extract(letters[2]!.file), pool.extract(letters[3]!.file)]);
      expect(hung!.status).toBe('damaged');
      expect(hung!.message).toMatch(/langer dan 8 seconden/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(7900);
      expect(others.map((outcome) => outcome.status)).toEqual(['ok', 'ok']);
      // The pool is whole again: two files at once still work.
      const after = await Promise.all([pool.extract(letters[0]!.file), pool.extract(letters[1]!.file)]);
      expect(after.map((outcome) => outcome.status)).toEqual(['ok', 'ok']);
    } finally {
      await pool.close();
      // Release the blocked open() so the thread pool gets its thread back.
      await fs.writeFile(fifo, '').catch(() => undefined);
    }
  });

  it('settles waiting files when closed and refuses new ones', async () => {
    const pool = new ExtractPool({ size: 1, workerFile });
    const pending = letters.map((letter) => pool.extract(letter.file));
    await pool.close();
    const outcomes = await Promise.all(pending);
    expect(outcomes.every((outcome) => outcome.status === 'damaged' && /afgebroken/.test(outcome.message ?? ''))).toBe(true);
    await expect(pool.extract(letters[0]!.file)).rejects.toThrow(/closed/);
  });
});

describe('locateExtractWorker', () => {
  const out = path.resolve('out');
  it.each([
    ['the CLI bundle (out/cli/leeszaal.js)', path.join(out, 'cli/leeszaal.js')],
    ['the Electron main bundle (out/main/index.js)', path.join(out, 'main/index.js')],
    ['the sources (src-main/node/extract/ExtractPool.ts)', path.resolve('src-main/node/extract/ExtractPool.ts')],
  ])('finds the built worker from %s', (_name, from) => {
    expect(locateExtractWorker(pathToFileURL(from).href)).toBe(path.join(out, 'cli/extractWorker.js'));
  });

  it('says how to build when there is no worker', () => {
    expect(() => locateExtractWorker(pathToFileURL(path.join(os.tmpdir(), 'a/b/c/d.js')).href)).toThrow(/build/);
  });
});
