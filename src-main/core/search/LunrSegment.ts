// One immutable lunr index over a batch of letters (DESIGN.md "Search": lunr indexes are
// immutable, so the archive's index is a list of segments merged at query time). Refs are short
// base-36 numbers into the segment's own table of letter ids: ids as refs would double the size.
import type lunr from 'lunr';
import { analyzePipelineFunction, indexableText, wordsOf } from './analyzer';
import { expandTerm } from './expandTerm';
import { expansionKey } from './matchQuery';
import type { QueryClause, SearchField } from './parseQuery';
import { lunrDutch } from './lunrDutch';
import { analyzeWord } from './analyzer';
import { textTokens } from './textTokens';

/** What is indexed of one letter. */
export type IndexDocument = { id: string } & Record<SearchField, string>;

/** Field boosts: the subject says most about a letter, then its reference and sender. */
const fieldBoosts: Record<SearchField, number> = { subject: 8, reference: 5, sender: 3, recipient: 1, body: 1, notes: 3 };

export type SegmentJson = { version: 1; ids: string[]; words: string[]; index: object };

/** A hit inside a segment, before filters and phrase checks. */
export type SegmentHit = { id: string; score: number };

export class LunrSegment {
  private constructor(
    /** Letter ids; the lunr ref of ids[i] is i.toString(36). */
    readonly ids: readonly string[],
    /** Sorted, distinct normalized words (unstemmed), for fuzzy and wildcard terms. */
    readonly words: readonly string[],
    private readonly index: lunr.Index,
  ) {}

  /** Builds a segment over `documents`. */
  static build(documents: readonly IndexDocument[]): LunrSegment {
    const l = lunrDutch();
    const analyze = analyzePipelineFunction();
    const words = new Set<string>();
    const ids = documents.map((d) => d.id);
    const index = l(function (this: lunr.Builder) {
      this.pipeline.reset();
      this.pipeline.add(analyze);
      this.searchPipeline.reset();
      for (const field of Object.keys(fieldBoosts) as SearchField[]) this.field(field, { boost: fieldBoosts[field] });
      documents.forEach((doc, i) => {
        const entry: Record<string, string> = { id: i.toString(36) };
        for (const field of Object.keys(fieldBoosts) as SearchField[]) {
          const text = doc[field] ?? '';
          entry[field] = indexableText(text);
          for (const word of wordsOf(entry[field]!)) words.add(word);
        }
        this.add(entry);
      });
    });
    return new LunrSegment(ids, [...words].sort(), index);
  }

  /** Loads a segment written by toJSON. */
  static load(json: SegmentJson): LunrSegment {
    analyzePipelineFunction();
    return new LunrSegment(json.ids, json.words, lunrDutch().Index.load(json.index));
  }

  /** The serialised segment; scores rounded (4 digits) to keep the file small and fast to parse. */
  toJSON(): SegmentJson {
    const index = this.index.toJSON() as unknown as { fieldVectors: [string, number[]][] };
    index.fieldVectors = index.fieldVectors.map(([ref, vector]) => [ref, vector.map((n, i) => (i % 2 ? Math.round(n * 1e4) / 1e4 : n))]);
    return { version: 1, ids: [...this.ids], words: [...this.words], index };
  }

  /** Words of this segment that a fuzzy or wildcard clause stands for. */
  expand(clause: { text: string; fuzzy?: number; wildcard: boolean }): string[] {
    const term = analyzeTermText(clause.text, clause.wildcard);
    if (!term) return [];
    return expandTerm(term, this.candidateWords(term, clause.wildcard), { fuzzy: clause.fuzzy ?? 0, wildcard: clause.wildcard });
  }

  private candidateWords(term: string, wildcard: boolean): Iterable<string> {
    // A wildcard with a literal prefix only needs the words in that prefix's range.
    const prefix = wildcard ? term.split('*')[0]! : '';
    if (!prefix) return this.words;
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.words.length && this.words[i]!.startsWith(prefix); i++) out.push(this.words[i]!);
    return out;
  }

  /**
   * Runs the clauses; fuzzy and wildcard clauses use `expansions` (by expansionKey), which the
   * caller fills from every segment's dictionary so that all segments search the same words.
   */
  search(clauses: readonly QueryClause[], expansions: Map<string, string[]>): SegmentHit[] {
    const l = lunrDutch();
    const anyOf: Set<string>[] = [];
    let positive = 0;
    let negative = 0;
    const results = this.index.query((q) => {
      for (const clause of clauses) {
        const presence =
          clause.presence === 'not' ? l.Query.presence.PROHIBITED : clause.presence === 'must' || clause.kind === 'phrase' ? l.Query.presence.REQUIRED : l.Query.presence.OPTIONAL;
        const fields = clause.field ? { fields: [clause.field] } : {};
        let stems: string[];
        let alternatives = false;
        if (clause.kind === 'term' && (clause.fuzzy || clause.wildcard)) {
          stems = unique((expansions.get(expansionKey(clause)) ?? []).map((w) => analyzeWord(w).stem));
          alternatives = true;
        } else {
          stems = unique(textTokens(clause.text).map((t) => analyzeWord(t.word).stem));
        }
        if (clause.kind === 'phrase' && clause.presence === 'not') continue; // checked on the text
        if (clause.presence === 'not') negative += stems.length;
        else positive += stems.length;
        if (alternatives && presence === l.Query.presence.REQUIRED) {
          // lunr cannot say "one of these is required": add them as optional, check afterwards.
          if (!stems.length) anyOf.push(new Set());
          else anyOf.push(new Set(stems));
          for (const stem of stems) q.term(stem, { ...fields, usePipeline: false, presence: l.Query.presence.OPTIONAL, boost: boostOf(clause) });
          continue;
        }
        for (const stem of stems) q.term(stem, { ...fields, usePipeline: false, presence, boost: boostOf(clause) });
      }
    });
    if (!positive && !negative) return [];
    const hits: SegmentHit[] = [];
    for (const result of results) {
      if (anyOf.length) {
        const stems = Object.keys(result.matchData.metadata);
        if (anyOf.some((set) => !stems.some((s) => set.has(s)))) continue;
      }
      hits.push({ id: this.ids[parseInt(result.ref, 36)]!, score: result.score });
    }
    return hits;
  }
}

function boostOf(clause: QueryClause): number {
  return clause.kind === 'term' && clause.boost ? clause.boost : 1;
}

function unique(stems: (string | null)[]): string[] {
  return [...new Set(stems.filter((s): s is string => !!s))];
}

/** The normalized form of a fuzzy or wildcard term ("Begrotng" -> "begrotng", "Beleid*" -> "beleid*"). */
function analyzeTermText(text: string, wildcard: boolean): string {
  if (!wildcard) return textTokens(text)[0]?.word ?? '';
  return text
    .split('*')
    .map((part) => (part ? (textTokens(part)[0]?.word ?? '') : ''))
    .join('*');
}
