// SearchService on lunr, in segments (DESIGN.md "Search"): a cold build writes segments of up to
// SEGMENT_SIZE letters; a letter added, changed or re-noted later goes into a small new segment in
// milliseconds; queries run over every segment and keep, per letter, only the segment the
// manifest names. Small segments are merged in the background so that their number stays low.
import { buildSnippets } from '../../core/search/buildSnippets';
import { countFacets } from '../../core/search/countFacets';
import { LunrSegment, SegmentBuilder, type IndexDocument } from '../../core/search/LunrSegment';
import { MAX_EXPANSIONS } from '../../core/search/expandTerm';
import { foldText } from '../../core/search/foldText';
import { expansionKey, phrasePattern, queryMatcher, textHits } from '../../core/search/matchQuery';
import { parseQuery, type PhraseClause, type QueryClause } from '../../core/search/parseQuery';
import { textTokens } from '../../core/search/textTokens';
import type { LetterMetadata } from '../../shared/contract/letterContent';
import type { SearchHit, SearchRequest, SearchResponse } from '../../shared/contract/search';
import { ok, type Result } from '../../shared/result';
import type { IndexedLetter, IndexStream, LetterDirectory, SearchService } from './SearchService';
import { SegmentStore, type Manifest } from './segmentStore';

/** Letters per segment at a cold build: small enough to build and load in parallel-friendly pieces. */
export const SEGMENT_SIZE = 2500;
/** Letters in the first segment of a stream: searchable early, yet not a small segment. */
export const FIRST_SEGMENT_SIZE = 250;
/** A segment smaller than this counts as small; more than MAX_SMALL of them are merged. */
const SMALL = 200;
const MAX_SMALL = 6;
const MAX_MATCHES = 500;
/** Time after which phrase checks stop once a page of results is found (see search). */
const PHRASE_BUDGET_MS = 5;

/** The fields lunr indexes, from a letter's text, metadata and notes. */
export function indexDocument(letter: IndexedLetter): IndexDocument {
  const m = letter.metadata;
  return {
    id: letter.id,
    subject: m?.subject?.value ?? '',
    body: letter.pages.join('\n\n'),
    sender: m?.sender?.value ?? '',
    recipient: m?.recipient?.value ?? '',
    reference: [m?.reference?.value, m?.theirReference?.value].filter(Boolean).join(' '),
    notes: letter.notes,
  };
}

type Facts = { kind: 'pdf' | 'txt'; date?: string; sender?: string; hasNotes: boolean };
type Live = { alive: Uint8Array; facts: (Facts | undefined)[] };

export class LunrSearchService implements SearchService {
  private writing: Promise<void> = Promise.resolve();
  /** Per segment: its current documents and what filters, sorting and facets need of them. */
  private readonly live = new Map<string, Live>();
  private readonly expansionCache = new Map<string, string[]>();
  /** manifest.letters as a Map: looked up once per candidate of every query. */
  private readonly location: Map<string, string>;

  private constructor(
    private readonly store: SegmentStore,
    private readonly directory: LetterDirectory,
    private manifest: Manifest,
    private readonly segments: Map<string, LunrSegment>,
  ) {
    this.location = new Map(Object.entries(manifest.letters));
  }

  /** Loads the persisted segments of `indexDir` (none on a first open). */
  static async open(indexDir: string, directory: LetterDirectory): Promise<LunrSearchService> {
    const store = new SegmentStore(indexDir);
    const manifest = await store.readManifest();
    const segments = new Map<string, LunrSegment>();
    await Promise.all(
      Object.keys(manifest.segments).map(async (name) => {
        const json = await store.readSegment(name);
        if (json) segments.set(name, LunrSegment.load(json));
      }),
    );
    // Letters whose segment file is missing or damaged are simply not indexed: the archive
    // indexes them again from the cache.
    for (const [id, name] of Object.entries(manifest.letters)) if (!segments.has(name)) delete manifest.letters[id];
    for (const name of Object.keys(manifest.segments)) if (!segments.has(name)) delete manifest.segments[name];
    return new LunrSearchService(store, directory, manifest, segments);
  }

  indexedIds(): ReadonlySet<string> {
    return new Set(Object.keys(this.manifest.letters));
  }

  async upsert(letters: readonly IndexedLetter[]): Promise<void> {
    for (let i = 0; i < letters.length; i += SEGMENT_SIZE) {
      this.addSegment(LunrSegment.build(letters.slice(i, i + SEGMENT_SIZE).map(indexDocument)));
    }
    await this.persist();
    if (this.needsCompaction()) await this.compact();
  }

  stream(): IndexStream {
    let builder = new SegmentBuilder();
    // A first read of a big folder is searchable after its first FIRST_SEGMENT_SIZE letters (a
    // few seconds) rather than after SEGMENT_SIZE (a quarter of a minute at 2 cores).
    let size = FIRST_SEGMENT_SIZE;
    const flush = async (): Promise<void> => {
      if (!builder.size) return;
      const full = builder;
      builder = new SegmentBuilder();
      size = SEGMENT_SIZE;
      this.addSegment(full.finish());
      this.streamed -= full.size;
      await this.persist();
    };
    return {
      add: async (letter) => {
        builder.add(indexDocument(letter));
        this.streamed++;
        if (builder.size >= size) await flush();
      },
      commit: async () => {
        await flush();
        if (this.needsCompaction()) await this.compact();
      },
    };
  }

  async remove(ids: readonly string[]): Promise<void> {
    this.live.clear();
    this.expansionCache.clear();
    for (const id of ids) {
      delete this.manifest.letters[id];
      this.location.delete(id);
    }
    this.dropEmptySegments();
    await this.persist();
  }

  async close(): Promise<void> {
    await this.writing;
  }

  /** Number of segments (for diagnostics and the benchmark). */
  segmentCount(): number {
    return this.segments.size;
  }

  private pendingWrites = new Set<string>();
  /** Letters added to a stream whose segment is not built yet (not searchable yet). */
  private streamed = 0;

  /** Builds what the first query would otherwise build (live documents, facts per letter). */
  prime(): void {
    for (const [name, segment] of this.segments) {
      const live = this.liveOf(name, segment);
      segment.ids.forEach((id, doc) => live.alive[doc] && this.factsAt(live, id, doc));
    }
  }

  /** Which documents of a segment are current, built again after every change. */
  private liveOf(name: string, segment: LunrSegment): Live {
    let live = this.live.get(name);
    if (!live) {
      const alive = new Uint8Array(segment.ids.length);
      segment.ids.forEach((id, doc) => (alive[doc] = this.location.get(id) === name ? 1 : 0));
      live = { alive, facts: [] };
      this.live.set(name, live);
    }
    return live;
  }

  private factsAt(live: Live, id: string, doc: number): Facts | undefined {
    let facts = live.facts[doc];
    if (!facts) {
      const entry = this.directory.letter(id);
      if (!entry) return undefined;
      const m = entry.metadata;
      facts = { kind: entry.summary.kind, hasNotes: false };
      if (m?.date?.value) facts.date = m.date.value;
      if (m?.sender?.value) facts.sender = m.sender.value;
      live.facts[doc] = facts;
    }
    return facts;
  }

  private addSegment(segment: LunrSegment): void {
    if (!segment.ids.length) return;
    const name = `seg-${this.manifest.nextSegment++}`;
    this.segments.set(name, segment);
    this.manifest.segments[name] = segment.ids.length;
    this.live.clear();
    this.expansionCache.clear();
    for (const id of segment.ids) {
      this.manifest.letters[id] = name;
      this.location.set(id, name);
    }
    this.pendingWrites.add(name);
    this.dropEmptySegments();
  }

  private liveCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const name of Object.values(this.manifest.letters)) counts.set(name, (counts.get(name) ?? 0) + 1);
    return counts;
  }

  private dropEmptySegments(): void {
    const live = this.liveCounts();
    for (const name of [...this.segments.keys()]) {
      if (!live.get(name)) {
        this.segments.delete(name);
        delete this.manifest.segments[name];
        this.pendingWrites.delete(name);
      }
    }
  }

  /** Writes new segments, then the manifest (so a crash never leaves it naming a missing file). */
  private persist(): Promise<void> {
    const names = [...this.pendingWrites];
    this.pendingWrites.clear();
    const snapshot: Manifest = structuredClone(this.manifest);
    const jsons = names.map((name) => [name, this.segments.get(name)?.toJSON()] as const);
    const write = this.writing.then(async () => {
      for (const [name, json] of jsons) if (json) await this.store.writeSegment(name, json);
      await this.store.writeManifest(snapshot);
      await this.store.removeUnlisted(snapshot);
    });
    // A failed write (a full disk) fails this caller only: the segments stay searchable in
    // memory, and the next persist writes them again with its manifest.
    this.writing = write.catch(() => {
      for (const [name] of jsons) this.pendingWrites.add(name);
    });
    return write;
  }

  private needsCompaction(): boolean {
    const live = this.liveCounts();
    const small = [...this.segments.keys()].filter((name) => (live.get(name) ?? 0) < SMALL);
    return small.length > MAX_SMALL;
  }

  /** Merges the small segments (and their live letters) into one. */
  async compact(): Promise<void> {
    const live = this.liveCounts();
    const small = new Set([...this.segments.keys()].filter((name) => (live.get(name) ?? 0) < SMALL));
    const ids = Object.entries(this.manifest.letters)
      .filter(([, name]) => small.has(name))
      .map(([id]) => id);
    const letters: IndexedLetter[] = [];
    for (const id of ids) {
      const pages = await this.directory.pages(id);
      const entry = this.directory.letter(id);
      if (!pages || !entry) continue;
      letters.push({ id, pages, metadata: entry.metadata, notes: this.directory.notesFor(id) });
    }
    this.addSegment(LunrSegment.build(letters.map(indexDocument)));
    await this.persist();
  }

  async search(request: SearchRequest): Promise<Result<SearchResponse>> {
    const started = performance.now();
    const parsed = parseQuery(request.query);
    if (!parsed.ok) return parsed;
    const clauses = parsed.value.clauses;
    const expansions = this.expand(clauses);

    // 1. Candidates from every segment, each letter only from its current segment, and
    // 2. filters on metadata (kept per segment and document: a query may touch every letter).
    const filters = request.filters ?? {};
    type Matched = { id: string; score: number; facts: Facts };
    let matched: Matched[] = [];
    const consider = (id: string, score: number, facts: Facts) => {
      if (filters.dateFrom && (!facts.date || facts.date < filters.dateFrom)) return;
      if (filters.dateTo && (!facts.date || facts.date > filters.dateTo)) return;
      if (filters.senders?.length && !filters.senders.includes(facts.sender ?? '')) return;
      if (filters.kinds?.length && !filters.kinds.includes(facts.kind)) return;
      facts.hasNotes = this.directory.notesFor(id).trim().length > 0;
      if (filters.hasNotes !== undefined && filters.hasNotes !== facts.hasNotes) return;
      matched.push({ id, score, facts });
    };
    for (const [name, segment] of this.segments) {
      const live = this.liveOf(name, segment);
      if (!clauses.length) {
        segment.ids.forEach((id, doc) => {
          const facts = live.alive[doc] ? this.factsAt(live, id, doc) : undefined;
          if (facts) consider(id, 0, facts);
        });
        continue;
      }
      for (const hit of segment.search(clauses, expansions)) {
        const facts = live.alive[hit.doc] ? this.factsAt(live, hit.id, hit.doc) : undefined;
        if (facts) consider(hit.id, hit.score, facts);
      }
    }

    // 3. Sort, then check phrases on the text itself, in that order.
    const sort = request.sort ?? 'relevance';
    // Plain string comparison: ISO dates sort as strings, and localeCompare costs a microsecond.
    const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const compare = (a: Matched, b: Matched) =>
      sort === 'date-desc'
        ? byDate(b.facts.date ?? '', a.facts.date ?? '') || b.score - a.score
        : sort === 'date-asc'
          ? byDate(a.facts.date ?? '9999', b.facts.date ?? '9999') || b.score - a.score
          : b.score - a.score || byDate(b.facts.date ?? '', a.facts.date ?? '');
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 20;
    let exact = true;
    let total = matched.length;
    const phrases = clauses.filter((c): c is Extract<QueryClause, { kind: 'phrase' }> => c.kind === 'phrase');
    // Phrase checks walk the results in order, so they need them all sorted; otherwise only the
    // page is needed, and sorting 10,000 letters for 20 costs more than the search itself.
    const facetsOf = phrases.length ? null : countFacets(matched.map((m) => m.facts));
    if (phrases.length) matched.sort(compare);
    else matched = firstInOrder(matched, offset + limit, compare);
    if (phrases.length) {
      // A common phrase in a large archive has thousands of candidates. Check them in result
      // order; once the page is full and the budget spent, estimate the rest from the rate seen.
      const prepared = phrases.map((clause) => ({ clause, pattern: phrasePattern(textTokens(clause.text).map((t) => t.word)) }));
      const verified: Matched[] = [];
      let checked = 0;
      for (const m of matched) {
        if (verified.length >= offset + limit && performance.now() - started > PHRASE_BUDGET_MS) break;
        checked++;
        if (await this.phrasesHold(m.id, this.directory.letter(m.id)?.metadata ?? null, prepared)) verified.push(m);
      }
      exact = checked === matched.length;
      total = exact ? verified.length : Math.round(verified.length + (verified.length / checked) * (matched.length - checked));
      matched = exact ? verified : [...verified, ...matched.slice(checked)];
    }

    // 4. Facets over everything matched (estimates when not exact), then the page.
    const facets = facetsOf ?? countFacets(matched.map((m) => m.facts));
    const page = matched.slice(offset, offset + limit);
    const matcher = queryMatcher(clauses, expansions);
    const hits: SearchHit[] = [];
    for (const m of page) {
      const entry = this.directory.letter(m.id);
      if (!entry) continue;
      const pages = (await this.directory.pages(m.id)) ?? [];
      const perPage = pages.map((text, i) => ({ number: i + 1, text, hits: clauses.length ? textHits(text, matcher) : [] }));
      const withHits = perPage.filter((p) => p.hits.length);
      hits.push({
        letter: entry.summary,
        metadata: entry.metadata,
        score: Math.round(m.score * 1000) / 1000,
        pages: withHits.map((p) => p.number),
        snippets: buildSnippets(withHits),
        matches: withHits.flatMap((p) => p.hits.map((h) => ({ page: p.number, start: h.start, end: h.end }))).slice(0, MAX_MATCHES),
      });
    }
    return ok({
      total,
      hits,
      facets,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
      // Letters still being read, and those read but waiting in a segment being built.
      pending: this.directory.pendingCount() + this.streamed,
      exact,
    });
  }

  /**
   * Fuzzy and wildcard terms, expanded once against the words of every segment. Expansions
   * depend only on the segments' words, so they are kept until the segments change (a user
   * refining a query repeats its terms).
   */
  private expand(clauses: readonly QueryClause[]): Map<string, string[]> {
    const expansions = new Map<string, string[]>();
    for (const clause of clauses) {
      if (clause.kind !== 'term' || !(clause.fuzzy || clause.wildcard)) continue;
      const key = expansionKey(clause);
      let found = this.expansionCache.get(key);
      if (!found) {
        const words = new Set<string>();
        for (const segment of this.segments.values()) for (const word of segment.expand(clause)) words.add(word);
        found = [...words].slice(0, MAX_EXPANSIONS * 2);
        if (this.expansionCache.size > 500) this.expansionCache.clear();
        this.expansionCache.set(key, found);
      }
      expansions.set(key, found);
    }
    return expansions;
  }

  private async phrasesHold(id: string, metadata: LetterMetadata | null, phrases: { clause: PhraseClause; pattern: RegExp }[]): Promise<boolean> {
    let pages: readonly string[] | null = null;
    for (const { clause: phrase, pattern } of phrases) {
      let texts: readonly string[];
      switch (phrase.field) {
        case 'subject':
          texts = [metadata?.subject?.value ?? ''];
          break;
        case 'sender':
          texts = [metadata?.sender?.value ?? ''];
          break;
        case 'recipient':
          texts = [metadata?.recipient?.value ?? ''];
          break;
        case 'reference':
          texts = [metadata?.reference?.value ?? '', metadata?.theirReference?.value ?? ''];
          break;
        case 'notes':
          texts = [this.directory.notesFor(id)];
          break;
        default:
          pages ??= (await this.directory.pages(id)) ?? [];
          texts = phrase.field === 'body' ? pages : [...pages, pages.join('\n'), metadata?.subject?.value ?? '', this.directory.notesFor(id)];
      }
      const found = texts.some((text) => pattern.test(foldText(text)));
      if (phrase.presence === 'not' ? found : !found) return false;
    }
    return true;
  }
}

/** The first `count` items in `compare` order (sorted), without sorting them all. */
export function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= count * 4) return [...items].sort(compare);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === count && compare(item, best[count - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(best[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}
