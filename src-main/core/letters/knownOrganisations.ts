// Organisations that send the letters Leeszaal reads, by the names they write themselves: Dutch
// ministries (current and former names), High Councils of State, agencies and advisory bodies,
// municipalities and provinces, and a few international bodies. General knowledge, so that a
// logo-less letterhead line "Logius" or a header "Tweede Kamer der Staten-Generaal" is recognised
// as a sender; it is never a list of the senders of particular files.

const ministryNames = [
  'Algemene Zaken',
  'Binnenlandse Zaken en Koninkrijksrelaties',
  'Buitenlandse Zaken',
  'Defensie',
  'Economische Zaken en Klimaat',
  'Economische Zaken, Landbouw en Innovatie',
  'Economische Zaken',
  'Financiën',
  'Infrastructuur en Waterstaat',
  'Infrastructuur en Milieu',
  'Verkeer en Waterstaat',
  'Justitie en Veiligheid',
  'Veiligheid en Justitie',
  'Justitie',
  'Landbouw, Natuur en Voedselkwaliteit',
  'Landbouw, Visserij, Voedselzekerheid en Natuur',
  'Onderwijs, Cultuur en Wetenschap',
  'Sociale Zaken en Werkgelegenheid',
  'Volksgezondheid, Welzijn en Sport',
  'Klimaat en Groene Groei',
  'Volkshuisvesting en Ruimtelijke Ordening',
  'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer',
  'Asiel en Migratie',
];

const bodies = [
  'Tweede Kamer der Staten-Generaal',
  'Eerste Kamer der Staten-Generaal',
  'Afdeling advisering van de Raad van State',
  'Raad van State',
  'Algemene Rekenkamer',
  'Nationale ombudsman',
  'Autoriteit Persoonsgegevens',
  'Autoriteit Consument en Markt',
  'Autoriteit Financiële Markten',
  'De Nederlandsche Bank',
  'Kiesraad',
  'Logius',
  'Rijksoverheid',
  'Belastingdienst',
  'Dienst Uitvoering Onderwijs',
  'Rijksdienst voor Ondernemend Nederland',
  'Rijksinstituut voor Volksgezondheid en Milieu',
  'Centraal Bureau voor de Statistiek',
  'Kadaster',
  'Rijkswaterstaat',
  'Adviescollege ICT-toetsing',
  'CIO Rijk',
  'Centraal Planbureau',
  'Planbureau voor de Leefomgeving',
  'Sociaal en Cultureel Planbureau',
  'Wetenschappelijke Raad voor het Regeringsbeleid',
  'Raad voor de rechtspraak',
  'Openbaar Ministerie',
  'Nationaal Coördinator Terrorismebestrijding en Veiligheid',
  'Nationaal Cyber Security Centrum',
  'Onderzoeksraad voor Veiligheid',
  'College voor de Rechten van de Mens',
  'Raad voor het Openbaar Bestuur',
  'Staatstoezicht op de Mijnen',
  'Vereniging van Nederlandse Gemeenten',
  'Interprovinciaal Overleg',
  'Unie van Waterschappen',
  'United Nations Security Council',
  'Security Council',
  'United Nations',
  'European Commission',
  'Europese Commissie',
  'European Parliament',
  'Europees Parlement',
  'Council of the European Union',
  'Raad van de Europese Unie',
  'Transport for London',
  'TfL',
  'Department for Work and Pensions',
  'Department for Work & Pensions',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const name = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:aan|op|de|den|ter|van)\s+)?(?:\s*\p{Lu}[\p{L}'’-]+)?`;

// Longest first, so that "Raad van State" inside "Afdeling advisering van de Raad van State" and
// "Economische Zaken" inside "Economische Zaken en Klimaat" lose to the whole name.
const sources = [
  ...ministryNames.map((m) => `Ministerie van ${escape(m)}`),
  ...bodies.map(escape),
  String.raw`Inspectie\s+(?:van\s+het\s+|voor\s+(?:de\s+|het\s+)?)?\p{Lu}[\p{L}-]+(?:\s+(?:en\s+)?\p{Lu}[\p{L}-]+)*`,
  String.raw`[Gg]emeente(?:raad)?(?:\s+van)?\s+${name}`,
  String.raw`[Pp]rovincie\s+${name}`,
  String.raw`(?:Bundesministerium|Bundesamt)\s+(?:des|der|für)\s+[\p{L} ]+?(?=$|[,.;:])`,
].sort((a, b) => b.length - a.length);

const anywhere = new RegExp(`(?<![\\p{L}])(?:${sources.join('|')})(?![\\p{L}])`, 'gu');
const whole = new RegExp(`^(?:${sources.join('|')})$`, 'u');

/** Whether the text, trimmed of punctuation, is exactly a known organisation's name. */
export function isKnownOrganisation(text: string): boolean {
  return whole.test(text.replace(/^[\s,.;:]+|[\s,.;:]+$/g, '').replace(/\s+/g, ' '));
}

/** Every known organisation named in the text, in order, with its offset. */
export function organisationsIn(text: string): { name: string; index: number }[] {
  return [...text.matchAll(anywhere)].map((m) => ({ name: m[0].replace(/\s+/g, ' '), index: m.index }));
}
