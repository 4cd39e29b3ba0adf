import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../../../src-main/core/citations/parseCitations';

const keys = (text: string | string[]) => parseCitations(Array.isArray(text) ? text : [text]).map((c) => c.key);

describe('parseCitations', () => {
  it.each([
    ['Kamerstukken II 2009/10, 32 123 XVI, nr. 30', ['32123-XVI-30']],
    ['zie 21 501-07, nr. 1750 voor het verslag', ['21501-07-1750']],
    ['Kamerstuk 33 279, nr. 28', ['33279-28']],
    ['(Kamerstuk 21 501-28, nr. 180)', ['21501-28-180']],
    ['Kamerstukken 32 123 XVI, nr. 30', ['32123-XVI-30']],
    ['de brief (36 410-X, nr. 12) meldt', ['36410-X-12']],
    ['de moties (Kamerstuk 30 420, nrs. 100 en 101)', ['30420-100', '30420-101']],
    ['Kamerstuk 29 754, nrs. 5, 6 en 7', ['29754-5', '29754-6', '29754-7']],
    ['Kamerstuk 29 754, nrs. 5 t/m 7', ['29754-5', '29754-6', '29754-7']],
    ['het wetsvoorstel 34 417 (R2068), nr. 7', ['34417-7']],
    ['Kamerstukken II 2018/19, 33 279, nr. 28, p. 3', ['33279-28']],
    ['Kamerstukken II 2018-2019, 35 000 X, nr. 5', ['35000-X-5']],
    ['Kamerstukken I 2019/20, 35 300 VII, nr. 2', ['35300-VII-2']],
    ['Kamerstukken II 2019/20, 25 295, nr. 219', ['25295-219']],
    ['Tweede Kamer, vergaderjaar 2019–2020, 35 538, nr. 4', ['35538-4']],
    ['Kamerstuk: 25295-460', ['25295-460']],
    ['Nota van wijziging - 30569-8', ['30569-8']],
    ['Maartcirculaire gemeentefonds - 31700-B-14', ['31700-B-14']],
    ['Betreft documenten 31544-8 en 31544-9', ['31544-8', '31544-9']],
    ['Tweede nota van wijziging 30372 nr. 31 - 30372-31', ['30372-31', '30372-31']],
    ['(31200 XI, nr. 65) en de motie Van Raak (29754, nr. 113)', ['31200-XI-65', '29754-113']],
    ['commissie Oosting, zie 31700 VII nr. 72)', ['31700-VII-72']],
    ['moties 30420, nrs 100 en 101 over de seksediverse', ['30420-100', '30420-101']],
    ['Parliamentary Papers II 2018/19, 33 279, no. 28', ['33279-28']],
    ['Kamerstuk 33\u00a0279, nr.\u00a028', ['33279-28']],
    ['Kamerstuk 33 279, nr. 28 en Kamerstuk 27 830, nr. 280', ['33279-28', '27830-280']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    ['Handelingen II 2019/20, nr. 45, item 7'],
    ['Aanhangsel Handelingen II 2020/21, nr. 3235'],
    ['Staatsblad 2020, 118'],
    ['Stcrt. 2019, nr. 56789'],
    ['Handelingen 2021/22, nr. 3408'],
    ['de wetsvoorstellen 31815, 31816 en 31840 (31 475)'],
    ['zaak 2009Z04630 en activiteit 2008A02139'],
    ['The Lancet 2020; 395(10242):1973. doi:10.1016/S0140-6736(20)31008-4'],
    ['kenmerk: 1722926-208233-DICIO'],
    ['Depotregistratie 202008-2965-12 DEP03286'],
    ['Datum 19-06-2019, kenmerk z2020-11824, BS2019011367, DGB/2024/123456'],
    ['Verordnung (EG) Nr. 1049/2001'],
    ['GMBl 2008 Nr. 52'],
    ['Resolution 1441 (2002), 661 (1990)'],
    ['op 13 december 2019 nr. 5'],
    ['Postbus 20701 2500 ES Den Haag, tel. 070-3188188'],
  ])('is not a Kamerstuk: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });

  it('finds a citation that wraps across lines, also at a hyphen', () => {
    expect(keys('zoals gemeld (Kamerstukken II\n2009/10, 32 123\nXVI, nr.\n30) en in 21 501-\n07, nr. 1750')).toEqual(['32123-XVI-30', '21501-07-1750']);
  });

  it('finds a citation that wraps across a page end and gives the page where it starts', () => {
    const pages = ['Tekst op pagina een (Kamerstuk 33\nPagina 1 van 2', '279, nr. 28). Meer tekst in Kamerstuk 27 830, nr. 280.'];
    expect(parseCitations(pages).map((c) => [c.key, c.page])).toEqual([
      ['33279-28', 1],
      ['27830-280', 2],
    ]);
  });

  it('keeps the citation as written in raw, with whitespace normalised', () => {
    expect(parseCitations(['zie (Kamerstukken II 2009/10,\n32 123 XVI, nr. 30).'])).toEqual([
      { raw: 'Kamerstukken II 2009/10, 32 123 XVI, nr. 30', key: '32123-XVI-30', page: 1 },
    ]);
  });
});
