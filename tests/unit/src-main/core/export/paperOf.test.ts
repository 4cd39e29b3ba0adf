import { describe, expect, it } from 'vitest';
import { paperOf, parliamentaryYear } from '../../../../../src-main/core/export/paperOf';

describe('parliamentaryYear', () => {
  it.each([
    ['2019-06-19', '2018/19'],
    ['2019-09-16', '2018/19'], // the day before Prinsjesdag 2019
    ['2019-09-17', '2019/20'], // Prinsjesdag 2019
    ['1999-12-31', '1999/00'],
    ['geen datum', undefined],
  ])('%s -> %s', (date, year) => {
    expect(parliamentaryYear(date)).toBe(year);
  });
});

describe('paperOf', () => {
  const meta = {
    date: { value: '2019-03-01', confidence: 1 },
    recipient: { value: 'de Voorzitter van de Tweede Kamer der Staten-Generaal', confidence: 1 },
    citations: [],
  };
  it('reads the paper from the file name, chamber and year from the letter', () => {
    expect(paperOf('stukken/kamerstuk_33279-28.pdf', meta)).toEqual({ key: '33279-28', chamber: 'II', year: '2018/19' });
  });
  it('is undefined for a letter that is not named after a paper', () => {
    expect(paperOf('brief-00001.pdf', meta)).toBeUndefined();
  });

  it('cites a published paper with the chamber and year it prints, not guessed from date and addressee', () => {
    const published = { citations: [], paper: { key: '35538-4', chamber: 'II' as const, year: '2019/20', raw: 'Tweede Kamer, vergaderjaar 2019–2020, 35 538, nr. 4' } };
    expect(paperOf('advies.pdf', published)).toEqual({ key: '35538-4', chamber: 'II', year: '2019/20' });
  });
});
