// One immutable segment of the archive's index over a batch of letters (DESIGN.md "Search": the
// index is kept in segments, merged at query time).
//
// Indexed as lunr indexes: its tokenizer, lunr-languages' Dutch (and lunr's English) stemmer and
// stop words, and lunr's BM25 weights per field with the field boosts (SegmentBuilder computes
// them as lunr's Builder does, to the same rounded numbers). Leeszaal keeps them as an inverted
// index with impacts (term -> per field [doc, weight, doc, weight...]) and evaluates queries on
// it itself, with lunr's scoring (per field: query·document / |query|).
// Why not lunr.Index itself: its query evaluator costs ~7 µs per matching letter (70 ms for a
// common word at 10,000 letters, against a goal of 20 ms), and Index.load rebuilds a token set
// and a vector object per field per letter on every start. Refs are short numbers into the
// segment's own table of letter ids.
import { analyzeWord, indexableText, normalizeWord, stemWord } from './analyzer';
import { expandTerm } from './expandTerm';
import { expansionKey } from './matchQuery';
import { searchFields, type QueryClause, type SearchField } from './parseQuery';
import { textTokens } from './textTokens';

/** What is indexed of one letter. */
export type IndexDocument = { id: string } & Record<SearchField, string>;

/** Field boosts: the subject says most about a letter, then its reference, sender and notes. */
export const fieldBoosts: Record<SearchField, number> = { subject: 8, body: 1, sender: 3, recipient: 1, reference: 5, notes: 3 };
const fields = searchFields;

/** Per term: one entry per field (in `searchFields` order), [doc, weight, doc, weight, ...] or 0. */
type Postings = Map<string, (number[] | 0)[]>;

/**
 * On disk, and in memory until used, a segment is four values: the ids, and three strings with
 * one line per entry: `words` (sorted), `terms` (sorted stems) and `postings` (line i belongs to
 * terms line i: per field "doc,weight,doc,weight", fields separated by ";"). JSON.parse reads a
 * 3 MB string many times faster than the same data as 20,000 keys of arrays of strings (and
 * with far less for the garbage collector); the lines are split when a query first needs them
 * and a posting list is decoded when a query first uses that stem.
 */
export type SegmentJson = { version: 4; ids: string[]; words: string; terms: string; postings: string };

/** A hit inside a segment, before filters and phrase checks. */
export type SegmentHit = { id: string; doc: number; score: number };

type Group = { stems: string[]; presence: 'should' | 'must' | 'not'; fields: number[]; boost: number };

export class LunrSegment {
  private wordList: readonly string[] | null = null;
  private termList: readonly string[] | null = null;
  private postingLines: readonly string[] | null = null;
  private readonly decoded: Postings = new Map();

  private constructor(
    /** Letter ids; document number i is ids[i]. */
    readonly ids: readonly string[],
    private readonly json: SegmentJson,
  ) {}

  /** Sorted, distinct normalized words (unstemmed), for fuzzy and wildcard terms. */
  get words(): readonly string[] {
    return (this.wordList ??= this.json.words ? this.json.words.split('\n') : []);
  }

  /** The posting lists of a stem (decoded on first use), or undefined when not in this segment. */
  private postingsOf(stem: string): (number[] | 0)[] | undefined {
    let lists = this.decoded.get(stem);
    if (!lists) {
      const terms = (this.termList ??= this.json.terms ? this.json.terms.split('\n') : []);
      const at = indexOfSorted(terms, stem);
      if (at < 0) return undefined;
      const lines = (this.postingLines ??= this.json.postings.split('\n'));
      lists = lines[at]!.split(';').map((list) => (list ? list.split(',').map(Number) : 0));
      this.decoded.set(stem, lists);
    }
    return lists;
  }

  /** Builds a segment over `documents` (see SegmentBuilder). */
  static build(documents: readonly IndexDocument[]): LunrSegment {
    const builder = new SegmentBuilder();
    for (const doc of documents) builder.add(doc);
    return builder.finish();
  }

  /** @internal SegmentBuilder's way in. */
  static fromJson(json: SegmentJson): LunrSegment {
    return new LunrSegment(json.ids, json);
  }

  /** Loads a segment written by toJSON (no lunr objects are rebuilt, nothing split yet). */
  static load(json: SegmentJson): LunrSegment {
    if (json.version !== 4) throw new Error(`Unknown segment version ${String(json.version)}`);
    return new LunrSegment(json.ids, json);
  }

  toJSON(): SegmentJson {
    return this.json;
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

/** Code-unit order, the order binary search compares in (Array.prototype.sort's default). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Position of `value` in the sorted `list`, or -1. */
function indexOfSorted(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const here = list[mid]!;
    if (here === value) return mid;
    if (here < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The normalized form of a fuzzy or wildcard term ("Begrotng" -> "begrotng", "Beleid*" -> "beleid*"). */
function analyzeTermText(text: string, wildcard: boolean): string {
  if (!wildcard) return textTokens(text)[0]?.word ?? '';
  return text
    .split('*')
    .map((part) => (part ? (textTokens(part)[0]?.word ?? '') : ''))
    .join('*');
}

/** lunr's BM25 parameters (Builder defaults). */
const K1 = 1.2;
const B = 0.75;

/**
 * Builds a segment one letter at a time, so that a cold index can add each letter as it is read
 * instead of reading every letter back afterwards. It computes what lunr's Builder computes (term
 * frequencies per field after the analysis pipeline, average field lengths, lunr's idf, BM25
 * weights rounded to three decimals; a test compares the two number for number) but keeps per
 * letter only flat arrays of term numbers and counts: lunr's Builder keeps an object per term
 * per field per letter, which made a 2,500-letter segment cost ~300 MB and its main-thread time.
 */
export class SegmentBuilder {
  private readonly ids: string[] = [];
  private readonly words = new Set<string>();
  private readonly termNumbers = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Per term: in how many (field, letter) pairs it occurs, as lunr.idf counts. */
  private documentsWithTerm: number[] = [];
  /** Per letter and field (letter * fields.length + field): its length in terms. */
  private readonly fieldLengths: number[] = [];
  /** Per letter and field: where its (term, count) pairs start in `pairs` (and end: the next). */
  private readonly pairStarts: number[] = [0];
  private pairs = new Int32Array(1 << 16);
  private pairCount = 0;

  /** Letters added so far. */
  get size(): number {
    return this.ids.length;
  }

  add(document: IndexDocument): void {
    this.ids.push(document.id);
    for (const field of fields) {
      const counts = new Map<number, number>();
      let length = 0;
      // lunr.tokenizer: lower case, split at white space and hyphens; then the analysis pipeline.
      for (const raw of indexableText(document[field] ?? '').toLowerCase().split(TOKEN_SEPARATOR)) {
        if (!raw) continue;
        const word = normalizeWord(raw);
        if (!word) continue;
        this.words.add(word);
        const stem = stemWord(word);
        if (!stem) continue;
        length++;
        let term = this.termNumbers.get(stem);
        if (term === undefined) {
          term = this.terms.length;
          this.termNumbers.set(stem, term);
          this.terms.push(stem);
          this.documentsWithTerm.push(0);
        }
        counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      this.fieldLengths.push(length);
      this.reserve(counts.size * 2);
      for (const [term, count] of counts) {
        this.documentsWithTerm[term]!++;
        this.pairs[this.pairCount++] = term;
        this.pairs[this.pairCount++] = count;
      }
      this.pairStarts.push(this.pairCount);
    }
  }

  /** The segment over every letter added; the builder is spent. */
  finish(): LunrSegment {
    const documentCount = this.ids.length;
    const averageLength = fields.map((_, f) => {
      let sum = 0;
      for (let doc = 0; doc < documentCount; doc++) sum += this.fieldLengths[doc * fields.length + f]!;
      return sum / documentCount;
    });
    const idf = this.documentsWithTerm.map((n) => Math.log(1 + Math.abs((documentCount - n + 0.5) / (n + 0.5))));
    this.documentsWithTerm = [];
    const postings: (number[] | 0)[][] = this.terms.map(() => fields.map(() => 0));
    for (let doc = 0; doc < documentCount; doc++) {
      fields.forEach((field, f) => {
        const slot = doc * fields.length + f;
        const lengthNorm = K1 * (1 - B + B * (this.fieldLengths[slot]! / averageLength[f]!));
        const boost = fieldBoosts[field];
        for (let i = this.pairStarts[slot]!; i < this.pairStarts[slot + 1]!; i += 2) {
          const term = this.pairs[i]!;
          const tf = this.pairs[i + 1]!;
          // Exactly lunr's Builder#createFieldVectors, operation for operation.
          let score = (idf[term]! * ((K1 + 1) * tf)) / (lengthNorm + tf);
          score *= boost;
          score *= 1;
          const perField = postings[term]!;
          const list = perField[f] || (perField[f] = []);
          list.push(doc, Math.round(score * 1000) / 1000);
        }
      });
    }
    this.pairs = new Int32Array(0);
    const order = this.terms.map((_, i) => i).sort((a, b) => compareStrings(this.terms[a]!, this.terms[b]!));
    return LunrSegment.fromJson({
      version: 4,
      ids: this.ids,
      words: [...this.words].sort(compareStrings).join('\n'),
      terms: order.map((i) => this.terms[i]).join('\n'),
      postings: order.map((i) => postings[i]!.map((list) => (list ? list.join(',') : '')).join(';')).join('\n'),
    });
  }

  private reserve(more: number): void {
    if (this.pairCount + more <= this.pairs.length) return;
    let size = this.pairs.length * 2;
    while (size < this.pairCount + more) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.pairs.subarray(0, this.pairCount));
    this.pairs = grown;
  }
}

/** lunr.tokenizer.separator, one character at a time (empty pieces are skipped). */
const TOKEN_SEPARATOR = /[\s-]/;
