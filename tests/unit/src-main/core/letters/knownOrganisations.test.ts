import { describe, expect, it } from 'vitest';
import { isKnownOrganisation, organisationsIn } from '../../../../../src-main/core/letters/knownOrganisations';

describe('isKnownOrganisation', () => {
  it.each([
    ['Logius', true],
    ['Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', true],
    ['Ministerie van Binnenlandse', false],
    ['Ministerie van Volksgezondheid, Welzijn en Sport,', true],
    ['Tweede Kamer der Staten-Generaal', true],
    ['gemeente Den Helder', true],
    ['Bundesministerium des Innern', true],
    ['Rijksoverheid', true],
    ['Schmitz, Gido', false],
    ['Microsoft Word - Document3', false],
    ['Kiesraad heeft', false],
  ])('%s -> %s', (text, known) => expect(isKnownOrganisation(text)).toBe(known));
});

describe('organisationsIn', () => {
  it.each([
    ['Project Algoritmekader - Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', ['Ministerie van Binnenlandse Zaken en Koninkrijksrelaties']],
    ['het advies van de Afdeling advisering van de Raad van State', ['Afdeling advisering van de Raad van State']],
    ['United Nations S/RES/1441 (2002)', ['United Nations']],
    ['De Kiesraad voert deze controles uit, met de gemeente Utrecht', ['Kiesraad', 'gemeente Utrecht']],
    ['www.tfl.gov.uk/foi', []],
  ])('%s', (text, names) => expect(organisationsIn(text).map((o) => o.name)).toEqual(names));
});
