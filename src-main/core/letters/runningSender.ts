// The sender named in a running header or footer: reports by consultancies and agencies often
// carry their name only there ("© Escrow Alliance 2021", "Cardan, <address>", "De Winter
// Information Solutions – <title> 12"), on every page.
import { type Field, fieldFrom } from './fieldValue';
import { isKnownOrganisation } from './knownOrganisations';
import type { LetterLine } from './letterLines';
import { addressLine, clean, organisationWord, restoreCase } from './senderPatterns';

/** A name in a running header or footer: "© Escrow Alliance 2021", "Cardan, <address>", "De Winter Information Solutions – <title> 12". */
function runningName(text: string): string | undefined {
  const copyright =
    /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(\p{Lu}[\p{L}&.' -]+?)(?:\s+\d{4})?(?:\s+[\p{L}]*-?\d.*)?$/iu.exec(
      text,
    );
  if (copyright) return clean(copyright[1]!);
  const [first = '', ...rest] = text.split(/\s*[,–—|]\s*|\s+-\s+/);
  const name = clean(first);
  if (!/^\p{Lu}/u.test(name) || name.split(' ').length > 5 || /\d/.test(name)) return undefined;
  if (isKnownOrganisation(name) || new RegExp(organisationWord.source, 'iu').test(name))
    return name;
  if (
    rest.length > 0 &&
    rest.some((part) => addressLine.test(part) || /\b\d{4}\s?[A-Z]{2}\b/.test(part))
  )
    return name;
  return undefined;
}

/** The organisation in a line repeated on at least half the pages (three or more), if any. */
export function runningSender(lines: readonly LetterLine[]): Field<string> | undefined {
  const fullText = lines.map((l) => l.text).join('\n');
  const pages = new Set(lines.map((l) => l.page)).size;
  if (pages >= 3) {
    const seen = new Map<string, { pages: Set<number>; line: LetterLine }>();
    for (const line of lines) {
      const key = line.text.replace(/\d+/g, '#');
      const entry = seen.get(key) ?? { pages: new Set<number>(), line };
      entry.pages.add(line.page);
      seen.set(key, entry);
    }
    for (const { pages: on, line } of seen.values()) {
      if (on.size < Math.max(3, pages / 2)) continue;
      const name = runningName(line.text);
      if (name) return fieldFrom(restoreCase(name, fullText), [line], 0.6);
    }
  }
  return undefined;
}
