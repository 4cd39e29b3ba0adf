import { describe, expect, it } from 'vitest';
import { citeSource } from '../../../../../src-main/core/export/citeSource';
import { exportInput } from './exportFixture';

describe('citeSource', () => {
  it.each([
    { letter: 0, page: 2, expected: 'Samenwerking met strategische partners, Ministerie van Financiën, 19 juni 2019, kenmerk BS2019011367, p. 2' },
    { letter: 1, page: 3, expected: 'Kamerstukken II 2018/19, 33 279, nr. 28, p. 3' },
    { letter: 2, page: undefined, expected: 'scan zonder tekst.pdf' },
  ])('letter $letter, page $page', ({ letter, page, expected }) => {
    expect(citeSource(exportInput.letters[letter]!, page)).toBe(expected);
  });
});
