// The labels letters put before their metadata, per field, in the languages Leeszaal reads.

export type LabelledField = 'date' | 'reference' | 'theirReference' | 'subject';
export type LabelKind = LabelledField | 'other';

// Longest first within a field, so that "Uw kenmerk" is not read as "Kenmerk".
const labels: [LabelKind, string][] = [
  ['theirReference', String.raw`uw\s+(?:kenmerk|referentie|ref\.?|nummer|brief(?:\s+van)?|bericht(?:\s+van)?|e-?mail(?:\s+van)?)`],
  ['theirReference', String.raw`your\s+(?:ref(?:erence)?\.?|letter(?:\s+of)?)`],
  ['theirReference', String.raw`ihr(?:e)?\s+(?:zeichen|nachricht\s+vom|schreiben\s+vom)`],
  ['theirReference', String.raw`(?:votre\s+r[ée]f[ée]rence|v\/\s?r[ée]f\.?)`],
  ['reference', String.raw`(?:ons|onze)\s+(?:kenmerk|referentie|ref\.?|nummer)`],
  ['reference', String.raw`our\s+ref(?:erence)?\.?`],
  ['reference', String.raw`(?:unser(?:e)?\s+(?:zeichen|aktenzeichen)|aktenzeichen|gesch[äa]ftszeichen)`],
  ['reference', String.raw`(?:notre\s+r[ée]f[ée]rence|n\/\s?r[ée]f\.?|nos\s+r[ée]f[ée]rences)`],
  ['reference', String.raw`(?:kenmerk|referentie|reference|dossier(?:nummer)?|zaaknummer)`],
  ['date', String.raw`(?:datum|date|dated|distr\.?:?\s*general)`],
  ['subject', String.raw`(?:betreft|onderwerp|subject|betreff|objet|concerne)`],
  ['subject', String.raw`(?:re|document|omschrijving)(?=\s*:)`],
  ['other', String.raw`(?:bijlage\(?n\)?|bijlagen|retouradres|contactpersoon|inlichtingen(?:\s+bij)?|doorkiesnummer|telefoon|telefax|e-?mail|afschrift\s+aan|kopie\s+aan|vergaderdatum(?:\s+en\s+-?tijd)?|vergaderplaats|aanwezig|afwezig|bezoekadres|postadres|enclosures?|telephone|textphone|email|anlagen?|pi[èe]ces?\s+jointes?|auteur|ontvanger|versie|status|classificatie|behandeld\s+door|opdrachtgever|organisatie|voortouwcommissie|agendapunt|zaak|besluit|noot|griffier|deelnemers|leden|departement|verzonden|ter\s+beslissing|aan|van|cc|bcc|from|to)`],
];

const compiled = labels.map(([field, source]) => ({
  field,
  // A label starts the line and ends at a word boundary, optionally with ":".
  pattern: new RegExp(String.raw`^(?:>\s*)?(?<label>${source})(?![\p{L}\d])\s*:?\s*(?<rest>.*)$`, 'iu'),
}));

export type LabelMatch = { field: LabelKind; label: string; rest: string };

/** The label a line starts with, if any ("Ons kenmerk 5687928/11" -> reference, "5687928/11"). */
export function labelAt(text: string): LabelMatch | undefined {
  for (const { field, pattern } of compiled) {
    const m = pattern.exec(text);
    if (!m?.groups) continue;
    // Labels are written with a capital ("Kenmerk"); "kenmerk AU15.05274" in a sentence is not one.
    if (/^\p{Ll}/u.test(m.groups.label!)) continue;
    // "Aan", "Van", "To", "From", "Document", "Re" are labels only with a colon or alone.
    if (field === 'other' && /^(?:aan|van|cc|bcc|from|to|zaak|besluit|noot|status|versie|leden)$/i.test(m.groups.label!) && !/^\S+\s*:/.test(text) && m.groups.rest) continue;
    return { field, label: m.groups.label!, rest: m.groups.rest!.trim() };
  }
  return undefined;
}

/** The line is nothing but a label (or two labels side by side, "Datum Ons kenmerk"). */
export function isBareLabel(text: string): boolean {
  const first = labelAt(text);
  if (!first) return false;
  return !first.rest || Boolean(labelAt(first.rest) && isBareLabel(first.rest));
}
