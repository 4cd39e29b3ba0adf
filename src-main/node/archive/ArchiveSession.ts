import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildLinkGraph, linksOf, type LetterLinks, type LinkGraph } from '../../core/search/letterLinks';
import type { ArchiveSummary, ProgressEvent } from '../../shared/contract/archive';
import { applyCorrections } from '../../core/letters/applyCorrections';
import { isIsoDate, type MetadataCorrectRequest } from '../../shared/contract/corrections';
import type { LetterMetadata } from '../../shared/contract/letterContent';
import type { LetterStatus, LetterSummary } from '../../shared/contract/letters';
import type { LetterContent, LettersChangedEvent } from '../../shared/contract/search';
import { fail, ok, type Result } from '../../shared/result';
import { LunrSearchService, SEGMENT_SIZE } from '../search/LunrSearchService';
import type { IndexedLetter, LetterDirectory, SearchService } from '../search/SearchService';
import { ContentCache } from './ContentCache';
import { CorrectionStore } from './CorrectionStore';
import { HashCache } from './HashCache';
import { hashFile } from './hashFile';
import type { ExtractionOutcome } from '../extract/ExtractionOutcome';
import { metadataOf, type LetterExtractor } from './letterExtractor';
import { defaultExtractor } from './poolExtractor';
import { metadataSummary } from './metadataSummary';
import { scanFolder, type ScannedFile } from './scanFolder';
import { sidecarLocation } from './sidecarLocation';
import { watchFolder } from './watchFolder';

type LetterEntry = { summary: LetterSummary; absolute: string };

/** How often a long first read saves the catalog of letters read so far. */
const CATALOG_SAVE_MS = 5000;

/** The user's note texts per letter, provided by the notes room. */
export type NotesProvider = { textFor(letterId: string): string };

export type ArchiveOptions = {
  /** Reads letters; defaults to the worker pool (in-thread pdf.js when the pool is not built). */
  extractor?: LetterExtractor;
  notes?: NotesProvider;
  /** Watch the folder while open (the app and `serve`; not `index` or `search`). */
  watch?: boolean;
  onLettersChanged?: (event: LettersChangedEvent) => void;
};

/**
 * One open archive: its root, its sidecar and the letters found in it, by id (content hash).
 * Opening scans and identifies the letters (hash cache: unchanged files are not read), loads the
 * persisted index, and then reads new letters and indexes them in the background (`ready`).
 */
export class ArchiveSession {
  /** Resolves when every letter found so far has been read and indexed. */
  ready: Promise<void> = Promise.resolve();
  private queue: Promise<unknown> = Promise.resolve();
  private search!: SearchService;
  private stopWatching: () => void = () => {};
  private closed = false;
  private links: { graph: LinkGraph; version: number } | null = null;
  private version = 0;
  private readonly extractor: LetterExtractor;
  /** Passwords of letters unlocked in this session, by id: memory only, never on disk. */
  private readonly passwords = new Map<string, string>();
  /** What the last reading could not save (a full disk), for the command line; null when all was. */
  private lastProblem: string | null = null;
  /** The user's metadata corrections (metadata-overrides.json), loaded at open. */
  private corrections!: CorrectionStore;

  private constructor(
    readonly root: string,
    readonly sidecar: string,
    readonly sidecarElsewhere: boolean,
    private readonly letters: Map<string, LetterEntry>,
    private readonly hashes: HashCache,
    private readonly cache: ContentCache,
    private readonly onProgress: (event: ProgressEvent) => void,
    private readonly options: ArchiveOptions,
  ) {
    this.extractor = options.extractor ?? defaultExtractor();
  }

  /** Opens `folder`: scans it, identifies every letter, loads the index, reports progress. */
  static async open(
    folder: string,
    appDataDir: string,
    onProgress: (event: ProgressEvent) => void,
    options: ArchiveOptions = {},
  ): Promise<Result<ArchiveSession>> {
    let root: string;
    try {
      root = await fs.realpath(folder);
      const stat = await fs.stat(root);
      if (!stat.isDirectory()) return fail('not-a-folder', `"${folder}" is geen map.`);
    } catch {
      return fail('not-found', `De map "${folder}" bestaat niet of kan niet worden gelezen.`);
    }
    const sidecar = await sidecarLocation(root, appDataDir);
    onProgress({ phase: 'scan', done: 0, total: 0 });
    // The scan waits on the disk (stats run in libuv's threads) while the caches and the index
    // are parsed on this thread: at 10,000 letters each takes a few hundred milliseconds.
    const scanning = scanFolder(root);
    const [cache, hashes] = await Promise.all([ContentCache.open(path.join(sidecar.dir, 'cache')), HashCache.load(path.join(sidecar.dir, 'cache', 'hashes.json'))]);
    const session = new ArchiveSession(root, sidecar.dir, sidecar.elsewhere, new Map(), hashes, cache, onProgress, options);
    // A first open will read every letter: load pdf.js in the workers while the folder is scanned
    // and hashed. A reopen reads none, so it starts no worker.
    if (cache.isEmpty()) session.extractor.warm?.();
    const searching = LunrSearchService.open(path.join(sidecar.dir, 'index'), session.directory());
    session.corrections = await CorrectionStore.load(sidecar.dir);
    // A reopen lists the letters as the hash cache knew them at the last close and is searchable
    // at once; the scan (a stat per file, ~0.5 s at 10,000 letters) then verifies that list in the
    // background, and what changed meanwhile is read, indexed and announced as letters:changed.
    const known = hashes.knownFiles(root);
    await session.identify(known.length ? known : await scanning);
    session.search = await searching;
    session.ready = known.length ? session.update(scanning).then(() => undefined) : session.enqueue(() => session.catchUp());
    if (options.watch) session.stopWatching = watchFolder(root, () => void session.refresh());
    return ok(session);
  }

  /** Finds the id of every scanned file (hash cache first), keeping known statuses. */
  private async identify(files: readonly ScannedFile[]): Promise<{ added: string[]; moved: string[]; removed: string[] }> {
    const started = Date.now();
    const found = new Map<string, LetterEntry>();
    // Known files first, without a promise each (10,000 awaits cost a reopen ~50 ms); only the
    // new or changed ones are read and hashed.
    const ids = files.map((file) => this.hashes.get(file.relative, file.size, file.mtimeMs));
    let done = ids.filter(Boolean).length;
    const toHash = files.flatMap((file, i) => (ids[i] ? [] : [i]));
    await mapLimit(toHash, 8, async (i) => {
      const file = files[i]!;
      const id = (await hashFile(file.absolute).catch(() => null)) ?? undefined;
      if (id) this.hashes.set(file.relative, file.size, file.mtimeMs, id);
      ids[i] = id;
      done++;
      if (done % 50 === 0 || done === files.length) {
        this.onProgress({ phase: 'scan', done, total: files.length, current: file.relative, etaMs: eta(started, done, files.length) });
      }
    });
    if (!toHash.length) this.onProgress({ phase: 'scan', done, total: files.length });
    files.forEach((file, i) => {
      const id = ids[i];
      if (!id || found.has(id)) return;
      found.set(id, {
        absolute: file.absolute,
        summary: {
          id,
          path: file.relative,
          name: path.basename(file.relative),
          size: file.size,
          modified: new Date(file.mtimeMs).toISOString(),
          kind: file.kind,
          status: this.cache.entry(id)?.status ?? 'pending',
        },
      });
    });
    this.hashes.retain(new Set(files.map((f) => f.relative)));
    await this.hashes.save().catch(() => undefined);
    const added = [...found.keys()].filter((id) => !this.letters.has(id));
    const removed = [...this.letters.keys()].filter((id) => !found.has(id));
    const moved = [...found.keys()].filter((id) => this.letters.has(id) && this.letters.get(id)!.summary.path !== found.get(id)!.summary.path);
    for (const id of removed) this.letters.delete(id);
    for (const [id, entry] of found) {
      const existing = this.letters.get(id);
      if (existing) Object.assign(existing, { absolute: entry.absolute, summary: { ...entry.summary, status: existing.summary.status } });
      else this.letters.set(id, entry);
    }
    if (added.length || removed.length || moved.length) this.version++;
    return { added, moved, removed };
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Reads the letters not in the cache, indexes those not in the index, drops the gone. A letter
   * read now goes into the index as it arrives (its pages are in hand), while the workers read the
   * next ones: a cold index ends with the last letter read, not with a pass over all of them.
   */
  private async catchUp(): Promise<void> {
    const toRead = [...this.letters.values()].filter((e) => !this.cache.entry(e.summary.id));
    const started = Date.now();
    let done = 0;
    let catalogSaved = Date.now();
    const stream = this.search.stream();
    // What could not be written (a full disk): the first error, and the letters it left unread.
    const unsaved = { error: null as unknown, letters: 0 };
    // Three letters per worker in flight: while a result is cached and indexed here, the worker
    // already reads the next letter instead of waiting for it.
    await mapLimit(toRead, Math.max(1, this.extractor.parallelism) * 3, async (entry) => {
      if (this.closed) return;
      // Once a write failed, the rest is not read: it could not be kept either. It stays
      // 'pending' and is read at the next open or change, when there is room again.
      if (unsaved.error) return void unsaved.letters++;
      const outcome = await this.read(entry);
      if (this.closed) return; // an outcome cut short by closing must not be cached
      const { id } = entry.summary;
      try {
        await this.keep(id, outcome);
      } catch (error) {
        unsaved.error ??= error;
        return void unsaved.letters++;
      }
      entry.summary.status = outcome.status;
      if (outcome.status === 'ok') {
        await stream.add({ id, pages: outcome.text.pages.map((page) => page.text), metadata: this.metadataOf(id), notes: this.notesFor(id) }).catch((error: unknown) => {
          unsaved.error ??= error; // searchable now; indexed from the cache at the next open
        });
      }
      done++;
      // The catalog says which letters are done; saved every few seconds (not per hundred letters:
      // at 10,000 letters that wrote the growing catalog a hundred times).
      if (Date.now() - catalogSaved > CATALOG_SAVE_MS) {
        catalogSaved = Date.now();
        await this.cache.saveCatalog().catch((error: unknown) => (unsaved.error ??= error));
      }
      this.onProgress({ phase: 'extract', done, total: toRead.length, current: entry.summary.path, etaMs: eta(started, done, toRead.length) });
    });
    await this.cache.saveCatalog().catch((error: unknown) => (unsaved.error ??= error));
    if (toRead.length) this.version++;
    // The workers' memory is not needed while the last segment is built.
    await this.extractor.release?.();
    if (toRead.length) this.onProgress({ phase: 'index', done: toRead.length, total: toRead.length });
    await stream.commit().catch((error: unknown) => (unsaved.error ??= error));

    if (this.closed) return;
    this.lastProblem = unsaved.error ? this.unsavedMessage(unsaved.error, unsaved.letters) : null;
    if (this.lastProblem) {
      // Nothing more is written now; what was read and indexed stays usable in this session.
      this.onProgress({ phase: 'done', done: this.letters.size, total: this.letters.size, problem: this.lastProblem });
      return;
    }
    const indexed = this.search.indexedIds();
    const gone = [...indexed].filter((id) => !this.letters.has(id));
    if (gone.length) await this.search.remove(gone);
    // Letters read at an earlier open but not indexed then (closed halfway, or an index lost).
    const toIndex = [...this.letters.values()].filter((e) => e.summary.status === 'ok' && !indexed.has(e.summary.id)).map((e) => e.summary.id);
    await this.index(toIndex);
    await this.rereadStale();
    await this.cache.prunePacks().catch(() => undefined);
    this.search.prime?.();
    this.onProgress({ phase: 'done', done: this.letters.size, total: this.letters.size });
  }

  /** What a failed write means for the user, in one sentence they can act on. */
  private unsavedMessage(error: unknown, unread: number): string {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const left = unread ? ` ${unread === 1 ? 'Eén brief is' : `${unread} brieven zijn`} nog niet gelezen; Leeszaal leest ${unread === 1 ? 'hem' : 'ze'} zodra er weer ruimte is (bij het opnieuw openen van het archief).` : '';
    if (code === 'ENOSPC' || code === 'EDQUOT') return `De schijf is vol: Leeszaal kan de gelezen tekst en de zoekindex niet meer opslaan in ${this.sidecar}.${left} Maak ruimte vrij; uw notities zijn niet aangetast.`;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `Leeszaal mag niet meer schrijven in ${this.sidecar}.${left} Uw notities zijn niet aangetast.`;
    return `De gelezen tekst of de zoekindex kon niet worden opgeslagen in ${this.sidecar} (${code ?? (error instanceof Error ? error.message : String(error))}).${left}`;
  }

  /**
   * Reads again the letters cached by another EXTRACTION_VERSION, after new letters are
   * searchable; until then their old text and metadata serve. Ids stay (content hashes), so
   * notes and corrections stay with them; the index gets their new text.
   */
  private async rereadStale(): Promise<void> {
    const stale = [...this.letters.values()].filter((e) => this.cache.isStale(e.summary.id));
    if (!stale.length || this.closed) return;
    const started = Date.now();
    const toIndex: string[] = [];
    const unreadable: string[] = [];
    let done = 0;
    await mapLimit(stale, Math.max(1, this.extractor.parallelism), async (entry) => {
      if (this.closed) return;
      const { id } = entry.summary;
      const password = this.passwords.get(id);
      const outcome = await this.read(entry, password);
      if (this.closed) return;
      done++;
      this.onProgress({ phase: 'extract', done, total: stale.length, current: entry.summary.path, etaMs: eta(started, done, stale.length) });
      // A letter unlocked in an earlier session comes back encrypted without its password: its
      // old text is better than none (it is tried again at the next open).
      if (outcome.status === 'encrypted' && entry.summary.status === 'ok') return;
      await this.keep(id, outcome);
      if (outcome.status === 'ok') toIndex.push(id);
      else if (entry.summary.status === 'ok') unreadable.push(id);
      entry.summary.status = outcome.status;
    });
    await this.cache.saveCatalog();
    this.version++;
    await this.extractor.release?.();
    if (this.closed) return;
    if (unreadable.length) await this.search.remove(unreadable);
    await this.index(toIndex);
  }

  /**
   * Reads a letter. The pool's worker appends a readable letter's cache entry to its pack itself
   * (without the copies and thread hops the main thread would need); `keep` then lists it. Only
   * a readable letter is written there, and an unlisted entry is never read: an encrypted re-read
   * must not replace the text a letter unlocked earlier still has (rereadStale).
   */
  private read(entry: LetterEntry, password?: string): Promise<ExtractionOutcome> {
    return this.extractor.extract({ absolute: entry.absolute, kind: entry.summary.kind, ...(password === undefined ? {} : { password }), store: this.cache.target() });
  }

  /** Lists what `read` gave in the cache, writing the file unless the worker did. */
  private async keep(id: string, outcome: ExtractionOutcome): Promise<void> {
    const entry = { status: outcome.status, ...(outcome.message ? { message: outcome.message } : {}) };
    if (outcome.stored) this.cache.record(id, { ...entry, metadata: outcome.metadata ?? null }, outcome.stored);
    else await this.cache.put(id, { ...entry, metadata: metadataOf(outcome), text: outcome.text });
  }

  private async index(ids: readonly string[]): Promise<void> {
    const started = Date.now();
    for (let i = 0; i < ids.length; i += SEGMENT_SIZE) {
      const batch: IndexedLetter[] = [];
      for (const id of ids.slice(i, i + SEGMENT_SIZE)) {
        const pages = await this.cache.pages(id);
        if (pages) batch.push({ id, pages, metadata: this.metadataOf(id), notes: this.notesFor(id) });
      }
      this.onProgress({ phase: 'index', done: i, total: ids.length, etaMs: eta(started, i, ids.length) });
      await this.search.upsert(batch);
    }
    if (ids.length) this.onProgress({ phase: 'index', done: ids.length, total: ids.length });
  }

  /** Rescans the folder and brings cache and index up to date; tells who listens what changed. */
  refresh(): Promise<LettersChangedEvent> {
    return this.update(scanFolder(this.root));
  }

  /** Brings the archive up to date with a scan (started by the caller). */
  private update(scanning: Promise<ScannedFile[]>): Promise<LettersChangedEvent> {
    return this.enqueue(async () => {
      const change = await this.identify(await scanning);
      await this.catchUp();
      const event = { added: change.added, changed: change.moved, removed: change.removed };
      if (event.added.length || event.changed.length || event.removed.length) this.options.onLettersChanged?.(event);
      return event;
    });
  }

  /** Indexes these letters again with their current notes and metadata (call when either changed). */
  reindexNotes(ids: readonly string[]): Promise<void> {
    return this.enqueue(async () => {
      const known = ids.filter((id) => this.letters.get(id)?.summary.status === 'ok');
      const batch: IndexedLetter[] = [];
      for (const id of known) {
        const pages = await this.cache.pages(id);
        if (pages) batch.push({ id, pages, metadata: this.metadataOf(id), notes: this.notesFor(id) });
      }
      await this.search.upsert(batch);
    });
  }

  /** A letter's metadata as extracted, with the user's corrections laid over it. */
  private metadataOf(id: string): LetterMetadata | null {
    return applyCorrections(this.cache.entry(id)?.metadata ?? null, this.corrections.for(id));
  }

  /**
   * Keeps (or with value null removes) the user's correction of one metadata field, signed by
   * `author`; the letter is indexed again so that search, facets and links use the new value.
   */
  async correct({ id, field, value }: MetadataCorrectRequest, author: string): Promise<Result<{ id: string; metadata: LetterMetadata | null }>> {
    const entry = this.letters.get(id);
    if (!entry) return fail('not-found', 'Deze brief staat niet (meer) in het archief.');
    if (field === 'date' && value !== null && !isIsoDate(value)) {
      return fail('bad-request', `"${value}" is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2019-06-19.`);
    }
    const saved = await this.corrections.set(id, field, value, author);
    if (!saved.ok) return saved;
    this.version++;
    // Indexed again after whatever reading is under way (a first index can take minutes): the
    // list, content and links show the correction at once, search once `idle()` resolves.
    if (entry.summary.status === 'ok') void this.reindexNotes([id]).catch(() => undefined);
    const content = await this.content(id);
    return ok({ id, metadata: content.ok ? content.value.metadata : this.metadataOf(id) });
  }

  /**
   * Reads an encrypted letter again with its password, caches its text and metadata and indexes
   * it. The password stays in this session's memory only (to read the letter again should the
   * extraction change while open); it is never written to disk.
   */
  async unlock(id: string, password: string): Promise<Result<{ id: string; status: LetterStatus }>> {
    const entry = this.letters.get(id);
    if (!entry) return fail('not-found', 'Deze brief staat niet (meer) in het archief.');
    if (entry.summary.status === 'ok') return ok({ id, status: 'ok' });
    if (entry.summary.kind !== 'pdf') return fail('bad-request', 'Alleen een PDF kan met een wachtwoord beveiligd zijn.');
    const outcome = await this.read(entry, password);
    if (outcome.status === 'encrypted') return fail('encrypted', 'Het wachtwoord klopt niet.');
    if (this.closed) return fail('no-archive', 'Het archief is gesloten.');
    this.passwords.set(id, password);
    await this.keep(id, outcome);
    await this.cache.saveCatalog();
    entry.summary.status = outcome.status;
    this.version++;
    // Indexed after whatever reading is under way (see correct); `idle()` resolves when done.
    if (outcome.status === 'ok') void this.reindexNotes([id]).catch(() => undefined);
    return ok({ id, status: outcome.status });
  }

  private notesFor(id: string): string {
    return this.options.notes?.textFor(id) ?? '';
  }

  private directory(): LetterDirectory {
    return {
      letter: (id) => {
        const entry = this.letters.get(id);
        return entry && { summary: entry.summary, metadata: this.metadataOf(id) };
      },
      pages: (id) => this.cache.pages(id),
      notesFor: (id) => this.notesFor(id),
      pendingCount: () => {
        let pending = 0;
        for (const entry of this.letters.values()) if (entry.summary.status === 'pending') pending++;
        return pending;
      },
    };
  }

  /** What the last reading could not save (ProgressEvent.problem), or null. */
  problem(): string | null {
    return this.lastProblem;
  }

  /** Resolves when every queued reading and indexing task has finished. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** The search behind this archive. */
  searchService(): SearchService {
    return this.search;
  }

  /** Stops watching and reading (letters in hand are finished, the rest waits for next time). */
  async close(): Promise<void> {
    this.closed = true;
    this.stopWatching();
    await this.queue;
    await this.search.close();
    await this.extractor.close();
  }

  summary(): ArchiveSummary {
    return {
      root: this.root,
      name: path.basename(this.root),
      letterCount: this.letters.size,
      sidecar: this.sidecar,
      sidecarElsewhere: this.sidecarElsewhere,
    };
  }

  /** Every letter with its status and a summary of its metadata. */
  list(): LetterSummary[] {
    return [...this.letters.values()].map(({ summary }) => {
      const metadata = this.metadataOf(summary.id);
      return metadata ? { ...summary, metadata: metadataSummary(metadata) } : { ...summary };
    });
  }

  /** Text, metadata and status of one letter. */
  async content(id: string): Promise<Result<LetterContent>> {
    const entry = this.letters.get(id);
    if (!entry) return fail('not-found', 'Deze brief staat niet (meer) in het archief.');
    if (entry.summary.status === 'pending') return ok({ id, status: 'pending', text: null, metadata: null });
    const cached = await this.cache.content(id);
    if (!cached) {
      // Listed but unreadable (torn by a power cut, a pack pruned by another process): read the
      // letter again rather than show it empty for good.
      if (this.cache.forget(id)) {
        entry.summary.status = 'pending';
        this.version++;
        void this.enqueue(() => this.catchUp()).catch(() => undefined);
      }
      return ok({ id, status: 'pending', text: null, metadata: null });
    }
    return ok({ id, status: cached.status, text: cached.status === 'ok' ? cached.text : null, metadata: applyCorrections(cached.metadata, this.corrections.for(id)) });
  }

  /** Citations and reply threads of one letter inside this archive. */
  linksOf(id: string): Result<LetterLinks> {
    if (!this.letters.has(id)) return fail('not-found', 'Deze brief staat niet (meer) in het archief.');
    if (!this.links || this.links.version !== this.version) {
      const graph = buildLinkGraph(
        [...this.letters.values()].map((e) => ({ id: e.summary.id, path: e.summary.path, metadata: this.metadataOf(e.summary.id) })),
      );
      this.links = { graph, version: this.version };
    }
    return ok(linksOf(this.links.graph, id));
  }

  /**
   * The one checked door to a letter's bytes (STYLE.md 8): an id, never a path, resolved to a
   * real path that must lie inside the archive root.
   */
  async bytes(id: string): Promise<Result<Uint8Array<ArrayBuffer>>> {
    const entry = this.letters.get(id);
    if (!entry) return fail('not-found', 'Deze brief staat niet (meer) in het archief.');
    let real: string;
    try {
      real = await fs.realpath(entry.absolute);
    } catch {
      return fail('not-found', `"${entry.summary.path}" is verplaatst of verwijderd.`);
    }
    if (!isInside(this.root, real)) {
      return fail('not-allowed', `"${entry.summary.path}" wijst naar een plek buiten het archief.`);
    }
    try {
      return ok(new Uint8Array(await fs.readFile(real)));
    } catch {
      return fail('unreadable', `"${entry.summary.path}" kan niet worden gelezen.`);
    }
  }
}

function eta(started: number, done: number, total: number): number {
  return done ? Math.round(((Date.now() - started) / done) * (total - done)) : 0;
}

/** Maps with at most `limit` calls in flight, keeping the order of results. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/** True when `candidate` is `root` or lies beneath it (both real paths). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
