import { describe, expect, it } from 'vitest';
import { countFacets } from '../../../../../src-main/core/search/countFacets';
import { buildLinkGraph, linksOf, paperKeyOf } from '../../../../../src-main/core/search/letterLinks';
import type { LetterMetadata } from '../../../../../src-main/shared/contract/letterContent';

const field = (value: string) => ({ value, confidence: 1 });
const meta = (m: Partial<LetterMetadata>): LetterMetadata => ({ citations: [], ...m });

describe('links inside the archive', () => {
  it.each([
    ['nl_kamerstuk_35538-4_advies_Raad_van_State.pdf', '35538-4'],
    ['kst-21501-07-1750.pdf', '21501-07-1750'],
    ['brief 33 279 nr 28.pdf', '33279-28'],
    ['brief-00001.pdf', null],
  ])('reads the paper key of %s', (path, key) => {
    expect(paperKeyOf({ path })).toBe(key);
  });

  const letters = [
    { id: 'paper', path: 'kamerstuk_33279-28.pdf', metadata: meta({ reference: field('BS2019011367'), date: field('2019-06-19') }) },
    { id: 'citer', path: 'a.pdf', metadata: meta({ citations: [{ raw: 'Kamerstuk 33 279, nr. 28', key: '33279-28', page: 2 }], theirReference: field('bs 2019011367'), reference: field('DGB/2020/1'), date: field('2020-01-01') }) },
    { id: 'reply2', path: 'b.pdf', metadata: meta({ theirReference: field('DGB/2020/1'), date: field('2020-02-01') }) },
    { id: 'lonely', path: 'c.txt', metadata: null },
  ];
  const graph = buildLinkGraph(letters);

  it('links citations, replies and threads both ways', () => {
    expect(linksOf(graph, 'citer').cites).toEqual([{ raw: 'Kamerstuk 33 279, nr. 28', key: '33279-28', page: 2, letterIds: ['paper'] }]);
    expect(linksOf(graph, 'paper').citedBy.map((c) => c.letterId)).toEqual(['citer']);
    expect(linksOf(graph, 'citer').repliesTo).toEqual(['paper']);
    expect(linksOf(graph, 'paper').repliedBy).toEqual(['citer']);
    expect(linksOf(graph, 'reply2').thread.map((t) => t.letterId)).toEqual(['paper', 'citer', 'reply2']);
    expect(linksOf(graph, 'lonely')).toEqual({ cites: [], citedBy: [], repliesTo: [], repliedBy: [], thread: [{ letterId: 'lonely' }] });
  });

  it('counts facets', () => {
    const facets = countFacets([
      { sender: 'Defensie', kind: 'pdf', date: '2019-01-01', hasNotes: true },
      { sender: 'Defensie', kind: 'txt', date: '2020-01-01', hasNotes: false },
      { kind: 'pdf', hasNotes: false },
    ]);
    expect(facets.sender).toEqual([{ value: 'Defensie', count: 2 }]);
    expect(facets.kind).toEqual([{ value: 'pdf', count: 2 }, { value: 'txt', count: 1 }]);
    expect(facets.year).toEqual([{ value: '2020', count: 1 }, { value: '2019', count: 1 }]);
    expect(facets.hasNotes).toEqual([{ value: 'nee', count: 2 }, { value: 'ja', count: 1 }]);
  });

  it('links a citation to a published paper by what the paper says of itself, whatever its file name', () => {
    const paper = { id: 'p', path: 'advies-rvs.pdf', metadata: { citations: [], paper: { key: '35538-4', chamber: 'II' as const, year: '2019/20', raw: 'Tweede Kamer, vergaderjaar 2019–2020, 35 538, nr. 4' } } };
    const citing = { id: 'c', path: 'brief.pdf', metadata: { citations: [{ raw: 'Kamerstuk 35 538, nr. 4', key: '35538-4', page: 2 }] } };
    expect(paperKeyOf(paper)).toBe('35538-4');
    const graph = buildLinkGraph([paper, citing]);
    expect(linksOf(graph, 'c')?.cites[0]?.letterIds).toEqual(['p']);
    expect(linksOf(graph, 'p')?.citedBy.map((c) => c.letterId)).toEqual(['c']);
  });
});
