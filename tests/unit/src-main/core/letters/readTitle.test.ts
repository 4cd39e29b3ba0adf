import { describe, expect, it } from 'vitest';
import { letterLines } from '../../../../../src-main/core/letters/letterLines';
import { readTitle } from '../../../../../src-main/core/letters/readTitle';
import { positionedText, type Row } from '../../../../fixtures/generateLetterTexts';

const bodyPage: Row[] = Array.from({ length: 30 }, (_, i) => [`Dit is een gewone regel lopende tekst van de rapportage, nummer ${i}.`, 72, 760 - i * 14] as Row);

const cases: [string, Row[], string | undefined][] = [
  ['the largest text, over two lines', [['Evaluatie', 72, 680, 30], ['gemeenteraadsverkiezingen 2026', 72, 646, 30], ['Rapport door X', 72, 560, 20]], 'Evaluatie gemeenteraadsverkiezingen 2026'],
  ['a smaller first part set just above the largest line', [['Adviesvraag', 73, 318, 23.3, true], ['Abacus', 73, 283, 32.3, true], ['voor de Kiesraad', 73, 253, 23.3, true]], 'Adviesvraag Abacus'],
  ['a connector line between two parts', [['Verificatierapport Build Verificatie', 57, 703, 26], ['Inzake', 57, 676, 9], ['CoronaMelder Android App', 57, 640, 26], ['Op verzoek van het ministerie is een verificatie uitgevoerd.', 57, 593, 9]], 'Verificatierapport Build Verificatie Inzake CoronaMelder Android App'],
  ['not the organisation header above the title', [['Project Algoritmekader - Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', 200, 760, 14, true], ['VERGELIJKINGSTABEL LEVENSCYCLUS', 300, 740, 12.5]], 'VERGELIJKINGSTABEL LEVENSCYCLUS'],
  ['a heading that names the kind of document, not the logo above it', [['PELS RIJCKEN', 236, 770, 20], ['VERKLARING', 71, 706, 8], ['met betrekking tot de app met buildnummer 94608', 71, 692, 8], ['Ik, mr. A. de Vries, notaris te Utrecht, verklaar:', 71, 663, 8]], 'VERKLARING met betrekking tot de app met buildnummer 94608'],
  ['a centred kind heading stops at a left-aligned section', [['COMITÉ DE DÉMOLITION', 227, 867, 12, true], ['PROCÈS-VERBAL', 267, 838, 12, true], ['Séance publique tenue le 20 juin, à 16h00 à la salle du conseil', 117, 823, 12, true], ['Présences', 71, 795, 12, true]], 'PROCÈS-VERBAL Séance publique tenue le 20 juin, à 16h00 à la salle du conseil'],
  ['a Kamerstuk title after its number, without the footnote marker', [['Tweede Kamer der Staten-Generaal', 37, 724, 18.1, true], ['Nr. 4 ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER', 37, 510, 9.1, true], ['1', 250, 503, 5.5, true], ['RAPPORT', 203, 499, 9.1, true], ['Hieronder zijn opgenomen het advies en het nader rapport.', 203, 478, 9.1]], 'ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT'],
  ['a cover title low on the page when it is very large', [['Implementatie', 231, 774, 20], ['AI-verordening', 230, 750, 20], ['Factsheet AI-verordening', 48, 136, 34], ['voor bestuurders', 48, 100, 34]], 'Factsheet AI-verordening voor bestuurders'],
  ['a lone heading above the first paragraph', [['Leeswijzer', 72, 755, 12], ['De onderzoeken die hier staan zijn niet waardevol zonder de context erbij.', 72, 726, 12], ['Zo is niet bekend wat er met de meldingen is gedaan, opgelost of niet.', 72, 711, 12], ['Uitgangspunt is dat de aanbevelingen worden overgenomen.', 72, 697, 12]], 'Leeswijzer'],
  ['no title: slightly larger body text low on the page', [['Vergaderdatum 23 september 2021', 80, 520, 8.8, true], ['Maarten opent de vergadering en stelt de nieuwe collega voor aan de leden.', 79, 215, 8.8], ['Maarten geeft aan dat dit zijn laatste overleg is. Per 1 april is', 98, 71, 11.2], ['hij afdelingshoofd bij de afdeling Standaarden. Als de regels', 115, 58, 11.2]], undefined],
];

describe('readTitle', () => {
  it.each(cases)('%s', (_, rows, expected) => {
    const lines = letterLines(positionedText(rows, bodyPage));
    expect(readTitle(lines, new Set())?.value).toBe(expected);
  });
});
