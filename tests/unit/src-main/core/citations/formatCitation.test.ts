import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../../../../src-main/core/citations/formatCitation';

describe('formatCitation', () => {
  it.each([
    [{ key: '33279-28', chamber: 'II' as const, year: '2018-2019', page: 3 }, 'Kamerstukken II 2018/19, 33 279, nr. 28, p. 3'],
    [{ key: '32123-XVI-30', raw: 'Kamerstukken II 2009/10, 32 123 XVI, nr. 30' }, 'Kamerstukken II 2009/10, 32 123 XVI, nr. 30'],
    [{ key: '35538-4', raw: 'Tweede Kamer, vergaderjaar 2019–2020, 35 538, nr. 4' }, 'Kamerstukken II 2019/20, 35 538, nr. 4'],
    [{ key: '21501-07-1750', raw: '21 501-07, nr. 1750' }, 'Kamerstuk 21 501-07, nr. 1750'],
    [{ key: '36410-X-12' }, 'Kamerstuk 36 410 X, nr. 12'],
    [{ key: '33279-28', raw: 'Kamerstukken I 2018/2019, 33 279, nr. 28' }, 'Kamerstukken I 2018/19, 33 279, nr. 28'],
    [{ key: 'niet-een-sleutel' }, 'niet-een-sleutel'],
  ])('%j -> %s', (parts, expected) => {
    expect(formatCitation(parts)).toBe(expected);
  });
});
