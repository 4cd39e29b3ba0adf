import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentCache } from '../../../../../src-main/node/archive/ContentCache';
import { ArchiveSession } from '../../../../../src-main/node/archive/ArchiveSession';
import { inThreadExtractor, type LetterExtractor } from '../../../../../src-main/node/archive/letterExtractor';
import type { ProgressEvent } from '../../../../../src-main/shared/contract/archive';
import { generateLetter } from '../../../../fixtures/generateLetters';

const letter = (subject: string, body: string, reference: string) =>
  `Ministerie van Defensie\n\nDatum 19 juni 2019\nOnze referentie ${reference}\n\nBetreft ${subject}\n\nGeachte voorzitter,\n\n${body}\n\nDe Minister van Defensie,`;

/** The in-thread extractor, counting how many letters it read. */
function countingExtractor(): LetterExtractor & { count: number } {
  const inner = inThreadExtractor();
  const counting = { count: 0, parallelism: 2, close: inner.close, extract: (file: Parameters<LetterExtractor['extract']>[0]) => (counting.count++, inner.extract(file)) };
  return counting;
}

describe('ArchiveSession', () => {
  let dir: string;
  let appData: string;
  let sessions: ArchiveSession[] = [];
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-archive-'));
    appData = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-appdata-'));
    await fs.mkdir(path.join(dir, 'sub'));
    await fs.writeFile(path.join(dir, 'begroting.txt'), letter('Begroting 2020', 'De begrotingen voor het komende jaar. Zie Kamerstuk 33 279, nr. 28.', 'BS2019011367'));
    await fs.writeFile(path.join(dir, 'sub', 'noorwegen.TXT'), letter('Wintertraining', 'De wintertraining in Noorwegen gaat door.', 'DGB/2019/2'));
    await generateLetter(path.join(dir, 'sub', 'brief.pdf'), 7);
  });
  afterEach(async () => {
    await Promise.all(sessions.map((s) => s.close()));
    sessions = [];
    await fs.chmod(dir, 0o755).catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(appData, { recursive: true, force: true });
  });

  async function open(options: Parameters<typeof ArchiveSession.open>[3] = {}, progress: ProgressEvent[] = []) {
    const opened = await ArchiveSession.open(dir, appData, (e) => progress.push(e), options);
    if (!opened.ok) throw new Error(opened.error.message);
    sessions.push(opened.value);
    await opened.value.ready;
    return opened.value;
  }

  const search = async (session: ArchiveSession, query: string) => {
    const result = await session.searchService().search({ query });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  it('reads, caches and indexes every letter, reporting progress', async () => {
    const progress: ProgressEvent[] = [];
    const session = await open({}, progress);
    expect(session.list().map((l) => [l.path, l.status])).toEqual([
      ['begroting.txt', 'ok'],
      ['sub/brief.pdf', 'ok'],
      ['sub/noorwegen.TXT', 'ok'],
    ]);
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['scan', 'extract', 'index', 'done']));
    expect(progress.at(-1)).toMatchObject({ phase: 'done', done: 3, total: 3 });
    const found = await search(session, '33 279');
    expect(found.hits.map((h) => h.letter.path)).toContain('begroting.txt');
    const hit = found.hits.find((h) => h.letter.path === 'begroting.txt')!;
    expect(hit.pages).toEqual([1]);
    expect(hit.snippets[0]!.highlights.length).toBeGreaterThan(0);
    const content = await session.content(hit.letter.id);
    expect(content.ok && content.value.text?.pages[0]?.text).toContain('33 279');
    expect((await search(session, 'kenmerkzin')).total).toBe(1);
  });

  it('indexes each letter as it is read, without reading the cache back afterwards', async () => {
    const readBack = vi.spyOn(ContentCache.prototype, 'pages');
    try {
      const session = await open();
      expect(readBack).not.toHaveBeenCalled();
      expect((await search(session, 'wintertraining')).total).toBe(1);
      expect((await search(session, 'kenmerkzin')).total).toBe(1);
    } finally {
      readBack.mockRestore();
    }
  });

  it('indexes from the cache, reading no letter, the letters that are cached but not in the index', async () => {
    const first = await open({ extractor: countingExtractor() });
    await first.close();
    sessions = [];
    // The index lost (or never written: the app closed while the last segment was being built).
    await fs.rm(path.join(dir, '.leeszaal', 'index'), { recursive: true });
    const extractor = countingExtractor();
    const second = await open({ extractor });
    expect(extractor.count).toBe(0);
    expect((await search(second, 'wintertraining')).total).toBe(1);
  });

  it('reads a letter again when its cache entry turns out to be unreadable', async () => {
    const session = await open();
    const letter = session.list().find((l) => l.path === 'begroting.txt')!;
    // Every pack gone (as if pruned by another process, or never flushed before a power cut).
    await fs.rm(path.join(dir, '.leeszaal', 'cache', 'packs'), { recursive: true, force: true });
    const first = await session.content(letter.id);
    expect(first.ok && first.value.status).toBe('pending');
    await session.idle();
    const again = await session.content(letter.id);
    expect(again.ok && again.value.text?.pages[0]?.text).toContain('33 279');
    expect((await search(session, '33 279')).total).toBe(1);
  });

  it('says so when the disk is full, keeps what it read searchable, and reads the rest later', async () => {
    // The in-thread extractor leaves every write to the archive; the second one finds the disk full.
    const put = ContentCache.prototype.put;
    let writes = 0;
    const full = vi.spyOn(ContentCache.prototype, 'put').mockImplementation(async function (this: ContentCache, ...args) {
      if (++writes > 1) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return put.apply(this, args);
    });
    const progress: ProgressEvent[] = [];
    let session: ArchiveSession;
    try {
      session = await open({ extractor: { ...inThreadExtractor(), parallelism: 1 } }, progress);
    } finally {
      full.mockRestore();
    }
    const done = progress.at(-1)!;
    expect(done.phase).toBe('done');
    expect(done.problem).toMatch(/^De schijf is vol: .*\.leeszaal.* 2 brieven zijn nog niet gelezen/);
    expect(session.problem()).toBe(done.problem);
    const statuses = session.list().map((l) => l.status).sort();
    expect(statuses).toEqual(['ok', 'pending', 'pending']);
    const read = session.list().find((l) => l.status === 'ok')!;
    expect((await session.content(read.id)).ok).toBe(true);
    // Room again: the next look at the folder reads the rest, and the problem is gone.
    await session.refresh();
    expect(session.list().every((l) => l.status === 'ok')).toBe(true);
    expect(session.problem()).toBeNull();
    expect((await search(session, 'wintertraining')).total).toBe(1);
    expect((await search(session, '33 279')).total).toBe(1);
  });

  it('reopens from cache and index without reading any letter again', async () => {
    const first = await open({ extractor: countingExtractor() });
    await first.close();
    sessions = [];
    const extractor = countingExtractor();
    const second = await open({ extractor });
    expect(extractor.count).toBe(0);
    expect((await search(second, 'wintertraining')).total).toBe(1);
    expect(second.list().every((l) => l.status === 'ok')).toBe(true);
  });

  it('reopens from the last known list at once, then verifies it and announces what changed while closed', async () => {
    const first = await open();
    const gone = first.list().find((l) => l.path === 'sub/noorwegen.TXT')!;
    await first.close();
    sessions = [];
    await fs.rm(path.join(dir, 'sub', 'noorwegen.TXT'));
    await fs.writeFile(path.join(dir, 'nieuw.txt'), letter('Inkoop', 'Efficiënte inkoop van materieel.', 'X2020/9'));
    const changes: { added: string[]; removed: string[] }[] = [];
    const opened = await ArchiveSession.open(dir, appData, () => {}, { onLettersChanged: (e) => changes.push(e) });
    if (!opened.ok) throw new Error(opened.error.message);
    const second = opened.value;
    sessions.push(second);
    // Searchable before the scan has verified the list: the list is the one of the last close.
    expect((await search(second, 'wintertraining')).total).toBe(1);
    await second.ready;
    expect(second.list().map((l) => l.path).sort()).toEqual(['begroting.txt', 'nieuw.txt', 'sub/brief.pdf']);
    expect((await search(second, 'wintertraining')).total).toBe(0);
    expect((await search(second, 'efficient')).total).toBe(1);
    expect(changes).toEqual([expect.objectContaining({ added: [expect.any(String)], removed: [gone.id] })]);
  });

  it('watches sub-folders made while open', async () => {
    const session = await open({ watch: true });
    await new Promise((r) => setTimeout(r, 100));
    await fs.mkdir(path.join(dir, 'sub', 'dieper'));
    await new Promise((r) => setTimeout(r, 400)); // the folder's own watcher comes with the rescan
    await fs.writeFile(path.join(dir, 'sub', 'dieper', 'diep.txt'), letter('Diep', 'Een brief over de dieptestructuur.', 'D1'));
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && (await search(session, 'dieptestructuur')).total === 0) await new Promise((r) => setTimeout(r, 100));
    expect((await search(session, 'dieptestructuur')).total).toBe(1);
  });

  it('keeps the id of a renamed letter and takes in added and removed letters', async () => {
    const session = await open();
    const before = session.list().find((l) => l.path === 'begroting.txt')!;
    await fs.rename(path.join(dir, 'begroting.txt'), path.join(dir, 'sub', 'hernoemd.txt'));
    await fs.writeFile(path.join(dir, 'nieuw.txt'), letter('Inkoop', 'Efficiënte inkoop van materieel.', 'X2020/9'));
    await fs.rm(path.join(dir, 'sub', 'noorwegen.TXT'));
    const change = await session.refresh();
    expect(change.changed).toEqual([before.id]);
    expect(change.added).toHaveLength(1);
    expect(change.removed).toHaveLength(1);
    expect(session.list().find((l) => l.id === before.id)?.path).toBe('sub/hernoemd.txt');
    expect((await search(session, 'efficient')).total).toBe(1);
    expect((await search(session, 'wintertraining')).total).toBe(0);
    expect((await search(session, 'begroting')).hits[0]?.letter.path).toBe('sub/hernoemd.txt');
  });

  it('sees a new letter through the folder watcher within seconds', async () => {
    const changes: unknown[] = [];
    const session = await open({ watch: true, onLettersChanged: (e) => changes.push(e) });
    await fs.writeFile(path.join(dir, 'sub', 'later.txt'), letter('Later', 'Een brief over de toezegging van later.', 'L1'));
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && (await search(session, 'later')).total === 0) await new Promise((r) => setTimeout(r, 100));
    expect((await search(session, 'later')).total).toBe(1);
    // The event follows the indexing; it may come a moment after the letter is searchable.
    while (Date.now() < deadline && !changes.length) await new Promise((r) => setTimeout(r, 20));
    expect(changes).toEqual([expect.objectContaining({ added: [expect.any(String)], changed: [], removed: [] })]);
  });

  it('indexes note text and re-indexes it on demand', async () => {
    const notes = new Map<string, string>();
    const session = await open({ notes: { textFor: (id) => notes.get(id) ?? '' } });
    const id = session.list()[0]!.id;
    expect((await search(session, 'notities:woo-verzoek')).total).toBe(0);
    notes.set(id, 'Belangrijk voor het Woo-verzoek');
    await session.reindexNotes([id]);
    expect((await search(session, 'notities:woo')).hits.map((h) => h.letter.id)).toEqual([id]);
    const withNotes = await session.searchService().search({ query: '', filters: { hasNotes: true } });
    expect(withNotes.ok && withNotes.value.hits.map((h) => h.letter.id)).toEqual([id]);
  });

  it.skipIf(process.getuid?.() === 0)('puts the sidecar in the app-data folder when the archive is read-only, and says so', async () => {
    await fs.chmod(dir, 0o555);
    const session = await open();
    expect(session.summary().sidecarElsewhere).toBe(true);
    expect(session.summary().sidecar.startsWith(appData)).toBe(true);
    expect((await search(session, 'begroting')).total).toBe(1);
  });

  it('puts the sidecar in the app-data folder when .leeszaal cannot be made (as for root, where chmod does not bite)', async () => {
    await fs.writeFile(path.join(dir, '.leeszaal'), 'not a folder');
    const session = await open();
    expect(session.summary()).toMatchObject({ sidecarElsewhere: true });
    expect(session.summary().sidecar.startsWith(appData)).toBe(true);
    expect((await search(session, 'wintertraining')).total).toBe(1);
  });
});
