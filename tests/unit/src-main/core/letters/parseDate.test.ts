import { describe, expect, it } from 'vitest';
import { findDate } from '../../../../../src-main/core/letters/parseDate';

describe('findDate', () => {
  it.each([
    ['19-06-2019', '2019-06-19'],
    ['1 maart 2011', '2011-03-01'],
    ['06 augustus 2020', '2020-08-06'],
    ['Den Haag, 17 juli 2023', '2023-07-17'],
    ['23 feb 2021', '2021-02-23'],
    ['August 11, 2020', '2020-08-11'],
    ['5. September 2005', '2005-09-05'],
    ['le 7 juin 2023', '2023-06-07'],
    ['07/06/2012 02:44', '2012-06-07'],
    ['2021-06-18', '2021-06-18'],
    ['31 februari 2020', undefined],
    ['Juli 2008', undefined],
    ['Versie 1.02', undefined],
  ])('%s -> %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });
});
