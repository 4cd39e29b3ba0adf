// The letter's language (ISO 639-1) from its most common function words.

const stopWords: Record<string, string[]> = {
  nl: ['de', 'het', 'een', 'van', 'en', 'in', 'is', 'dat', 'op', 'te', 'voor', 'met', 'zijn', 'niet', 'wordt', 'door', 'ook', 'bij', 'aan', 'deze'],
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'as', 'be', 'this', 'are', 'by', 'or', 'you', 'your', 'will', 'not'],
  de: ['der', 'die', 'und', 'das', 'den', 'von', 'zu', 'mit', 'ist', 'im', 'des', 'dem', 'nicht', 'ein', 'eine', 'für', 'auf', 'sich', 'auch', 'wird'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'du', 'un', 'une', 'est', 'pour', 'dans', 'que', 'qui', 'par', 'sur', 'au', 'aux', 'pas', 'ce'],
};
const lookup = new Map<string, string[]>();
for (const [language, words] of Object.entries(stopWords)) for (const word of words) lookup.set(word, [...(lookup.get(word) ?? []), language]);

/** "nl", "en", "de" or "fr", or undefined when the text has too few words to tell. */
export function detectLanguage(text: string): string | undefined {
  const counts: Record<string, number> = { nl: 0, en: 0, de: 0, fr: 0 };
  let words = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    words++;
    for (const language of lookup.get(word) ?? []) counts[language]!++;
    if (words > 20000) break;
  }
  const [best, score] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return score >= 3 ? best : undefined;
}
