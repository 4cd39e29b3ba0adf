import { describe, expect, it } from 'vitest';
import type { LetterRow } from '../../../../../src-renderer/features/letters/LetterRow';
import { countFacets, filterLetters, noFilters } from '../../../../../src-renderer/features/letters/filterLetters';
import { sortLetters } from '../../../../../src-renderer/features/letters/sortLetters';

const row = (name: string, extra: Partial<LetterRow> = {}): LetterRow => ({
  id: name.padEnd(64, '0'),
  path: name,
  name,
  size: 1,
  modified: '2024-01-01T00:00:00Z',
  kind: 'pdf',
  status: 'ok',
  ...extra,
});

const letters = [
  row('a.pdf', { date: '2019-06-19', subject: 'Wintertraining', sender: 'Ministerie van Defensie', reference: 'BS2019011367', noteCount: 2 }),
  row('b.pdf', { date: '2023-07-17', subject: 'Evaluatie Woo', sender: 'Ministerie van BZK', reference: '2025-0000688710', noteCount: 0 }),
  row('c.pdf'),
  row('d.txt', { kind: 'txt', date: '2011-03-01', subject: 'advies', sender: 'Raad van State', reference: 'z2020-11824' }),
];

describe('sortLetters', () => {
  it.each([
    [{ key: 'date', descending: true }, ['b.pdf', 'a.pdf', 'd.txt', 'c.pdf']],
    [{ key: 'date', descending: false }, ['d.txt', 'a.pdf', 'b.pdf', 'c.pdf']],
    [{ key: 'subject', descending: false }, ['d.txt', 'b.pdf', 'a.pdf', 'c.pdf']],
    [{ key: 'sender', descending: false }, ['b.pdf', 'a.pdf', 'd.txt', 'c.pdf']],
    [{ key: 'reference', descending: false }, ['b.pdf', 'a.pdf', 'd.txt', 'c.pdf']],
  ] as const)('%o', (order, expected) => {
    expect(sortLetters(letters, order).map((letter) => letter.name)).toEqual(expected);
  });
});

describe('filterLetters', () => {
  it.each([
    [{ ...noFilters, years: new Set(['2019']) }, ['a.pdf']],
    [{ ...noFilters, senders: new Set(['Raad van State', 'Ministerie van BZK']) }, ['b.pdf', 'd.txt']],
    [{ ...noFilters, kinds: new Set(['txt']) }, ['d.txt']],
    [{ ...noFilters, hasNotes: true }, ['a.pdf']],
    [noFilters, ['a.pdf', 'b.pdf', 'c.pdf', 'd.txt']],
  ])('%o', (filters, expected) => {
    expect(filterLetters(letters, filters).map((letter) => letter.name)).toEqual(expected);
  });

  it('counts facets, years newest first', () => {
    const facets = countFacets(letters);
    expect(facets.year.map(([year]) => year)).toEqual(['2023', '2019', '2011']);
    expect(facets.kind).toEqual([['pdf', 3], ['txt', 1]]);
  });
});
