import { formatCitation } from '../citations/formatCitation';
import { dutchDate } from './dutchDate';
import type { ExportLetter, SourceFormatter } from './ExportInput';

/** The letter's name for a reader: its subject, else its file name. */
export function letterTitle(letter: ExportLetter): string {
  return letter.metadata?.subject?.value ?? letter.path.split('/').at(-1) ?? letter.path;
}

/**
 * The source as a civil servant cites it: "Kamerstukken II 2018/19, 33 279, nr. 28, p. 2" for a
 * letter that is a parliamentary paper, else subject, sender, date, reference and page
 * ("Voortgang digitale overheid, Ministerie van BZK, 19 juni 2019, kenmerk 2019-123, p. 2").
 */
export const citeSource: SourceFormatter = (letter, page) => {
  if (letter.paper) return formatCitation({ ...letter.paper, ...(page ? { page } : {}) });
  const meta = letter.metadata;
  return [
    letterTitle(letter),
    meta?.sender?.value,
    meta?.date ? dutchDate(meta.date.value) : undefined,
    meta?.reference ? `kenmerk ${meta.reference.value}` : undefined,
    page ? `p. ${page}` : undefined,
  ]
    .filter((part): part is string => Boolean(part))
    .join(', ');
};
