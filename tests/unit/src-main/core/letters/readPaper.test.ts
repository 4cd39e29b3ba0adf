import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../../../src-main/core/citations/parseCitations';
import { readMetadata } from '../../../../../src-main/core/letters/readMetadata';
import { readPaper } from '../../../../../src-main/core/letters/readPaper';
import { readPdfText } from '../../../../../src-main/node/extract/readLetterText';

const footer = 'kst-35538-4 ISSN 0921 - 7371 Tweede Kamer, vergaderjaar 2019–2020, 35 538, nr. 4';
const paperOn = (pages: string[]) => readPaper(parseCitations(pages), pages);

describe('readPaper', () => {
  it.each([
    ['a running footer on every page', [`Advies\n${footer}`, `Tekst\n${footer}`, `Slot\n${footer}`], { key: '35538-4', chamber: 'II', year: '2019/20' }],
    ['an Eerste Kamer footer', ['a\nEerste Kamer, vergaderjaar 2021–2022, 35 300 XVI, nr. 12', 'b\nEerste Kamer, vergaderjaar 2021–2022, 35 300 XVI, nr. 12'], { key: '35300-XVI-12', chamber: 'I', year: '2021/22' }],
    ['a one-page paper', [`Motie\n${footer}`], { key: '35538-4' }],
    ['only the identifier', ['kst-36410-X-12\nTekst', 'meer'], { key: '36410-X-12' }],
  ])('finds the paper from %s', (_name, pages, expected) => {
    expect(paperOn(pages)).toMatchObject(expected);
  });

  it.each([
    ['a letter that cites a paper in its body', ['Zoals gemeld (Kamerstuk 33 279, nr. 28) werken wij samen.', 'Kamerstukken II 2018/19, 33 279, nr. 28']],
    ['a footer-style reference on one page of many', ['Tweede Kamer, vergaderjaar 2019–2020, 35 538, nr. 4', 'b', 'c', 'd']],
    ['a Handelingen reference', ['Handelingen II 2019/20, nr. 12, item 5', 'Handelingen II 2019/20, nr. 12, item 5']],
  ])('does not take %s for the document itself', (_name, pages) => {
    expect(paperOn(pages)).toBeUndefined();
  });
});

const rvs = '../shared/corpus/letters/nl_kamerstuk_35538-4_advies_Raad_van_State_nader_rapport_2020.pdf';
const letter = '../shared/corpus/letters/nl_kamerbrief_JenV_draagmoederschap_2011-03-01.pdf';

describe.skipIf(!existsSync(rvs) || !existsSync(letter))('readPaper on real documents', () => {
  it('knows the published Raad van State advice is Kamerstuk 35 538, nr. 4, and a letter is none', async () => {
    const published = await readPdfText(new Uint8Array(readFileSync(rvs)));
    expect(readMetadata(published.text, published.info).paper).toMatchObject({ key: '35538-4', chamber: 'II', year: '2019/20' });
    const kamerbrief = await readPdfText(new Uint8Array(readFileSync(letter)));
    expect(readMetadata(kamerbrief.text, kamerbrief.info).paper).toBeUndefined();
  });
});
