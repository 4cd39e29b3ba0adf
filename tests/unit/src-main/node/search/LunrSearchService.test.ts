import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SegmentStore } from '../../../../../src-main/node/search/segmentStore';
import { FIRST_SEGMENT_SIZE, LunrSearchService, SEGMENT_SIZE } from '../../../../../src-main/node/search/LunrSearchService';
import type { IndexedLetter, LetterDirectory } from '../../../../../src-main/node/search/SearchService';
import type { LetterMetadata } from '../../../../../src-main/shared/contract/letterContent';
import type { LetterSummary } from '../../../../../src-main/shared/contract/letters';

const idOf = (n: number) => n.toString(16).padStart(64, '0');
const field = (value: string) => ({ value, confidence: 1 });

function letterOf(n: number, body: string, meta: Partial<LetterMetadata> = {}): IndexedLetter {
  return { id: idOf(n), pages: body.split('\f'), metadata: { citations: [], ...meta }, notes: '' };
}

/** An archive in memory: what the search asks of the open archive. */
function directoryOf(letters: Map<string, IndexedLetter>, notes = new Map<string, string>()): LetterDirectory {
  return {
    letter: (id) => {
      const letter = letters.get(id);
      if (!letter) return undefined;
      const summary: LetterSummary = { id, path: `${id.slice(-4)}.pdf`, name: `${id.slice(-4)}.pdf`, size: 1, modified: '2020-01-01T00:00:00.000Z', kind: 'pdf', status: 'ok' };
      return { summary, metadata: letter.metadata };
    },
    pages: async (id) => letters.get(id)?.pages ?? null,
    notesFor: (id) => notes.get(id) ?? '',
    pendingCount: () => 0,
  };
}

describe('LunrSearchService', () => {
  let dir: string;
  let letters: Map<string, IndexedLetter>;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-search-'));
    letters = new Map();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const add = (...list: IndexedLetter[]) => {
    for (const l of list) letters.set(l.id, l);
    return list;
  };
  const ids = async (service: LunrSearchService, query: string) => {
    const result = await service.search({ query });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.hits.map((h) => h.letter.id);
  };

  it('merges segments at query time and follows replacements and removals', async () => {
    const service = await LunrSearchService.open(dir, directoryOf(letters));
    await service.upsert(add(letterOf(1, 'De begroting van Defensie.', { date: field('2020-01-01') }), letterOf(2, 'Wintertraining in Noorwegen.')));
    await service.upsert(add(letterOf(3, 'Een latere begroting.', { date: field('2021-01-01') })));
    expect(service.segmentCount()).toBe(2);
    expect(await ids(service, 'begroting')).toHaveLength(2);
    // A changed letter (same id, new text) is found by its new words only.
    await service.upsert(add(letterOf(1, 'Nu over inkoop.')));
    expect(await ids(service, 'begroting')).toEqual([idOf(3)]);
    expect(await ids(service, 'inkoop')).toEqual([idOf(1)]);
    await service.remove([idOf(2)]);
    letters.delete(idOf(2));
    expect(await ids(service, 'noorwegen')).toEqual([]);
    await service.close();
  });

  it('persists segments and loads them again without the texts', async () => {
    const first = await LunrSearchService.open(dir, directoryOf(letters));
    await first.upsert(add(letterOf(1, 'Kamerstuk 33 279, nr. 28.\fTweede pagina over de begroting.')));
    await first.close();
    const second = await LunrSearchService.open(dir, directoryOf(letters));
    expect(second.indexedIds()).toEqual(new Set([idOf(1)]));
    const result = await second.search({ query: 'begroting' });
    expect(result.ok && result.value.hits[0]?.pages).toEqual([2]);
    expect(result.ok && result.value.hits[0]?.matches).toEqual([{ page: 2, start: 22, end: 31 }]);
    expect(await ids(second, '33 279')).toEqual([idOf(1)]);
  });

  it('streams letters into segments as they are added, searchable as each segment fills', async () => {
    const service = await LunrSearchService.open(dir, directoryOf(letters));
    const stream = service.stream();
    await stream.add(add(letterOf(1, 'De begroting van Defensie.'))[0]!);
    await stream.add(add(letterOf(2, 'Wintertraining in Noorwegen.'))[0]!);
    expect(await ids(service, 'begroting')).toEqual([]); // not committed yet
    await stream.commit();
    expect(await ids(service, 'begroting')).toEqual([idOf(1)]);
    expect(service.segmentCount()).toBe(1);
    await service.close();
    const reopened = await LunrSearchService.open(dir, directoryOf(letters));
    expect(await ids(reopened, 'noorwegen')).toEqual([idOf(2)]);
  });

  it('makes a first read searchable after its first segment, long before the stream ends', async () => {
    const service = await LunrSearchService.open(dir, directoryOf(letters));
    const stream = service.stream();
    for (let n = 1; n <= FIRST_SEGMENT_SIZE; n++) await stream.add(add(letterOf(n, n === 7 ? 'De begroting van Defensie.' : `Brief nummer ${n}.`))[0]!);
    expect(await ids(service, 'begroting')).toEqual([idOf(7)]);
    for (let n = FIRST_SEGMENT_SIZE + 1; n <= FIRST_SEGMENT_SIZE + 10; n++) await stream.add(add(letterOf(n, `Wintertraining ${n}.`))[0]!);
    const waiting = await service.search({ query: 'wintertraining' });
    // Read but not yet in a segment: not found, and counted as not searched yet.
    expect(waiting.ok && [waiting.value.total, waiting.value.pending]).toEqual([0, 10]);
    await stream.commit();
    expect(await ids(service, 'wintertraining')).toHaveLength(10);
    const after = await service.search({ query: 'wintertraining' });
    expect(after.ok && after.value.pending).toBe(0);
    expect(service.segmentCount()).toBe(2);
    expect(FIRST_SEGMENT_SIZE).toBeLessThan(SEGMENT_SIZE);
    await service.close();
  });

  it('stays searchable when a segment cannot be written, and writes it with the next change', async () => {
    const service = await LunrSearchService.open(dir, directoryOf(letters));
    const write = vi.spyOn(SegmentStore.prototype, 'writeSegment').mockRejectedValueOnce(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
    await expect(service.upsert(add(letterOf(1, 'De begroting van Defensie.')))).rejects.toThrow('ENOSPC');
    expect(await ids(service, 'begroting')).toEqual([idOf(1)]);
    await service.upsert(add(letterOf(2, 'Wintertraining in Noorwegen.')));
    write.mockRestore();
    await service.close();
    const reopened = await LunrSearchService.open(dir, directoryOf(letters));
    expect(await ids(reopened, 'begroting')).toEqual([idOf(1)]);
    expect(await ids(reopened, 'noorwegen')).toEqual([idOf(2)]);
  });

  it('merges small segments once there are many', async () => {
    const service = await LunrSearchService.open(dir, directoryOf(letters));
    for (let n = 1; n <= 10; n++) await service.upsert(add(letterOf(n, `Brief nummer ${n} over de begroting.`)));
    expect(service.segmentCount()).toBeLessThanOrEqual(7);
    expect(await ids(service, 'begroting')).toHaveLength(10);
    await service.close();
    const names = (await fs.readdir(dir)).filter((n) => n.startsWith('seg-'));
    expect(names).toHaveLength(service.segmentCount());
  });

  it('filters, sorts and counts facets; notes are searchable and filterable', async () => {
    const notes = new Map([[idOf(2), 'Woo-verzoek']]);
    const service = await LunrSearchService.open(dir, directoryOf(letters, notes));
    await service.upsert(
      add(
        letterOf(1, 'Begroting.', { date: field('2019-05-01'), sender: field('Ministerie van Defensie') }),
        letterOf(2, 'Begroting.', { date: field('2021-05-01'), sender: field('Ministerie van Financiën') }),
        letterOf(3, 'Begroting.', { date: field('2020-05-01'), sender: field('Ministerie van Defensie') }),
      ).map((l) => ({ ...l, notes: notes.get(l.id) ?? '' })),
    );
    const all = await service.search({ query: 'begroting', sort: 'date-desc' });
    if (!all.ok) throw new Error();
    expect(all.value.hits.map((h) => h.metadata?.date?.value)).toEqual(['2021-05-01', '2020-05-01', '2019-05-01']);
    expect(all.value.facets.sender).toEqual([{ value: 'Ministerie van Defensie', count: 2 }, { value: 'Ministerie van Financiën', count: 1 }]);
    expect(all.value.facets.year.map((y) => y.value)).toEqual(['2021', '2020', '2019']);
    const ranged = await service.search({ query: 'begroting', filters: { dateFrom: '2020-01-01', senders: ['Ministerie van Defensie'] } });
    expect(ranged.ok && ranged.value.hits.map((h) => h.letter.id)).toEqual([idOf(3)]);
    expect(await ids(service, 'notities:woo')).toEqual([idOf(2)]);
    const noted = await service.search({ query: '', filters: { hasNotes: true } });
    expect(noted.ok && noted.value.hits.map((h) => h.letter.id)).toEqual([idOf(2)]);
  });

  it('returns bad-query for a malformed query instead of throwing', async () => {
    const service = await LunrSearchService.open(dir, directoryOf(letters));
    expect(await service.search({ query: 'onbekend:veld' })).toMatchObject({ ok: false, error: { code: 'bad-query' } });
  });
});

describe('firstInOrder', () => {
  it.each([5, 20, 200])('gives the first %i of 1000 as a full sort would', async (count) => {
    const { firstInOrder } = await import('../../../../../src-main/node/search/LunrSearchService');
    const items = Array.from({ length: 1000 }, (_, i) => ({ score: (i * 7919) % 1000, i }));
    const compare = (a: { score: number; i: number }, b: { score: number; i: number }) => b.score - a.score || a.i - b.i;
    expect(firstInOrder(items, count, compare)).toEqual([...items].sort(compare).slice(0, count));
  });
});
