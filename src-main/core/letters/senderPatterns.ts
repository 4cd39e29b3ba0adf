// Patterns the sender rules share: words that make a name an organisation's, address lines.

/** A word that names a kind of organisation ("Autoriteit", "Directie", "Council", "B.V."). */
export const organisationWord =
  /(?<![\p{L}])(?:Ministerie|Autoriteit|Raad|Kamer|Kiesraad|Gemeente|Provincie|Waterschap|Dienst|Agentschap|Borough|Council|Solutions|Cybersecurity|Consultancy|Group|Alliance|Inspectie|Directie|Directoraat|Bureau|Commissie|Council|Department|Service|Team|Centre|Center|Office|Agency|Authority|Board|Institute|Instituut|B\.V\.|N\.V\.|Stichting|Vereniging|Beauftragter|Bundesamt|Amt|Comité|Ville)(?![\p{L}])/u;

/** A line of a postal address: street and number, Postbus, postcode, town after a postcode. */
export const addressLine =
  /^(?:\d+(?:-\d+)?\s+\p{Lu}[\p{L}.' -]+$|Postbus|P\.?O\.? Box|Bezoekadres|Postadres|Postfach|\d{4}\s?[A-Z]{2}\b|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$|\p{L}[\p{L} .'-]+\s\d+[a-z]?$)/u;

/** A value without the punctuation a signature or list puts after it. */
export const clean = (text: string) => text.replace(/[,.;:]+$/, '').trim();

/**
 * A name set in capitals as the text (or the PDF's own Title) writes it in mixed case elsewhere;
 * else in title case with its small words ("de", "van", "of") in lower case.
 */
export function restoreCase(value: string, text: string): string {
  if (value !== value.toUpperCase()) return value;
  const words = value.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = new RegExp(`(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`, 'giu');
  for (const m of text.matchAll(found))
    if (m[0] !== m[0].toUpperCase()) return m[0].replace(/\s+/g, ' ');
  return value
    .toLowerCase()
    .replace(/(^|\s)(\p{L})/gu, (_, space: string, first: string) => space + first.toUpperCase())
    .replace(/(?<=\s)(De|Van|Der|Den|Het|En|Voor|Of|For|And|The|Du|Des|La|Le|Für|Und)(?=\s)/g, (w) => w.toLowerCase());
}

