// `leeszaal index DIR --password P`: encrypted letters opened with one password for the run, read
// in the extraction worker pool; the password is not written to the sidecar.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../../../../src-main/cli/args';
import { indexCommand } from '../../../../../src-main/cli/commands/index';
import { encryptPdf, hasQpdf } from '../../../../fixtures/encryptPdf';
import { ensureExtractWorker } from '../../../../fixtures/ensureExtractWorker';
import { generateLetter } from '../../../../fixtures/generateLetters';

describe.skipIf(!hasQpdf)('leeszaal index --password', () => {
  let dir: string;
  let out: string[];
  beforeAll(ensureExtractWorker);
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-cli-password-'));
    const plain = path.join(os.tmpdir(), `lz-plain-${process.pid}.pdf`);
    await generateLetter(plain, 21);
    encryptPdf(plain, path.join(dir, 'beveiligd.pdf'), 'geheim');
    await fs.rm(plain);
    await fs.writeFile(path.join(dir, 'open.txt'), 'Ministerie van Defensie\n\nBetreft Wintertraining\n\nDe wintertraining.');
    out = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await fs.rm(dir, { recursive: true, force: true });
  });
  const run = async (...args: string[]) => {
    out.length = 0;
    expect(await indexCommand(parseArgs([dir, '--json', ...args], ['json']))).toBe(0);
    return JSON.parse(out.join('')) as { statuses: Record<string, number>; indexed: number };
  };

  it('leaves an encrypted letter encrypted without the password, and reads and indexes it with it', async () => {
    expect(await run()).toMatchObject({ statuses: { ok: 1, encrypted: 1 }, indexed: 1 });
    expect(await run('--password', 'fout')).toMatchObject({ statuses: { ok: 1, encrypted: 1 }, indexed: 1 });
    expect(await run('--password', 'geheim')).toMatchObject({ statuses: { ok: 2 }, indexed: 2 });
    // Cached: the next run needs no password.
    expect(await run()).toMatchObject({ statuses: { ok: 2 }, indexed: 2 });
    const sidecar = await fs.readdir(path.join(dir, '.leeszaal'), { recursive: true });
    for (const file of sidecar) {
      const full = path.join(dir, '.leeszaal', String(file));
      if ((await fs.stat(full)).isFile()) expect(await fs.readFile(full, 'latin1')).not.toContain('geheim');
    }
  });
});
