import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileText, PackWriter } from '../../../../../src-main/node/archive/cacheFile';
import { ContentCache, type CachedContent } from '../../../../../src-main/node/archive/ContentCache';
import { positionedText } from '../../../../fixtures/generateLetterTexts';

const content = (words: string): CachedContent => ({
  status: 'ok',
  metadata: null,
  text: positionedText([[`Betreft ${words}`, 72, 700]], [['Tweede pagina', 72, 700]]),
});

describe('ContentCache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-cache-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const files = async () => (await fs.readdir(dir, { recursive: true })).map(String).filter((f) => f.includes('.')).sort();

  it('keeps one file per letter, from which text, status and page texts are read', async () => {
    const cache = await ContentCache.open(dir);
    await cache.put('ab12', content('de begroting'));
    expect(await files()).toEqual([path.join('ab', 'ab12.json')]);
    expect((await cache.content('ab12'))?.text.pages[0]?.text).toBe('Betreft de begroting');
    expect(await cache.pages('ab12')).toEqual(['Betreft de begroting', 'Tweede pagina']);
    expect(cache.entry('ab12')).toMatchObject({ status: 'ok' });
  });

  it('replaces a letter read again through a temp file, leaving no temp file behind', async () => {
    const cache = await ContentCache.open(dir);
    await cache.put('ab12', content('eerste lezing'));
    await cache.put('ab12', content('tweede lezing'));
    expect(await files()).toEqual([path.join('ab', 'ab12.json')]);
    expect(await cache.pages('ab12')).toEqual(['Betreft tweede lezing', 'Tweede pagina']);
  });

  it('makes its folder again when it was removed while open', async () => {
    const cache = await ContentCache.open(dir);
    await fs.rm(dir, { recursive: true });
    await cache.put('cd34', content('na het opruimen'));
    expect(await cache.pages('cd34')).toEqual(['Betreft na het opruimen', 'Tweede pagina']);
  });

  it('lists a letter only once its file is written, and survives a torn file as "not cached"', async () => {
    const cache = await ContentCache.open(dir);
    await fs.mkdir(path.join(dir, 'ef'), { recursive: true });
    await fs.writeFile(path.join(dir, 'ef', 'ef56.json'), '{"status":"ok","text":{"pa');
    expect(cache.entry('ef56')).toBeUndefined();
    expect(await cache.content('ef56')).toBeNull();
    expect(await cache.pages('ef56')).toBeNull();
  });

  it('fails a write it cannot make without listing the letter or leaving a torn file', async () => {
    const cache = await ContentCache.open(dir);
    // A folder where the letter's file should be: the write fails as on a full or broken disk.
    await fs.mkdir(path.join(dir, 'ab', 'ab12.json'), { recursive: true });
    await expect(cache.put('ab12', content('kan niet'))).rejects.toThrow();
    expect(cache.entry('ab12')).toBeUndefined();
  });

  it('saves a catalog that a reopen reads without any letter file', async () => {
    const cache = await ContentCache.open(dir);
    await cache.put('ab12', content('de begroting'));
    await cache.saveCatalog();
    const reopened = await ContentCache.open(dir);
    expect(reopened.entry('ab12')).toMatchObject({ status: 'ok' });
    expect(reopened.isEmpty()).toBe(false);
  });

  it('reads letters a worker appended to its pack, where the catalog says, across a reopen', async () => {
    const cache = await ContentCache.open(dir);
    const pack = new PackWriter(cache.target().packs);
    const first = pack.append(cacheFileText(content('eerste brief')));
    const second = pack.append(cacheFileText(content('tweede brief')));
    cache.record('ab12', content('eerste brief'), first);
    cache.record('cd34', content('tweede brief'), second);
    expect(await cache.pages('cd34')).toEqual(['Betreft tweede brief', 'Tweede pagina']);
    await cache.saveCatalog();
    const reopened = await ContentCache.open(dir);
    expect((await reopened.content('ab12'))?.text.pages[0]?.text).toBe('Betreft eerste brief');
    expect(await files()).toEqual([path.join('packs', first[0]), 'letters.json'].sort());
  });

  it('places an entry where it really lands, even when its pack was deleted meanwhile', async () => {
    const cache = await ContentCache.open(dir);
    const pack = new PackWriter(cache.target().packs);
    const first = pack.append(cacheFileText(content('eerste')));
    await fs.rm(path.join(cache.target().packs, first[0]));
    const second = pack.append(cacheFileText(content('tweede')));
    expect(second[1]).toBe(0);
    cache.record('ab12', content('tweede'), second);
    expect(await cache.pages('ab12')).toEqual(['Betreft tweede', 'Tweede pagina']);
  });

  it('takes a torn or missing pack entry as "not cached"', async () => {
    const cache = await ContentCache.open(dir);
    const at = new PackWriter(cache.target().packs).append(cacheFileText(content('afgebroken')));
    cache.record('ab12', content('afgebroken'), [at[0], at[1], at[2] + 40]);
    cache.record('cd34', content('weg'), ['bestaat-niet.pack', 0, 10]);
    expect(await cache.content('ab12')).toBeNull();
    expect(await cache.pages('cd34')).toBeNull();
  });

  it('prunes the packs no listed letter points into, once they are no longer being written', async () => {
    const cache = await ContentCache.open(dir);
    const packs = cache.target().packs;
    const kept = new PackWriter(packs).append(cacheFileText(content('blijft')));
    const dropped = new PackWriter(packs).append(cacheFileText(content('opnieuw gelezen')));
    cache.record('ab12', content('blijft'), kept);
    expect(dropped[0]).not.toBe(kept[0]);
    await cache.prunePacks();
    expect((await fs.readdir(packs)).sort()).toEqual([kept[0], dropped[0]].sort()); // young: may still be written
    // Another Leeszaal on the same folder saved a catalog that points into a pack of its own.
    const theirs = new PackWriter(packs).append(cacheFileText(content('van een ander proces')));
    const other = await ContentCache.open(dir);
    other.record('ef56', content('van een ander proces'), theirs);
    await other.saveCatalog();
    await cache.prunePacks(0);
    expect((await fs.readdir(packs)).sort()).toEqual([kept[0], theirs[0]].sort());
    expect(await cache.pages('ab12')).toEqual(['Betreft blijft', 'Tweede pagina']);
  });
});
