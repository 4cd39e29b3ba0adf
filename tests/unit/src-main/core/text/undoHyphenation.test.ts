import { describe, expect, it } from 'vitest';
import type { LaidOutLine } from '../../../../../src-main/core/text/layoutLines';
import { undoHyphenation } from '../../../../../src-main/core/text/undoHyphenation';

/** Lines 12 units apart, like body text at 9 pt. */
function lines(...texts: string[]): LaidOutLine[] {
  return texts.map((text, i) => ({ text, rect: [80, 500 - i * 12, 80 + text.length * 5, 509 - i * 12], fontSize: 9, bold: false }));
}
const texts = (out: LaidOutLine[]) => out.map((line) => line.text);

describe('undoHyphenation', () => {
  it.each([
    ['a real break is joined', ['volgens de regel-', 'geving van het Rijk'], ['volgens de regelgeving', 'van het Rijk']],
    ['punctuation moves with the word', ['de wet-', 'geving, en verder'], ['de wetgeving,', 'en verder']],
    ['a line that only held the rest disappears', ['de samen-', 'werking'], ['de samenwerking']],
    ['diacritics count as lowercase', ['de coördi-', 'natie loopt'], ['de coördinatie', 'loopt']],
    ['word after an opening bracket', ['(begro-', 'ting) is'], ['(begroting)', 'is']],
    ['capitalised compound keeps its hyphen', ['in Noord-', 'Holland en'], ['in Noord-', 'Holland en']],
    ['uppercase continuation is kept', ['de Tweede Kamer-', 'Commissie'], ['de Tweede Kamer-', 'Commissie']],
    ['dossier number keeps its hyphen', ['Kamerstuk 35 000-', 'X, nr. 12'], ['Kamerstuk 35 000-', 'X, nr. 12']],
    ['one-letter part (e-mail) is kept', ['stuur een e-', 'mail naar'], ['stuur een e-', 'mail naar']],
    ['Dutch elision before "en" is kept', ['Tot slot wordt wet-', 'en regelgeving besproken'], ['Tot slot wordt wet-', 'en regelgeving besproken']],
    ['Dutch elision before "of" is kept', ['de in-', 'of uitvoer'], ['de in-', 'of uitvoer']],
    ['a dash standing alone is kept', ['punten -', 'daarna'], ['punten -', 'daarna']],
    ['hyphen not at the end is untouched', ['draag- en wensouders', 'verder'], ['draag- en wensouders', 'verder']],
  ])('%s', (_name, input, expected) => {
    expect(texts(undoHyphenation(lines(...input)))).toEqual(expected);
  });

  it('does not join lines that are not directly below each other', () => {
    const [first, second] = lines('de regel-', 'geving');
    const far = { ...second!, rect: [80, 200, 110, 209] as LaidOutLine['rect'] };
    expect(texts(undoHyphenation([first!, far]))).toEqual(['de regel-', 'geving']);
  });

  it('moves the start of the shortened next line right and leaves the input alone', () => {
    const input = lines('de regel-', 'geving van het Rijk');
    const out = undoHyphenation(input);
    expect(out[1]!.rect[0]).toBeGreaterThan(80);
    expect(input[1]!.text).toBe('geving van het Rijk');
  });
});
