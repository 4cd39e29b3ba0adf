// One immutable segment of the archive's index over a batch of letters (DESIGN.md "Search": the
// index is kept in segments, merged at query time).
//
// lunr builds it: its tokenizer, lunr-languages' Dutch (and lunr's English) stemmer and stop
// words, and lunr's BM25 weights per field with the field boosts. Leeszaal then keeps lunr's
// weights as an inverted index with impacts (term -> per field [doc, weight, doc, weight...]) and
// evaluates queries on it itself, with lunr's scoring (per field: query·document / |query|).
// Why not lunr.Index itself: its query evaluator costs ~7 µs per matching letter (70 ms for a
// common word at 10,000 letters, against a goal of 20 ms), and Index.load rebuilds a token set
// and a vector object per field per letter on every start. Refs are short numbers into the
// segment's own table of letter ids.
import type lunr from 'lunr';
import { analyzePipelineFunction, analyzeWord, indexableText, wordsOf } from './analyzer';
import { expandTerm } from './expandTerm';
import { lunrDutch } from './lunrDutch';
import { expansionKey } from './matchQuery';
import { searchFields, type QueryClause, type SearchField } from './parseQuery';
import { textTokens } from './textTokens';

/** What is indexed of one letter. */
export type IndexDocument = { id: string } & Record<SearchField, string>;

/** Field boosts: the subject says most about a letter, then its reference, sender and notes. */
const fieldBoosts: Record<SearchField, number> = { subject: 8, body: 1, sender: 3, recipient: 1, reference: 5, notes: 3 };
const fields = searchFields;

/** Per term: one entry per field (in `searchFields` order), [doc, weight, doc, weight, ...] or 0. */
type Postings = Record<string, (number[] | 0)[]>;
/**
 * On disk each list is one string "doc,weight,doc,weight": parsing 20,000 strings is several
 * times faster than parsing a million numbers, and a list is decoded only when a query uses it.
 */
type StoredPostings = Record<string, (string | 0)[]>;

export type SegmentJson = { version: 3; ids: string[]; words: string[]; postings: StoredPostings };

/** A hit inside a segment, before filters and phrase checks. */
export type SegmentHit = { id: string; doc: number; score: number };

type Group = { stems: string[]; presence: 'should' | 'must' | 'not'; fields: number[]; boost: number };

export class LunrSegment {
  private constructor(
    /** Letter ids; document number i is ids[i]. */
    readonly ids: readonly string[],
    /** Sorted, distinct normalized words (unstemmed), for fuzzy and wildcard terms. */
    readonly words: readonly string[],
    private readonly stored: StoredPostings,
    private readonly decoded: Postings = {},
  ) {}

  /** The posting lists of a stem (decoded on first use), or undefined when not in this segment. */
  private postingsOf(stem: string): (number[] | 0)[] | undefined {
    let lists = this.decoded[stem];
    if (!lists) {
      const stored = Object.hasOwn(this.stored, stem) ? this.stored[stem] : undefined;
      if (!stored) return undefined;
      lists = stored.map((list) => (list ? list.split(',').map(Number) : 0));
      this.decoded[stem] = lists;
    }
    return lists;
  }

  /** Builds a segment over `documents` with lunr. */
  static build(documents: readonly IndexDocument[]): LunrSegment {
    const l = lunrDutch();
    const analyze = analyzePipelineFunction();
    const words = new Set<string>();
    const index = l(function (this: lunr.Builder) {
      this.pipeline.reset();
      this.pipeline.add(analyze);
      this.searchPipeline.reset();
      for (const field of fields) this.field(field, { boost: fieldBoosts[field] });
      documents.forEach((doc, i) => {
        const entry: Record<string, string> = { id: i.toString(36) };
        for (const field of fields) {
          entry[field] = indexableText(doc[field] ?? '');
          for (const word of wordsOf(entry[field]!)) words.add(word);
        }
        this.add(entry);
      });
    });
    const json = index.toJSON() as unknown as { invertedIndex: [string, { _index: number }][]; fieldVectors: [string, number[]][] };
    const termByIndex: string[] = [];
    for (const [term, posting] of json.invertedIndex) termByIndex[posting._index] = term;
    const fieldNumber = new Map<string, number>(fields.map((f, i) => [f, i]));
    const postings: Postings = {};
    for (const [fieldRef, elements] of json.fieldVectors) {
      const slash = fieldRef.indexOf('/');
      const f = fieldNumber.get(fieldRef.slice(0, slash))!;
      const doc = parseInt(fieldRef.slice(slash + 1), 36);
      for (let i = 0; i < elements.length; i += 2) {
        const term = termByIndex[elements[i]!]!;
        const perField = (postings[term] ??= fields.map(() => 0));
        let list = perField[f];
        if (!list) list = perField[f] = [];
        list.push(doc, elements[i + 1]!);
      }
    }
    const stored: StoredPostings = {};
    for (const [term, lists] of Object.entries(postings)) stored[term] = lists.map((list) => (list ? list.join(',') : 0));
    // The decoded lists are not kept: a cold build of 10,000 letters would hold every list twice.
    return new LunrSegment(
      documents.map((d) => d.id),
      [...words].sort(),
      stored,
    );
  }

  /** Loads a segment written by toJSON (no lunr objects are rebuilt). */
  static load(json: SegmentJson): LunrSegment {
    if (json.version !== 3) throw new Error(`Unknown segment version ${String(json.version)}`);
    return new LunrSegment(json.ids, json.words, json.postings);
  }

  toJSON(): SegmentJson {
    return { version: 3, ids: [...this.ids], words: [...this.words], postings: this.stored };
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
   * Runs the clauses with lunr's semantics: `+` required, `-` prohibited, others optional; a
   * phrase's words are required (the phrase itself is checked on the text by the caller).
   * Fuzzy and wildcard clauses use `expansions` (by expansionKey), which the caller fills from
   * every segment's words so that all segments search the same words.
   */
  search(clauses: readonly QueryClause[], expansions: Map<string, string[]>): SegmentHit[] {
    const groups = toGroups(clauses, expansions);
    const n = this.ids.length;
    const positive = groups.filter((g) => g.presence !== 'not');
    const negative = groups.filter((g) => g.presence === 'not');
    if (!positive.some((g) => g.stems.length) && !negative.length) return [];

    // Query vector per field: summed boost per distinct stem (lunr's queryVectors).
    const queryWeights = fields.map(() => new Map<string, number>());
    for (const group of positive) {
      for (const stem of group.stems) {
        if (!this.postingsOf(stem)) continue;
        for (const f of group.fields) queryWeights[f]!.set(stem, (queryWeights[f]!.get(stem) ?? 0) + group.boost);
      }
    }
    const scores = new Float64Array(n);
    const matched = new Uint8Array(n);
    let anyPositive = false;
    queryWeights.forEach((weights, f) => {
      if (!weights.size) return;
      let norm = 0;
      for (const w of weights.values()) norm += w * w;
      norm = Math.sqrt(norm);
      for (const [stem, boost] of weights) {
        const list = this.postingsOf(stem)![f];
        if (!list) continue;
        anyPositive = true;
        for (let i = 0; i < list.length; i += 2) {
          const doc = list[i]!;
          scores[doc]! += (boost * list[i + 1]!) / norm;
          matched[doc] = 1;
        }
      }
    });

    // Required groups: every one must match (any of its stems, in any of its fields).
    const mustGroups = positive.filter((g) => g.presence === 'must' && g.stems.length);
    const required = mustGroups.length ? new Uint16Array(n) : null;
    for (const group of mustGroups) {
      const inGroup = this.docsOf(group);
      for (const doc of inGroup) required![doc]!++;
    }
    const prohibited = new Uint8Array(n);
    for (const group of negative) for (const doc of this.docsOf(group)) prohibited[doc] = 1;

    const hits: SegmentHit[] = [];
    const everything = !anyPositive && !positive.some((g) => g.stems.length);
    for (let doc = 0; doc < n; doc++) {
      if (!(matched[doc] || everything)) continue;
      if (prohibited[doc]) continue;
      if (required && required[doc] !== mustGroups.length) continue;
      hits.push({ id: this.ids[doc]!, doc, score: Math.round(scores[doc]! * 1000) / 1000 });
    }
    return hits;
  }

  /** Documents holding any of the group's stems in any of its fields, each once. */
  private docsOf(group: Group): Set<number> {
    const docs = new Set<number>();
    for (const stem of group.stems) {
      const perField = this.postingsOf(stem);
      if (!perField) continue;
      for (const f of group.fields) {
        const list = perField[f];
        if (list) for (let i = 0; i < list.length; i += 2) docs.add(list[i]!);
      }
    }
    return docs;
  }
}

function toGroups(clauses: readonly QueryClause[], expansions: Map<string, string[]>): Group[] {
  const groups: Group[] = [];
  for (const clause of clauses) {
    const fieldNumbers = clause.field ? [fields.indexOf(clause.field)] : fields.map((_, i) => i);
    const boost = clause.kind === 'term' && clause.boost ? clause.boost : 1;
    if (clause.kind === 'phrase') {
      if (clause.presence === 'not') continue; // checked on the text
      for (const stem of unique(textTokens(clause.text).map((t) => analyzeWord(t.word).stem))) {
        groups.push({ stems: [stem], presence: 'must', fields: fieldNumbers, boost });
      }
    } else if (clause.fuzzy || clause.wildcard) {
      const stems = unique((expansions.get(expansionKey(clause)) ?? []).map((w) => analyzeWord(w).stem));
      // A required fuzzy term with no word to stand for matches nothing: keep it as a group
      // with an impossible stem.
      groups.push({ stems: stems.length || clause.presence !== 'must' ? stems : ['\u0000'], presence: clause.presence, fields: fieldNumbers, boost });
    } else {
      for (const stem of unique(textTokens(clause.text).map((t) => analyzeWord(t.word).stem))) {
        groups.push({ stems: [stem], presence: clause.presence, fields: fieldNumbers, boost });
      }
    }
  }
  return groups;
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
