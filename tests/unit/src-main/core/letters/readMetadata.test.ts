import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../../../src-main/core/letters/readMetadata';
import { usableTitle } from '../../../../../src-main/core/letters/documentInfo';
import type { LetterText, PdfRect } from '../../../../../src-main/shared/contract/letterContent';

/** Plain lines on a 12 pt grid, blank strings leaving a gap, as a .txt letter is read. */
function plain(rows: string[]): LetterText {
  let text = '';
  const lines = rows.flatMap((row, i) => {
    if (!row) return [];
    if (text) text += '\n';
    const y = 770 - i * 12;
    const line = { text: row, rect: [72, y - 2, 72 + row.length * 6, y + 8] as PdfRect, start: text.length, fontSize: 10, bold: false };
    text += row;
    return [line];
  });
  return { pages: [{ number: 1, width: 595, height: 842, text, lines }] };
}

describe('readMetadata', () => {
  it('reads the seed layout: reference after an interleaved address line, subject before its label', () => {
    const m = readMetadata(
      plain([
        'Ministerie van Defensie', 'Postbus 20701', '2500 ES Den Haag', '', '> Retouradres Postbus 20701 2500 ES Den Haag', '',
        'de Voorzitter van de Tweede Kamer', 'Onze referentie', 'der Staten-Generaal', 'BS2019011367', 'Plein 2', 'Afschrift aan',
        '2511 CR Den Haag', '', 'Datum 19-06-2019', 'Samenwerking met strategische partners', 'Betreft', '',
        'Hierbij informeer ik u, zoals op 13 december 2018 beloofd (Kamerstuk 33 279, nr. 28).',
      ]),
      {},
    );
    expect(m.date?.value).toBe('2019-06-19');
    expect(m.reference?.value).toBe('BS2019011367');
    expect(m.theirReference).toBeUndefined();
    expect(m.subject?.value).toBe('Samenwerking met strategische partners');
    expect(m.sender?.value).toBe('Ministerie van Defensie');
    expect(m.citations.map((c) => c.key)).toEqual(['33279-28']);
    expect(m.subject?.source?.page).toBe(1);
  });

  it('leaves a field empty when the label has no value, and does not take a body date', () => {
    const m = readMetadata(plain(['Kenmerk', 'Uw kenmerk', '', 'Op 3 maart 2020 is besloten dat het zo blijft.']), {});
    expect(m.reference).toBeUndefined();
    expect(m.theirReference).toBeUndefined();
    expect(m.date).toBeUndefined();
  });

  it('reads a reply: Uw kenmerk and Ons kenmerk on one line each', () => {
    const m = readMetadata(plain(['Datum 1 maart 2011', 'Ons kenmerk 5687928/11', 'Uw kenmerk 2011Z01234', 'Onderwerp Draagmoederschap']), {});
    expect([m.date?.value, m.reference?.value, m.theirReference?.value, m.subject?.value]).toEqual(['2011-03-01', '5687928/11', '2011Z01234', 'Draagmoederschap']);
  });

  it('reads two labels side by side over their values', () => {
    const m = readMetadata(plain(['Datum Ons kenmerk', '06 augustus 2020 z2020-11824', 'Onderwerp', 'Advies op voorafgaande raadpleging']), {});
    expect([m.date?.value, m.reference?.value, m.subject?.value]).toEqual(['2020-08-06', 'z2020-11824', 'Advies op voorafgaande raadpleging']);
  });

  it.each([
    ['Microsoft Word - ~WRL0003.tmp', undefined],
    ['Microsoft Word - Document3', undefined],
    ['RO_PUBL_030_A4_Informatieblad', undefined],
    ['brief.docx', undefined],
    ['Pension Statement', 'Pension Statement'],
  ])('document title %s is usable: %s', (title, expected) => {
    expect(usableTitle(title)).toBe(expected);
  });

  const seed = path.resolve(__dirname, '../../../../../../shared/seed/kamerbrief-defensie-strategische-partners-2019.txt');
  it.skipIf(!existsSync(seed))('reads the seed letter text', () => {
    const rows = readFileSync(seed, 'utf8').split('\f')[0]!.split('\n').map((r) => r.trim());
    const m = readMetadata(plain(rows), {});
    expect([m.date?.value, m.reference?.value, m.subject?.value, m.sender?.value, m.recipient?.value]).toEqual([
      '2019-06-19', 'BS2019011367', 'Samenwerking met strategische partners', 'Ministerie van Defensie', 'de Voorzitter van de Tweede Kamer der Staten-Generaal',
    ]);
  });
});
