// Patterns the sender rules share: words that make a name an organisation's, address lines.

/** A word that names a kind of organisation ("Autoriteit", "Directie", "Council", "B.V."). */
export const organisationWord =
  /\b(?:Ministerie|Autoriteit|Raad|Kamer|Kiesraad|Gemeente|Provincie|Waterschap|Dienst|Agentschap|Borough|Council|Solutions|Cybersecurity|Consultancy|Group|Alliance|Inspectie|Directie|Directoraat|Bureau|Commissie|Council|Department|Service|Team|Centre|Center|Office|Agency|Authority|Board|Institute|Instituut|B\.V\.|N\.V\.|Stichting|Vereniging|Beauftragter|Bundesamt|Amt|Comité|Ville)\b/u;

/** A line of a postal address: street and number, Postbus, postcode, town after a postcode. */
export const addressLine =
  /^(?:\d+(?:-\d+)?\s+\p{Lu}[\p{L}.' -]+$|Postbus|P\.?O\.? Box|Bezoekadres|Postadres|Postfach|\d{4}\s?[A-Z]{2}\b|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$|\p{L}[\p{L} .'-]+\s\d+[a-z]?$)/u;

/** A value without the punctuation a signature or list puts after it. */
export const clean = (text: string) => text.replace(/[,.;:]+$/, '').trim();
