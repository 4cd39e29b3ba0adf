import type { CitationParts } from '../citations/formatCitation';
import { paperKeyOf } from '../search/letterLinks';
import type { LetterMetadata } from '../../shared/contract/letterContent';

/** Prinsjesdag, the third Tuesday of September, opens the parliamentary year. */
function prinsjesdag(year: number): number {
  const first = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  return 1 + ((2 - first + 7) % 7) + 14;
}

/** The parliamentary year (vergaderjaar) of an ISO date: "2019-06-19" -> "2018/19". */
export function parliamentaryYear(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const start = month > 9 || (month === 9 && day >= prinsjesdag(year)) ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The parliamentary paper a letter is: as the published paper states it (chamber and year from
 * its own footer), or when its file is named after it (the archive's rule,
 * `paperKeyOf`), with the chamber from its addressee and the year from its date, so that it
 * is cited as "Kamerstukken II 2018/19, 33 279, nr. 28".
 */
export function paperOf(path: string, metadata: LetterMetadata | null): CitationParts | undefined {
  const own = metadata?.paper;
  if (own) return { key: own.key, ...(own.chamber ? { chamber: own.chamber } : {}), ...(own.year ? { year: own.year } : {}) };
  const key = paperKeyOf({ path });
  if (!key) return undefined;
  const recipient = metadata?.recipient?.value ?? '';
  const chamber = /Tweede Kamer/i.test(recipient) ? 'II' : /Eerste Kamer/i.test(recipient) ? 'I' : undefined;
  const year = metadata?.date ? parliamentaryYear(metadata.date.value) : undefined;
  return { key, ...(chamber ? { chamber } : {}), ...(year ? { year } : {}) };
}
