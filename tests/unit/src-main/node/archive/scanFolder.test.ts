import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HashCache } from '../../../../../src-main/node/archive/HashCache';
import { letterKind, scanFolder } from '../../../../../src-main/node/archive/scanFolder';

describe('scanFolder and HashCache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-scan-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['brief.pdf', 'pdf'],
    ['BRIEF.PDF', 'pdf'],
    ['notitie.txt', 'txt'],
    ['plaatje.png', null],
    ['brief.pdf.bak', null],
  ])('knows %s as %s', (name, kind) => {
    expect(letterKind(name)).toBe(kind);
  });

  it('finds letters in sub-folders, skips hidden ones and the sidecar, survives a link loop', async () => {
    await fs.mkdir(path.join(dir, 'a', 'b'), { recursive: true });
    await fs.mkdir(path.join(dir, '.leeszaal', 'cache'), { recursive: true });
    await fs.mkdir(path.join(dir, '.verborgen'));
    for (const file of ['z.pdf', 'a/Y.PDF', 'a/b/x.txt', '.leeszaal/cache/c.txt', '.verborgen/v.pdf', 'a/plaatje.png']) {
      await fs.writeFile(path.join(dir, file), 'x');
    }
    await fs.symlink(dir, path.join(dir, 'a', 'b', 'lus'));
    const found = await scanFolder(dir);
    expect(found.map((f) => [f.relative, f.kind])).toEqual([
      ['a/b/x.txt', 'txt'],
      ['a/Y.PDF', 'pdf'],
      ['z.pdf', 'pdf'],
    ]);
  });

  it('remembers ids by path, size and modification time, and forgets what is gone', async () => {
    const file = path.join(dir, 'cache', 'hashes.json');
    const cache = await HashCache.load(file);
    cache.set('a.pdf', 10, 1000, 'id-a');
    cache.set('b.pdf', 20, 2000, 'id-b');
    cache.retain(new Set(['a.pdf']));
    await fs.mkdir(path.dirname(file), { recursive: true });
    await cache.save();
    const again = await HashCache.load(file);
    expect(again.get('a.pdf', 10, 1000)).toBe('id-a');
    expect(again.get('a.pdf', 11, 1000)).toBeUndefined();
    expect(again.get('a.pdf', 10, 1001)).toBeUndefined();
    expect(again.get('b.pdf', 20, 2000)).toBeUndefined();
    await fs.writeFile(file, '{kapot');
    expect((await HashCache.load(file)).get('a.pdf', 10, 1000)).toBeUndefined();
  });

  it('lists the files it knows as scanFolder would, in its order (what a reopen lists at once)', async () => {
    await fs.mkdir(path.join(dir, 'sub'));
    for (const file of ['b.pdf', 'A.txt', 'sub/c.PDF', 'Ä.pdf']) await fs.writeFile(path.join(dir, file), file);
    const scanned = await scanFolder(dir);
    const file = path.join(dir, '.leeszaal', 'hashes.json');
    const cache = await HashCache.load(file);
    for (const f of [...scanned].reverse()) cache.set(f.relative, f.size, f.mtimeMs, `id-${f.relative}`);
    cache.set('plaatje.png', 1, 1, 'id-png'); // not a letter (say, a renamed one): not listed
    await fs.mkdir(path.dirname(file), { recursive: true });
    await cache.save();
    expect((await HashCache.load(file)).knownFiles(dir)).toEqual(scanned);
  });
});
