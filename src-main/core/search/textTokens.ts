// Words of a page with their offsets, in the same normal form as the index (folded, trimmed),
// and with grouped numbers merged ("33 279" is one word "33279" spanning both groups).
import { normalizeWord } from './analyzer';
import { foldText } from './foldText';

/** A word of a text: its normal form and where it stands in the original text. */
export type TextToken = { word: string; start: number; end: number };

/** Tokenizes like lunr (split on white space and hyphens), keeping offsets. */
export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(/[^\s-]+/g)) {
    const raw = match[0];
    const word = normalizeWord(raw);
    if (!word) continue;
    // The trimmer only removes characters at the edges; find where the word starts in the raw.
    const offset = foldText(raw).indexOf(word);
    const start = match.index + Math.max(0, offset);
    tokens.push({ word, start, end: Math.min(start + word.length, match.index + raw.length) });
  }
  return mergeNumberGroups(tokens, text);
}

function mergeNumberGroups(tokens: TextToken[], text: string): TextToken[] {
  const out: (TextToken & { joined: boolean })[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 1];
    if (
      previous &&
      /^\d{3}$/.test(token.word) &&
      /^\d+$/.test(previous.word) &&
      text.slice(previous.end, token.start) === ' ' &&
      (previous.word.length <= 3 || previous.joined)
    ) {
      out[out.length - 1] = { word: previous.word + token.word, start: previous.start, end: token.end, joined: true };
      continue;
    }
    out.push({ ...token, joined: false });
  }
  return out.map(({ word, start, end }) => ({ word, start, end }));
}
