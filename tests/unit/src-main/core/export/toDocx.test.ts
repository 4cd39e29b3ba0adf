import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../../../../src-main/core/export/toDocx';
import { exportInput } from './exportFixture';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The paragraphs of word/document.xml as text, with their style, read from the unzipped file. */
function paragraphs(docx: Uint8Array): { style: string; text: string }[] {
  const files = unzipSync(docx);
  const xml = new DOMParser().parseFromString(strFromU8(files['word/document.xml']!), 'text/xml');
  return Array.from(xml.getElementsByTagNameNS(W, 'p')).map((p) => {
    const style = p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '';
    let text = '';
    const walk = (node: Node) => {
      for (const child of Array.from(node.childNodes) as Element[]) {
        if (child.localName === 't') text += child.textContent;
        else if (child.localName === 'br') text += '\n';
        else walk(child);
      }
    };
    walk(p as unknown as Node);
    return { style, text };
  });
}

describe('toDocx', async () => {
  const docx = await toDocx(exportInput);
  const paras = paragraphs(docx);
  const texts = paras.map((p) => p.text);

  it('drops control characters that XML forbids (Word would refuse the file)', async () => {
    const letter = exportInput.letters[2]!;
    const odd = { ...exportInput, letters: [{ ...letter, notes: [{ ...letter.notes[0]!, text: 'a\u0002b\u000cc' }] }] };
    expect(paragraphs(await toDocx(odd)).map((p) => p.text)).toContain('abc');
  });

  it('is a Word package with the document part', () => {
    const files = unzipSync(docx);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
  });

  it('has a heading per letter with subject, date, reference and sender', () => {
    const headings = paras.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual(['Samenwerking met strategische partners', 'Wintertraining in Noorwegen', 'scan zonder tekst.pdf']);
    expect(texts).toEqual(expect.arrayContaining(['Datum: 19 juni 2019', 'Kenmerk: BS2019011367', 'Afzender: Ministerie van Financiën']));
  });

  it('has each quote as a quotation, its source and the note with its line breaks', () => {
    const quotes = paras.filter((p) => p.style === 'Quote').map((p) => p.text);
    expect(quotes).toHaveLength(5);
    expect(quotes[0]).toBe('„Ik zal uw Kamer informeren”');
    expect(texts).toContain('(Kamerstukken II 2018/19, 33 279, nr. 28, p. 3)');
    expect(texts).toContain('(Samenwerking met strategische partners, Ministerie van Financiën, 19 juni 2019, kenmerk BS2019011367, p. 2)');
    expect(texts).toContain('Toezegging aan de Kamer.\nNagaan in januari; "zeker" doen.');
    expect(texts).toContain('Labels: toezegging, Noorwegen');
    expect(texts).toContain('Deze passage is niet teruggevonden in de huidige tekst van de brief.');
  });
});
