// Writes a citation key back in the standard form of parliamentary papers (DOMAIN.md "How they
// are cited"), for exports. Pure.

export type CitationParts = {
  /** Normalised key, e.g. "33279-28", "32123-XVI-30", "21501-07-1750". */
  key: string;
  /** The citation as written; chamber and year are read from it when not given. */
  raw?: string;
  /** "I" (Eerste Kamer) or "II" (Tweede Kamer). */
  chamber?: 'I' | 'II';
  /** Parliamentary year as "2018/19" or "2018-2019". */
  year?: string;
  /** Page within the paper. */
  page?: number;
};

/** "2018-2019" / "2018–19" / "2018/2019" -> "2018/19". */
function normaliseYear(year: string): string | undefined {
  const m = /((?:19|20)\d{2})\s*[/–-]\s*((?:19|20)?\d{2})/.exec(year);
  if (!m) return undefined;
  return `${m[1]}/${m[2]!.slice(-2)}`;
}

function chamberOf(raw: string): 'I' | 'II' | undefined {
  const m = /\b(?:Kamerstuk(?:ken)?|Kst\.?)\s*(II|I|TK|EK)\b|\b(Tweede|Eerste)\s+Kamer\b/.exec(raw);
  if (!m) return undefined;
  return m[1] === 'II' || m[1] === 'TK' || m[2] === 'Tweede' ? 'II' : 'I';
}

/**
 * "Kamerstukken II 2018/19, 33 279, nr. 28, p. 3" when chamber and year are known, otherwise
 * "Kamerstuk 33 279, nr. 28". Returns the key unchanged if it is not a citation key.
 */
export function formatCitation(parts: CitationParts): string {
  const m = /^(\d{2})(\d{3})(?:-(\d{2}|[A-Z]{1,5}))?-(\d+)$/.exec(parts.key);
  if (!m) return parts.key;
  const [, head, tail, sub, nr] = m;
  const dossier = `${head} ${tail}${sub ? (/^\d/.test(sub) ? `-${sub}` : ` ${sub}`) : ''}`;
  const chamber = parts.chamber ?? (parts.raw ? chamberOf(parts.raw) : undefined);
  const year = normaliseYear(parts.year ?? parts.raw ?? '');
  const page = parts.page ? `, p. ${parts.page}` : '';
  if (chamber && year) return `Kamerstukken ${chamber} ${year}, ${dossier}, nr. ${nr}${page}`;
  return `Kamerstuk ${dossier}, nr. ${nr}${page}`;
}
