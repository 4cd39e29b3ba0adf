import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../../../src-main/core/letters/readMetadata';
import { positionedText, type Row } from '../../../../fixtures/generateLetterTexts';

const body: Row[] = Array.from({ length: 6 }, (_, i) => [`Hier staat de gewone tekst van het stuk, regel ${i + 1} van de alinea.`, 93, 400 - i * 14] as Row);

const cases: [string, Row[], { title?: string }, { subject?: string; date?: string }][] = [
  [
    'a labelled subject whose date wraps after the month, the year landing elsewhere',
    [['Den Haag, 8 maart 2011', 431, 686, 10.4], ['Document: Besluitenlijst van de extra procedurevergadering van dinsdag 8 maart', 93, 557, 10.4, true], ['2011', 211, 545, 10.4, true], ['Activiteiten commissie', 194, 483, 10.4, true], ...body],
    {},
    { subject: 'Besluitenlijst van de extra procedurevergadering van dinsdag 8 maart 2011', date: '2011-03-08' },
  ],
  [
    'the description of a dossier report',
    [['Opgemaakt door jansen op 07/06/2012 02:44.', 57, 547, 12, true], ['Dossier: X10/A13/83854', 57, 518, 12, true], ['Omschrijving:', 57, 444, 12], ['A13/E34 Antwerpen - Ranst: Reconstructie pechtstrook', 57, 430, 12, true], ['Verrekeningen', 57, 403, 12], ...body],
    {},
    { subject: 'A13/E34 Antwerpen - Ranst: Reconstructie pechtstrook', date: '2012-06-07' },
  ],
  [
    'a heading above the salutation, past the date in the right-hand column',
    [['Newcastle Pension Centre', 410, 725, 12], ['Your State Pension forecast', 42, 557, 18], ['23 April 2018', 410, 573, 12], ['Dear Mr Doe', 42, 525, 12], ['You can get your State Pension on 22 December 2046.', 42, 500, 12]],
    {},
    { subject: 'Your State Pension forecast', date: '2018-04-23' },
  ],
  [
    'no date from the PDF Title when the title is all the subject there is',
    [['HERAUSGEBER:', 72, 300, 7], ['Bundesministerium des Innern', 72, 290, 7], ['11014 Berlin (Postanschrift)', 72, 280, 7]],
    { title: 'Gemeinsames Ministerialblatt Nr. 52 vom 29. Oktober 2008' },
    { subject: 'Gemeinsames Ministerialblatt Nr. 52 vom 29. Oktober 2008' },
  ],
];

describe('readMetadata: subject', () => {
  it.each(cases)('%s', (_, rows, info, expected) => {
    const m = readMetadata(positionedText(rows), info);
    expect({ subject: m.subject?.value, date: m.date?.value }).toEqual({ subject: expected.subject, date: expected.date });
  });
});
