import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
});
