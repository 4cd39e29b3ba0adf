import { describe, expect, it } from 'vitest';
import { applyCorrections, type LetterCorrections } from '../../../../../src-main/core/letters/applyCorrections';
import type { LetterMetadata, PdfRect } from '../../../../../src-main/shared/contract/letterContent';

const source = { page: 1, rect: [10, 20, 30, 40] as unknown as PdfRect };
const extracted: LetterMetadata = {
  date: { value: '2019-06-19', confidence: 0.9, source },
  subject: { value: 'Begroting', confidence: 0.4, source },
  pageCount: 2,
  language: 'nl',
  citations: [{ raw: 'Kamerstuk 33 279, nr. 28', key: '33279-28', page: 1 }],
};
const by = (value: string) => ({ value, correctedAt: '2026-01-01T00:00:00.000Z', author: 'Anna' });

describe('applyCorrections', () => {
  it.each<[string, LetterMetadata | null, LetterCorrections | undefined, LetterMetadata | null]>([
    ['no corrections: the same object', extracted, undefined, extracted],
    ['an empty set of corrections: the same object', extracted, {}, extracted],
    ['no metadata, no corrections', null, undefined, null],
    [
      'a corrected field keeps the extracted value and drops its place on the page',
      extracted,
      { subject: by('Begroting Defensie 2020') },
      { ...extracted, subject: { value: 'Begroting Defensie 2020', confidence: 1, corrected: true, extracted: 'Begroting' } },
    ],
    [
      'a field extraction did not find',
      extracted,
      { sender: by('Ministerie van Defensie') },
      { ...extracted, sender: { value: 'Ministerie van Defensie', confidence: 1, corrected: true } },
    ],
    [
      'a letter without metadata (not read) still shows the correction',
      null,
      { date: by('2020-01-02') },
      { citations: [], date: { value: '2020-01-02', confidence: 1, corrected: true } },
    ],
  ])('%s', (_name, metadata, corrections, expected) => {
    const merged = applyCorrections(metadata, corrections);
    expect(merged).toEqual(expected);
    if (metadata && (!corrections || !Object.keys(corrections).length)) expect(merged).toBe(metadata);
  });

  it('leaves the extracted metadata untouched', () => {
    const before = structuredClone(extracted);
    applyCorrections(extracted, { date: by('2020-01-02'), subject: by('X') });
    expect(extracted).toEqual(before);
  });
});
