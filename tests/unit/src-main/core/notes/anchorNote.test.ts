import { describe, expect, it } from 'vitest';
import { anchorNote } from '../../../../../src-main/core/notes/anchorNote';
import type { LetterText, PdfRect } from '../../../../../src-main/shared/contract/letterContent';
import type { Note } from '../../../../../src-main/shared/contract/notes';

const rect = (...r: number[]) => r as unknown as PdfRect;
const letter = (lines: string[][]): LetterText => ({
  pages: lines.map((pageLines, index) => {
    let start = 0;
    return {
      number: index + 1,
      width: 595,
      height: 842,
      text: pageLines.join('\n'),
      lines: pageLines.map((text, i) => {
        const line = { text, rect: rect(100, 700 - i * 20, 100 + text.length * 5, 710 - i * 20), start, fontSize: 10 };
        start += text.length + 1;
        return line;
      }),
    };
  }),
});
const v1 = letter([['Eerste pagina.'], ['Ik zal uw Kamer', 'informeren over de wintertraining.']]);
const base: Note = {
  id: 'n',
  letterId: 'c'.repeat(64),
  quote: { exact: 'uw Kamer informeren', prefix: 'Ik zal ', suffix: ' over' },
  rects: [],
  text: '',
  tags: [],
  colour: '#ffd54f',
  author: '',
  created: '',
  modified: '',
};

describe('anchorNote', () => {
  it('places a quote across a line break on the right page with a rectangle per line', () => {
    const listed = anchorNote(base, v1);
    expect(listed.status).toBe('anchored');
    expect(listed.page).toBe(2);
    expect(listed.rects).toHaveLength(2);
    // "uw Kamer" is characters 7..15 of the 15-character first line: cut in proportion.
    expect(listed.rects[0]).toEqual([135, 700, 175, 710]);
  });

  it('is an orphan that keeps its quote and position when the passage is gone', () => {
    const gone = letter([['Eerste pagina.'], ['Andere tekst.']]);
    const listed = anchorNote({ ...base, position: { start: 1, end: 5 } }, gone);
    expect(listed).toMatchObject({ status: 'orphan', quote: base.quote, position: { start: 1, end: 5 } });
  });

  it('is unchecked when the text is not known', () => {
    expect(anchorNote(base, null).status).toBe('unchecked');
  });
});
