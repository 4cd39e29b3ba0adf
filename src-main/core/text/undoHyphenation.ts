// Typesetters break long words at line ends ("regel-" / "geving"); search and metadata rules
// need the whole word. Only a real break is undone: a lowercase word part of two or more
// letters, a hyphen at the very end of the line, and a lowercase continuation on the next line
// just below. Hyphens that belong to the word stay: "Noord-Holland", "35 000-X", "e-mail", and
// the Dutch elision "wet- en regelgeving" (the next word is a conjunction, not a word part).
import type { LaidOutLine } from './layoutLines';

const brokenWord = /(?:^|[\s(‘“'"])\p{Ll}{2,}-$/u;
const continuation = /^(\p{Ll}[\p{L}\p{M}]*)([^\s]*)(\s+|$)/u;
const conjunctions = new Set(['en', 'of', 'tot', 'noch', 'als', 'and', 'or', 'to', 'und', 'oder', 'bis', 'et', 'ou']);

/** Joins words hyphenated across consecutive lines; the word moves up to the first line. */
export function undoHyphenation(lines: readonly LaidOutLine[]): LaidOutLine[] {
  const out: LaidOutLine[] = lines.map((line) => ({ ...line, rect: [...line.rect] }));
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i]!;
    const next = out[i + 1]!;
    if (!brokenWord.test(line.text) || !isJustBelow(line, next)) continue;
    const match = continuation.exec(next.text);
    if (!match || conjunctions.has(match[1]!) || match[1]!.endsWith('-')) continue;
    const moved = match[1]! + match[2]!;
    line.text = line.text.slice(0, -1) + moved;
    const rest = next.text.slice(match[0].length);
    if (!rest) {
      out.splice(i + 1, 1);
      continue;
    }
    // The rest of the next line starts further right, in proportion to what moved up.
    const [x1, , x2] = next.rect;
    next.rect[0] = x1 + ((x2 - x1) * match[0].length) / next.text.length;
    next.text = rest;
  }
  return out;
}

function isJustBelow(line: LaidOutLine, next: LaidOutLine): boolean {
  const gap = line.rect[1] - next.rect[3];
  return next.rect[3] <= line.rect[3] && gap < 1.5 * line.fontSize && gap > -0.5 * line.fontSize;
}
