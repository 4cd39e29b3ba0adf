import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../../../src-main/core/letters/readMetadata';
import { positionedText, type Row } from '../../../../fixtures/generateLetterTexts';

const cases: [string, Row[], string | undefined][] = [
  [
    'an advice letter whose page 1 opens with the addressee over a Postbus line',
    [['De Minister van Volksgezondheid, Welzijn en Sport', 99, 730, 11], ['De heer H.M. De Jonge', 99, 716, 11], ['Postbus 20350', 99, 702, 11], ['2500 EJ Den Haag', 99, 688, 11], ['Onderwerp', 99, 531, 14], ['Advies op voorafgaande raadpleging', 99, 519, 11]],
    'De Minister van Volksgezondheid, Welzijn en Sport',
  ],
  [
    'an address block without the mailing marker and reference box above it',
    [['NOTIFY', 20, 830, 6], ['If you call or write to us, please use this reference:', 42, 801, 12], ['CYSP6 and your National Insurance number', 42, 786, 12], ['MR J DOE', 70, 684, 8], ['13 TEST LANE', 70, 674, 8], ['TESTINGTON', 70, 663, 8], ['TS7 1NG', 70, 653, 8], ['Dear Mr Doe', 42, 525, 12]],
    'MR J DOE',
  ],
  [
    'no addressee for a report that names a minister in its text',
    [['Evaluatie', 72, 700, 26], ['De Minister van Financiën heeft de Kamer toegezegd dit te onderzoeken.', 72, 600, 10], ['Het onderzoek is in 2023 uitgevoerd.', 72, 586, 10]],
    undefined,
  ],
];

describe('readMetadata: recipient', () => {
  it.each(cases)('%s', (_, rows, expected) => expect(readMetadata(positionedText(rows), {}).recipient?.value).toBe(expected));
});
