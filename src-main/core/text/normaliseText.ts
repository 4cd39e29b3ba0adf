// Text as pdf.js hands it over is not yet text a reader (or a search index) can use: ligature
// glyphs, decomposed accents and odd spaces vary by producer. Everything we extract goes through
// here so that "ﬁnanciën" and "financiën" are the same word.

const ligatures: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
  '\u0132': 'IJ',
  '\u0133': 'ij',
};
const ligaturePattern = /[\uFB00-\uFB06\u0132\u0133]/g;
// No-break, thin, en/em and other Unicode spaces become a plain space; soft hyphens and
// zero-width characters are invisible in the letter and would split words in the index.
const oddSpaces = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Folds ligatures, unifies spaces, drops invisible characters and NFC-normalises. */
export function normaliseText(text: string): string {
  return text
    .replace(ligaturePattern, (ligature) => ligatures[ligature] ?? ligature)
    .replace(oddSpaces, ' ')
    .replace(invisible, '')
    .normalize('NFC');
}
