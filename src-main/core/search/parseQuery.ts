// The query language: lunr's own (`+must -not field:term term~1 wild* term^2`) plus
// `"exact phrases"`. Parsed here so that a malformed query becomes a Dutch message, never an
// exception from inside lunr.
import { fail, ok, type Result } from '../../shared/result';
import { joinDigitGroups } from './numberForms';

/** The fields a query may name, with the Dutch words a civil servant would type for them. */
export const searchFields = ['subject', 'body', 'sender', 'recipient', 'reference', 'notes'] as const;
export type SearchField = (typeof searchFields)[number];

const fieldAliases: Record<string, SearchField> = {
  subject: 'subject',
  betreft: 'subject',
  onderwerp: 'subject',
  body: 'body',
  tekst: 'body',
  sender: 'sender',
  afzender: 'sender',
  recipient: 'recipient',
  geadresseerde: 'recipient',
  aan: 'recipient',
  reference: 'reference',
  kenmerk: 'reference',
  notes: 'notes',
  notitie: 'notes',
  notities: 'notes',
};

export type Presence = 'should' | 'must' | 'not';

export type TermClause = {
  kind: 'term';
  text: string;
  presence: Presence;
  field?: SearchField;
  /** Edit distance for `term~N` (1 or 2). */
  fuzzy?: number;
  /** True when the text holds `*`. */
  wildcard: boolean;
  boost?: number;
};

export type PhraseClause = { kind: 'phrase'; text: string; presence: Presence; field?: SearchField };
export type QueryClause = TermClause | PhraseClause;
export type ParsedQuery = { clauses: QueryClause[] };

const quoteChars = /["“”„]/;

/** Parses a query string into clauses, or fails with `bad-query` and a message in Dutch. */
export function parseQuery(input: string): Result<ParsedQuery> {
  if (input.length > 1000) return fail('bad-query', 'De zoekvraag is te lang (meer dan 1000 tekens). Maak hem korter.');
  const clauses: QueryClause[] = [];
  let i = 0;
  const text = input;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    let presence: Presence = 'should';
    if (text[i] === '+' || text[i] === '-') {
      presence = text[i] === '+' ? 'must' : 'not';
      i++;
    }
    let field: SearchField | undefined;
    const fieldMatch = /^([\p{L}]+):/u.exec(text.slice(i));
    if (fieldMatch) {
      const name = fieldMatch[1]!.toLowerCase();
      field = fieldAliases[name];
      if (!field) {
        return fail('bad-query', `Onbekend veld "${fieldMatch[1]}:". Gebruik betreft:, tekst:, afzender:, geadresseerde:, kenmerk: of notities:.`);
      }
      i += fieldMatch[0].length;
    }
    if (i < text.length && quoteChars.test(text[i]!)) {
      const end = text.slice(i + 1).search(quoteChars);
      if (end < 0) return fail('bad-query', 'Er ontbreekt een afsluitend aanhalingsteken ("). Zet een zin tussen twee aanhalingstekens.');
      const phrase = text.slice(i + 1, i + 1 + end).trim();
      i += end + 2;
      if (!phrase) return fail('bad-query', 'Tussen de aanhalingstekens staat niets. Typ de woorden die u precies zo zoekt.');
      clauses.push({ kind: 'phrase', text: phrase, presence, ...(field ? { field } : {}) });
      continue;
    }
    const start = i;
    while (i < text.length && !/\s/.test(text[i]!) && !quoteChars.test(text[i]!)) i++;
    const word = text.slice(start, i);
    const term = parseTerm(word, presence, field);
    if (!term.ok) return term;
    clauses.push(term.value);
  }
  return ok({ clauses: mergeNumberGroups(clauses) });
}

function parseTerm(word: string, presence: Presence, field: SearchField | undefined): Result<TermClause> {
  const match = /^(.*?)(?:~(\d*))?(?:\^(\d*(?:\.\d+)?))?$/su.exec(word)!;
  const body = match[1] ?? '';
  if (!body || /^[*~^]+$/.test(body)) {
    return fail('bad-query', `"${word || (presence === 'must' ? '+' : presence === 'not' ? '-' : '')}" is geen zoekterm. Zet een woord direct achter +, - of het veld.`);
  }
  if (/[~^:]/.test(body)) return fail('bad-query', `"${word}" kan Leeszaal niet lezen. Gebruik ~1 of ~2 voor spelfouten en ^2 om een woord zwaarder te laten wegen.`);
  const clause: TermClause = { kind: 'term', text: body, presence, wildcard: body.includes('*') };
  if (field) clause.field = field;
  if (match[2] !== undefined) {
    const distance = Number(match[2] || '1');
    if (distance < 1 || distance > 2) return fail('bad-query', `"${word}": spelfouten zoekt Leeszaal met ~1 of ~2.`);
    if (clause.wildcard) return fail('bad-query', `"${word}": combineer * niet met ~.`);
    clause.fuzzy = distance;
  }
  if (match[3] !== undefined) {
    const boost = Number(match[3]);
    if (!match[3] || !Number.isFinite(boost) || boost <= 0 || boost > 100) return fail('bad-query', `"${word}": zet achter ^ een getal tussen 1 en 100.`);
    clause.boost = boost;
  }
  if (clause.wildcard && body.replace(/\*/g, '').length < 2) {
    return fail('bad-query', `"${word}" is te ruim: zet minstens twee letters naast de *.`);
  }
  return ok(clause);
}

/**
 * Plain number terms written in groups ("33 279") become one term, so that they find the joined
 * form in the index. Only adjacent unmarked terms without field, fuzz or wildcard are joined.
 */
function mergeNumberGroups(clauses: QueryClause[]): QueryClause[] {
  const out: QueryClause[] = [];
  for (const clause of clauses) {
    const previous = out[out.length - 1];
    const plain = (c: QueryClause | undefined): c is TermClause =>
      !!c && c.kind === 'term' && !c.field && !c.fuzzy && !c.wildcard && !c.boost && /^\d+$/.test(c.text);
    if (plain(previous) && plain(clause) && clause.presence === 'should' && /^\d{3}$/.test(clause.text)) {
      const joined = joinDigitGroups(`${previous.text} ${clause.text}`);
      if (!joined.includes(' ')) {
        out[out.length - 1] = { ...previous, text: joined };
        continue;
      }
    }
    out.push(clause);
  }
  return out;
}
