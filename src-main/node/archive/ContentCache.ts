// Extracted text and metadata per letter, keyed by content hash, in `<sidecar>/cache/`
// (DESIGN.md "The archive on disk"): one `<id>.json` per letter (status, text with positions,
// metadata); search takes the page texts from it. A catalog (`letters.json`) holds status and
// metadata of every letter, so that reopening an archive reads one file instead of 10,000.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { LetterMetadata } from '../../shared/contract/letterContent';
import { EXTRACTION_VERSION } from '../extract/extractionVersion';
import { writeFileAtomic } from '../writeFileAtomic';
import { cacheFileText, readPackEntry, writeCacheFile, type CacheTarget, type CachedContent, type PackLocation } from './cacheFile';

export type { CachedContent } from './cacheFile';

/**
 * Bump when the layout of the cache files changes (the old cache is then ignored whole). When only
 * what extraction produces changes, bump EXTRACTION_VERSION instead: letters are read again in
 * the background while their old entries still serve.
 */
export const CACHE_FORMAT = 1;

export type CatalogEntry = Omit<CachedContent, 'text'> & {
  /** Where the letter's entry lies in a pack; without it, in its own file (see cacheFile.ts). */
  at?: PackLocation;
  /**
   * EXTRACTION_VERSION that produced this entry, only when it is not the catalog's own (which is
   * the current one once saved): entries of an older extraction are read again in the background.
   */
  extraction?: number;
};

/**
 * Page texts of this many recently used letters stay in memory (snippets, phrase checks): about
 * 10 MB at 5 kB of text per letter. A letter not in it costs one small file read.
 */
const PAGE_CACHE_LETTERS = 2000;

/**
 * Metadata without the provenance of each field: the catalog is read whole at every open, and
 * sources (page and rectangle per field) doubled it. letter:content gives them from `<id>.json`.
 */
function withoutSources(metadata: LetterMetadata | null): LetterMetadata | null {
  if (!metadata) return null;
  const slim = { ...metadata } as Record<string, unknown>;
  for (const [key, value] of Object.entries(slim)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && 'source' in value) {
      const { source: _source, ...rest } = value as Record<string, unknown>;
      slim[key] = rest;
    }
  }
  return slim as LetterMetadata;
}

export class ContentCache {
  private catalogChanged = false;
  private readonly pageCache = new Map<string, readonly string[]>();

  private constructor(
    readonly dir: string,
    private readonly catalog: Map<string, CatalogEntry>,
  ) {}

  /** Opens the cache folder and reads its catalog. */
  static async open(dir: string): Promise<ContentCache> {
    await fs.mkdir(dir, { recursive: true });
    let entries = new Map<string, CatalogEntry>();
    try {
      const json = JSON.parse(await fs.readFile(path.join(dir, 'letters.json'), 'utf8')) as { format: number; extraction?: number; letters: Record<string, CatalogEntry> };
      if (json.format === CACHE_FORMAT) entries = new Map(Object.entries(json.letters));
      // A catalog saved by another extraction version (none: before the stamp existed) stamps its
      // entries with it, so they stay stale when the catalog is saved again as the current one.
      const stamped = json.extraction ?? 0;
      if (stamped !== EXTRACTION_VERSION) for (const entry of entries.values()) entry.extraction ??= stamped;
    } catch {
      // No catalog yet (or damaged): every letter is read again.
    }
    const cache = new ContentCache(dir, entries);
    // Catalogs written before sources were left out are slimmed once.
    const first = entries.values().next().value;
    if (first?.metadata && Object.values(first.metadata).some((v) => typeof v === 'object' && v !== null && 'source' in v)) {
      for (const entry of entries.values()) entry.metadata = withoutSources(entry.metadata);
      cache.catalogChanged = true;
    }
    return cache;
  }

  /** Status and metadata of a letter that was read before. */
  entry(id: string): CatalogEntry | undefined {
    return this.catalog.get(id);
  }

  private file(id: string): string {
    return path.join(this.dir, id.slice(0, 2), `${id}.json`);
  }

  /** True when no letter has been read into this cache yet (a first open). */
  isEmpty(): boolean {
    return this.catalog.size === 0;
  }

  /** True when the letter was read by another version of extraction than this one. */
  isStale(id: string): boolean {
    const extraction = this.catalog.get(id)?.extraction;
    return extraction !== undefined && extraction !== EXTRACTION_VERSION;
  }

  /** Stores what extraction (of the current EXTRACTION_VERSION) gave for a letter, in its own file. */
  async put(id: string, content: CachedContent): Promise<void> {
    await writeCacheFile(this.file(id), this.catalog.has(id), cacheFileText(content));
    this.record(id, content);
  }

  /** Where an extraction worker appends what it read (then `record` lists it). */
  target(): CacheTarget {
    return { packs: this.packs };
  }

  private get packs(): string {
    return path.join(this.dir, 'packs');
  }

  /** Lists a letter with this status and metadata, whose entry was written `at` a pack (or by put). */
  record(id: string, content: Omit<CachedContent, 'text'>, at?: PackLocation): void {
    this.catalog.set(id, { status: content.status, ...(content.message ? { message: content.message } : {}), metadata: withoutSources(content.metadata), ...(at ? { at } : {}) });
    this.catalogChanged = true;
    // Not kept: a cold index of 10,000 letters held every page text until the end (peak memory);
    // queries read them back through the LRU below.
    this.pageCache.delete(id);
  }

  /** Unlists a letter whose entry cannot be read, so that it is read again; false if not listed. */
  forget(id: string): boolean {
    this.pageCache.delete(id);
    this.catalogChanged = true;
    return this.catalog.delete(id);
  }

  /** Text with positions, status and metadata of a letter, or null when not cached. */
  async content(id: string): Promise<CachedContent | null> {
    const at = this.catalog.get(id)?.at;
    if (at) return readPackEntry(this.packs, at);
    try {
      return JSON.parse(await fs.readFile(this.file(id), 'utf8')) as CachedContent;
    } catch {
      return null;
    }
  }

  /** The page texts of a letter (a small in-memory cache keeps the recent ones). */
  async pages(id: string): Promise<readonly string[] | null> {
    const cached = this.pageCache.get(id);
    if (cached) {
      this.pageCache.delete(id); // most recently used last
      this.pageCache.set(id, cached);
      return cached;
    }
    const content = await this.content(id);
    if (!content) return null;
    const pages = content.text.pages.map((page) => page.text);
    this.remember(id, pages);
    return pages;
  }

  private remember(id: string, pages: readonly string[]): void {
    if (this.pageCache.size >= PAGE_CACHE_LETTERS) this.pageCache.delete(this.pageCache.keys().next().value!);
    this.pageCache.set(id, pages);
  }

  /**
   * Deletes the packs no listed letter points into any more (every letter in them read again, or
   * gone), here or in the catalog on disk, once they are older than `quietMs`: a pack still being
   * written (by this process's workers, or by `leeszaal index` in another) is young, and its
   * letters are not listed yet.
   */
  async prunePacks(quietMs = 10 * 60_000): Promise<void> {
    const used = new Set<string>();
    for (const entry of this.catalog.values()) if (entry.at) used.add(entry.at[0]);
    // The catalog on disk too: another Leeszaal on this folder (the app and `leeszaal index`)
    // may have saved one that points into packs this one never listed.
    try {
      const saved = JSON.parse(await fs.readFile(path.join(this.dir, 'letters.json'), 'utf8')) as { letters?: Record<string, CatalogEntry> };
      for (const entry of Object.values(saved.letters ?? {})) if (Array.isArray(entry.at)) used.add(String(entry.at[0]));
    } catch {
      // No catalog on disk, or a damaged one: ours is all there is.
    }
    const names = await fs.readdir(this.packs).catch(() => [] as string[]);
    await Promise.all(
      names
        .filter((name) => name.endsWith('.pack') && !used.has(name))
        .map(async (name) => {
          const file = path.join(this.packs, name);
          const stat = await fs.stat(file).catch(() => null);
          if (stat && Date.now() - stat.mtimeMs >= quietMs) await fs.rm(file, { force: true });
        }),
    );
  }

  /** Writes the catalog when it changed. */
  async saveCatalog(): Promise<void> {
    if (!this.catalogChanged) return;
    this.catalogChanged = false;
    await writeFileAtomic(path.join(this.dir, 'letters.json'), JSON.stringify({ format: CACHE_FORMAT, extraction: EXTRACTION_VERSION, letters: Object.fromEntries(this.catalog) }));
  }
}
