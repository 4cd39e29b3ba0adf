import { describe, expect, it } from 'vitest';
import { layoutLines, type TextPiece } from '../../../../../src-main/core/text/layoutLines';

/** A piece of Helvetica-like text: width estimated at 0.5 em a character. */
function piece(text: string, x: number, y: number, size = 9, extra: Partial<TextPiece> = {}): TextPiece {
  return { text, x, y, width: text.length * size * 0.5, size, ascent: 0.9, descent: -0.2, bold: false, ...extra };
}
const texts = (pieces: TextPiece[]) => layoutLines(pieces).map((line) => line.text);

// A Kamerbrief letterhead as producers draw it: right-hand column (7 pt, 9 pt leading) between
// the address lines (9 pt, 12 pt leading), values before labels, in content-stream order.
const letterhead = [
  piece('de Voorzitter van de Tweede Kamer', 80, 680),
  piece('Onze referentie', 430, 678, 7, { bold: true }),
  piece('der Staten-Generaal', 80, 668),
  piece('BS2019011367', 430, 669, 7),
  piece('19-06-2019', 430, 648, 7),
  piece('Datum', 430, 657, 7, { bold: true }),
  piece('Postbus 20018', 80, 656),
  piece('2500 EA DEN HAAG', 80, 644),
  piece('Samenwerking met strategische partners', 130, 591),
  piece('Betreft', 80, 590),
  piece('Hierbij informeer ik u over de stand van zaken van de samenwerking met', 80, 560),
  piece('de strategische partners van Defensie.', 80, 548),
];

describe('layoutLines', () => {
  it('keeps the address together and each right-column label with its value', () => {
    expect(texts(letterhead)).toEqual([
      'de Voorzitter van de Tweede Kamer',
      'der Staten-Generaal',
      'Postbus 20018',
      '2500 EA DEN HAAG',
      'Betreft Samenwerking met strategische partners',
      'Hierbij informeer ik u over de stand van zaken van de samenwerking met',
      'de strategische partners van Defensie.',
      'Onze referentie',
      'BS2019011367',
      'Datum',
      '19-06-2019',
    ]);
  });

  it('gives the result the same order whatever order the pieces came in', () => {
    const shuffled = [...letterhead].reverse();
    expect(texts(shuffled)).toEqual(texts(letterhead));
  });

  it.each([
    ['label and value on one baseline stay one line', [piece('Datum', 80, 546), piece('1 maart 2011', 138, 546)], ['Datum 1 maart 2011']],
    [
      'a two-row label/value table is not cut into columns',
      [piece('Datum', 80, 546), piece('1 maart 2011', 160, 546), piece('Onderwerp', 80, 534), piece('Draagmoederschap', 160, 534)],
      ['Datum 1 maart 2011', 'Onderwerp Draagmoederschap'],
    ],
    [
      'a wrapped value stays after its label',
      [piece('Betreft', 80, 600), piece('Voortgang van de digitale', 160, 600), piece('overheid', 160, 588), piece('Geachte voorzitter,', 80, 560)],
      ['Betreft Voortgang van de digitale', 'overheid', 'Geachte voorzitter,'],
    ],
    ['glyph runs split by pdf.js are joined', [piece('L', 80, 500, 10, { width: 5.6 }), piece('ā', 85.7, 500, 10, { width: 5.6 }), piece('na', 91.4, 500, 10, { width: 11.1 })], ['Lāna']],
    ['a real word gap gives one space', [piece('Den', 80, 500, 10, { width: 17 }), piece('Haag', 100, 500, 10)], ['Den Haag']],
    ['spaces inside pieces are collapsed', [piece('Den   Haag ', 80, 500), piece('  Postbus', 140, 500)], ['Den Haag Postbus']],
    ['whitespace-only and empty pieces vanish', [piece(' ', 80, 500), piece('', 90, 500), piece('tekst', 100, 500)], ['tekst']],
    ['ligatures in pieces are folded', [piece('e\uFB03ciënt', 80, 500)], ['efficiënt']],
    ['a superscript stays on its line', [piece('zie noot', 80, 500), piece('1', 118, 503, 6)], ['zie noot 1']],
    [
      'two columns of running text are read column by column',
      [0, 1, 2, 3, 4, 5].flatMap((i) => [
        piece(`links regel ${i} met genoeg woorden om een kolom te vullen`, 50, 700 - i * 12, 8),
        piece(`rechts regel ${i} met genoeg woorden om een kolom te vullen`, 310, 700 - i * 12, 8),
      ]),
      [0, 1, 2, 3, 4, 5].map((i) => `links regel ${i} met genoeg woorden om een kolom te vullen`).concat([0, 1, 2, 3, 4, 5].map((i) => `rechts regel ${i} met genoeg woorden om een kolom te vullen`)),
    ],
  ])('%s', (_name, pieces, expected) => {
    expect(texts(pieces)).toEqual(expected);
  });

  it('gives each line its rect in PDF units, its dominant font size and bold when most of it is bold', () => {
    const [line] = layoutLines([piece('Ons', 100, 500, 10, { bold: true, width: 20 }), piece('kenmerk', 123, 500, 10, { bold: true, width: 40 })]);
    expect(line).toEqual({ text: 'Ons kenmerk', rect: [100, 498, 163, 509], fontSize: 10, bold: true });
    expect(layoutLines([piece('Datum', 80, 500, 9, { bold: true }), piece('19 juni 2019', 120, 500)])[0]!.bold).toBe(false);
  });

  it('skips pieces without a usable position or size', () => {
    expect(texts([piece('weg', Number.NaN, 500), piece('nul', 80, 500, 0), piece('blijft', 80, 400)])).toEqual(['blijft']);
  });
});
