import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../../../src-main/core/letters/readMetadata';
import { positionedText, type Row } from '../../../../fixtures/generateLetterTexts';

const body = (n: number, top = 500): Row[] =>
  Array.from({ length: n }, (_, i) => [`In deze notitie staat de toelichting op het voorstel, alinea ${i + 1}.`, 72, top - i * 14] as Row);

const cases: [string, Row[][], { author?: string }, string | undefined][] = [
  ['an organisation alone in the letterhead column', [[['Logius', 467, 678, 6.5, true], ['Bezoekadres:', 467, 647, 6.5, true], ['Wilhelmina v Pruisenweg 52', 467, 638, 6.5], ...body(5)]], {}, 'Logius'],
  ['a ministry name wrapped over two lines', [[['Programma RDO', 72, 760, 12], ['Ministerie van Volksgezondheid,', 72, 745, 12], ['Welzijn en Sport', 72, 730, 12], ...body(5)]], {}, 'Ministerie van Volksgezondheid, Welzijn en Sport'],
  ['a parliamentary paper header', [[['Tweede Kamer der Staten-Generaal', 37, 724, 18, true], ['Vergaderjaar 2020–2021', 37, 668, 10], ...body(5)]], {}, 'Tweede Kamer der Staten-Generaal'],
  ['an organisation before a document symbol', [[['United Nations S/RES/1441 (2002)', 123, 724, 10], ['Security Council Distr.: General', 123, 694, 20], ...body(5)]], {}, 'United Nations'],
  ['not the client named on the cover, but who did the work', [[['Evaluatie', 71, 676, 30], ['Rapport door Centerdata in opdracht van de', 71, 557, 20, true], ['Kiesraad', 71, 532, 20, true], ...body(3, 300)]], {}, 'Centerdata'],
  ['the declarant of a notarial declaration, not the ministry it mentions', [[['VERKLARING', 71, 706, 8], ['Ik, mr. A. de Vries, notaris te Utrecht, verklaar hierbij:', 71, 663, 8], ['Ministerie van Volksgezondheid, Welzijn en Sport', 71, 640, 8]]], {}, 'mr. A. de Vries, notaris te Utrecht'],
  ['the organisation part of a signature line', [[['Dear Mr Doe,', 42, 700, 12], ...body(3, 680), ['Yours sincerely,', 42, 292, 12], ['Newcastle Pension Centre, Futures Group', 42, 270, 12]]], {}, 'Newcastle Pension Centre'],
  ['a running footer set in capitals, with its case from the text', [[['Adviesvraag', 73, 318, 23]], ...[2, 3, 4].map((n) => [...body(3, 700), ['Bureau Veritas Cybersecurity werkte in opdracht.', 72, 600], ['BUREAU VERITAS CYBERSECURITY', 72, 40, 8], [`pagina ${n}`, 500, 40, 8]] as Row[])], {}, 'Bureau Veritas Cybersecurity'],
  ['not an address the text gives ("should be addressed to:")', [[['Your right to appeal', 72, 757, 11], ['Requests for internal review should be addressed to:', 72, 669, 11], ['Head of Information Access', 72, 644, 11], ['42-50 Victoria Street', 72, 618, 11], ['London', 72, 606, 11], ['SW1H 0TL', 72, 593, 11]]], {}, undefined],
  ['an organisation heading page 1 in capitals, in the case the text writes it', [[['GEMEENTE UTRECHT', 227, 800, 12, true], ['Besluitenlijst', 72, 760, 14, true], ['De gemeente Utrecht heeft besloten.', 72, 700]]], {}, 'gemeente Utrecht'],
  ['an organisation heading in capitals, in title case when written nowhere else', [[['COMITÉ DE DÉMOLITION', 227, 800, 12, true], ['PROCÈS-VERBAL', 259, 770, 12, true], ...body(3)]], {}, 'Comité de Démolition'],
  ['not a bold first line that is a sentence about an organisation', [[['Raad van State advies over de wet', 72, 800, 14, true], ...body(3)]], {}, undefined],
  ['a colophon sentence on a late page', [[['Toegankelijkheidsonderzoek', 57, 700, 24], ...body(3)], body(5), [['Dit onderzoek is in opdracht van het ministerie', 57, 722], ['uitgevoerd door Firm Ground.', 57, 702]]], {}, 'Firm Ground'],
  ['the PDF Author when it is an organisation', [[['Factsheet CoronaMelder', 46, 664, 27, true], ...body(4)]], { author: 'Rijksoverheid' }, 'Rijksoverheid'],
  ['not the PDF Author when it is a person', [[['Factsheet CoronaMelder', 46, 664, 27, true], ...body(4)]], { author: 'Schmitz, Gido' }, undefined],
  ['the organisation the text names most, as a last resort', [[['Controles op de werking van Abacus', 71, 734, 18], ['Abacus is de programmatuur van de Kiesraad.', 71, 658, 11], ['De Kiesraad voert deze controles uit.', 71, 317, 11]]], {}, 'Kiesraad'],
];

describe('readMetadata: sender', () => {
  it.each(cases)('%s', (_, pages, info, expected) => {
    expect(readMetadata(positionedText(...pages), info).sender?.value).toBe(expected);
  });
});

describe('readMetadata: a meeting title dated without a year', () => {
  it.each([
    ['takes the year of a full date nearby', 'de l’avis public de démolition le 7 juin 2023;', '2023-06-20'],
    ['stays empty when no full date is near', 'selon le règlement du 7 janvier 2019;', undefined],
  ])('%s', (_, line, expected) => {
    const text = positionedText([['PROCÈS-VERBAL', 267, 780, 12, true], ['Séance publique tenue le 20 juin, à 16h00', 183, 765, 12, true], ['Présences', 71, 740, 12, true], ...body(4, 700), [line, 99, 92, 11]]);
    expect(readMetadata(text, {}).date?.value).toBe(expected);
  });
});
