// Words of a page with their offsets, in the same normal form as the index (folded, trimmed),
// and with grouped numbers merged ("33 279" is one word "33279" spanning both groups).
// Runs over every page of every hit shown, so it allocates one object per word and no more.
import { normalizeWord } from './analyzer';
import { foldText } from './foldText';

/** A word of a text: its normal form and where it stands in the original text. */
export type TextToken = { word: string; start: number; end: number };

/** White space (as \s) or a hyphen. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 45 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(String.fromCharCode(c)));
}

const isDigits = (word: string) => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
};

/** Tokenizes like lunr (split on white space and hyphens), keeping offsets. */
export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  // Whether the last token is a digit group that a following 3-digit group may extend.
  let extendable = false;
  // A hand-written scan instead of matchAll: no match object per word (this runs over every page
  // of every hit shown). Separators as lunr's tokenizer: white space and hyphens.
  const length = text.length;
  let at = 0;
  while (at < length) {
    while (at < length && isSeparator(text.charCodeAt(at))) at++;
    if (at >= length) break;
    const from = at;
    while (at < length && !isSeparator(text.charCodeAt(at))) at++;
    const raw = text.slice(from, at);
    const word = normalizeWord(raw);
    if (!word) {
      extendable = false;
      continue;
    }
    // The trimmer only removes characters at the edges; find where the word starts in the raw.
    const offset = word.length === raw.length ? 0 : Math.max(0, foldText(raw).indexOf(word));
    const start = from + offset;
    const end = Math.min(start + word.length, at);
    const previous = tokens[tokens.length - 1];
    if (extendable && previous && word.length === 3 && isDigits(word) && start === previous.end + 1 && text.charCodeAt(previous.end) === 32) {
      previous.word += word;
      previous.end = end;
      continue;
    }
    extendable = word.length <= 3 && isDigits(word);
    tokens.push({ word, start, end });
  }
  return tokens;
}
