// A cache written by another extraction version is read again in the background on open: the
// letters keep their ids (and so notes and corrections), and the index gets the new output.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMetadata } from '../../../../../src-main/core/letters/readMetadata';
import { ArchiveSession } from '../../../../../src-main/node/archive/ArchiveSession';
import { ContentCache } from '../../../../../src-main/node/archive/ContentCache';
import { inThreadExtractor, type LetterExtractor } from '../../../../../src-main/node/archive/letterExtractor';
import { EXTRACTION_VERSION } from '../../../../../src-main/node/extract/extractionVersion';
import { value } from '../../../../fixtures/testHandlerEnv';

const letter = (subject: string, reference: string) =>
  `Ministerie van Defensie\n\nDatum 19 juni 2019\nOnze referentie ${reference}\n\nBetreft ${subject}\n\nGeachte voorzitter,\n\nDe tekst.\n\nDe Minister van Defensie,`;


/** In-thread extraction counting its letters; `subject` stands for changed metadata rules. */
function extractor(subject?: string): LetterExtractor & { count: number; countAtRelease: number } {
  const inner = inThreadExtractor();
  const counting = {
    count: 0,
    /** How many letters had been read when the archive last let the workers go. */
    countAtRelease: -1,
    parallelism: 2,
    close: inner.close,
    release: async () => {
      counting.countAtRelease = counting.count;
    },
    extract: async (file: Parameters<LetterExtractor['extract']>[0]) => {
      counting.count++;
      const outcome = await inner.extract(file);
      if (!subject || outcome.status !== 'ok') return outcome;
      return { ...outcome, metadata: { ...readMetadata(outcome.text, outcome.info), subject: { value: subject, confidence: 1 } } };
    },
  };
  return counting;
}

describe('extraction version of the content cache', () => {
  let dir: string;
  let appData: string;
  let sessions: ArchiveSession[] = [];
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-extraction-'));
    appData = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-appdata-'));
    await fs.writeFile(path.join(dir, 'a.txt'), letter('Begroting 2020', 'BS2019011367'));
    await fs.writeFile(path.join(dir, 'b.txt'), letter('Wintertraining', 'DGB/2019/2'));
  });
  afterEach(async () => {
    await Promise.all(sessions.map((s) => s.close()));
    sessions = [];
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(appData, { recursive: true, force: true });
  });

  async function open(reader: LetterExtractor) {
    const session = value(await ArchiveSession.open(dir, appData, () => {}, { extractor: reader }));
    sessions.push(session);
    return session;
  }
  async function closeAll() {
    await Promise.all(sessions.map((s) => s.close()));
    sessions = [];
  }
  const catalogFile = () => path.join(dir, '.leeszaal', 'cache', 'letters.json');

  it('stamps the catalog, and reads nothing again while the version is the same', async () => {
    await (await open(extractor())).ready;
    await closeAll();
    expect(JSON.parse(await fs.readFile(catalogFile(), 'utf8')).extraction).toBe(EXTRACTION_VERSION);
    const again = extractor();
    await (await open(again)).ready;
    expect(again.count).toBe(0);
  });

  it('reads letters of an older extraction again in the background, keeping ids, corrections and index', async () => {
    const first = await open(extractor());
    await first.ready;
    const ids = first.list().map((l) => l.id).sort();
    const a = first.list().find((l) => l.name === 'a.txt')!.id;
    value(await first.correct({ id: a, field: 'sender', value: 'Raad van State' }, 'Anna'));
    await first.idle();
    await closeAll();
    // A catalog from before the stamp existed (or from another version).
    const catalog = JSON.parse(await fs.readFile(catalogFile(), 'utf8'));
    delete catalog.extraction;
    await fs.writeFile(catalogFile(), JSON.stringify(catalog));

    const newer = extractor('Herziene regels');
    const second = await open(newer);
    // Until read again, the old entries serve.
    expect(second.list().map((l) => l.status)).toEqual(['ok', 'ok']);
    await second.ready;
    expect(newer.count).toBe(2);
    expect(newer.countAtRelease).toBe(2); // the workers are let go after the re-read too
    expect(second.list().map((l) => l.id).sort()).toEqual(ids);
    expect(second.list().map((l) => l.metadata?.subject)).toEqual(['Herziene regels', 'Herziene regels']);
    expect(second.list().find((l) => l.id === a)?.metadata?.sender).toBe('Raad van State');
    const found = value(await second.searchService().search({ query: 'betreft:herziene' }));
    expect(found.total).toBe(2);
    expect(value(await second.searchService().search({ query: 'betreft:wintertraining' })).total).toBe(0);
    await closeAll();

    const third = extractor('Herziene regels');
    await (await open(third)).ready;
    expect(third.count).toBe(0);
  });

  it('keeps the stamp of entries not yet read again when the catalog is saved midway', async () => {
    const cacheDir = path.join(dir, 'cache');
    const old = await ContentCache.open(cacheDir);
    const entry = { status: 'ok' as const, metadata: null, text: { pages: [] } };
    await old.put('a'.repeat(64), entry);
    await old.put('b'.repeat(64), entry);
    await old.saveCatalog();
    const catalog = JSON.parse(await fs.readFile(path.join(cacheDir, 'letters.json'), 'utf8'));
    await fs.writeFile(path.join(cacheDir, 'letters.json'), JSON.stringify({ ...catalog, extraction: EXTRACTION_VERSION - 1 }));

    const cache = await ContentCache.open(cacheDir);
    expect([cache.isStale('a'.repeat(64)), cache.isStale('b'.repeat(64))]).toEqual([true, true]);
    await cache.put('a'.repeat(64), entry);
    await cache.saveCatalog();
    const reopened = await ContentCache.open(cacheDir);
    expect([reopened.isStale('a'.repeat(64)), reopened.isStale('b'.repeat(64))]).toEqual([false, true]);
  });
});
