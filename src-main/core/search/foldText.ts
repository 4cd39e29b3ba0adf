// Diacritics folding that keeps every offset: `efficiënt` and `efficient` compare equal, and a
// position found in the folded text is the same position in the original (for highlights).

const combiningMarks = /[\u0300-\u036f]/g;
const cache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    const candidate = char.normalize('NFD').replace(combiningMarks, '').toLowerCase();
    // Keep the length: a character that folds to 0 or 2+ units (İ, ß) stays lower-cased as is.
    folded = candidate.length === char.length ? candidate : char.toLowerCase().length === char.length ? char.toLowerCase() : char;
    if (cache.size < 4096) cache.set(char, folded);
  }
  return folded;
}

/** Lower-cases and strips diacritics, one UTF-16 unit for one unit (offsets stay valid). */
export function foldText(text: string): string {
  // Fast path: plain ASCII only needs lower-casing, which keeps the length.
  if (!/[^\u0020-\u007e\s]/.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}
