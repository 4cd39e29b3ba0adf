import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fromCollection, toCollection, type ReadCollection } from '../../core/notes/annotationCollection';
import { NOTES_SCHEMA_VERSION } from '../../core/notes/w3cVocabulary';
import type { Note } from '../../shared/contract/notes';
import { fail, ok, type Result } from '../../shared/result';
import { writeFileAtomic } from '../writeFileAtomic';
import { LockTimeout, withFileLock } from './withFileLock';

export const NOTES_FILE = 'annotations.jsonld';
export const BACKUP_FILE = 'annotations.jsonld.bak';
const LOCK_FILE = 'annotations.jsonld.lock';

/** The notes of an archive as read, with what the user must be told about the file. */
export type StoredNotes = ReadCollection & { warning?: string };

type Snapshot = { key: string; notes: StoredNotes };

/**
 * The notes of one archive in `<sidecar>/annotations.jsonld` (DESIGN.md "The archive on disk").
 * Every change is made under a lock file on the latest version on disk (reload, apply, write),
 * so two windows or processes never overwrite each other's notes. Writes are atomic and the
 * previous version stays as `annotations.jsonld.bak`. A damaged file is never overwritten: it is
 * renamed aside, reported, and the backup is used.
 */
export class NoteStore {
  readonly file: string;
  private readonly backup: string;
  private readonly lock: string;
  private cached: Snapshot | null = null;
  private warning: string | undefined;

  constructor(
    readonly sidecar: string,
    private readonly label: string,
  ) {
    this.file = path.join(sidecar, NOTES_FILE);
    this.backup = path.join(sidecar, BACKUP_FILE);
    this.lock = path.join(sidecar, LOCK_FILE);
  }

  /** The notes as they are on disk now (re-read only when the file changed). */
  async read(): Promise<Result<StoredNotes>> {
    try {
      const notes = await this.load(false);
      return ok(notes);
    } catch (error) {
      return failure(error);
    }
  }

  /**
   * Applies `change` to the latest notes on disk and writes the result, under the lock.
   * `change` returns the new list, or a failure that leaves the file as it is.
   */
  async mutate<T>(change: (notes: readonly Note[]) => Result<{ notes: Note[]; value: T }>): Promise<Result<T>> {
    await fs.mkdir(this.sidecar, { recursive: true }).catch(() => undefined);
    try {
      return await withFileLock(this.lock, async () => {
        const current = await this.load(true);
        if (current.schemaVersion > NOTES_SCHEMA_VERSION) {
          return fail('read-only', 'De notities van dit archief zijn gemaakt met een nieuwere versie van Leeszaal. Werk Leeszaal bij om ze te wijzigen.');
        }
        const changed = change(current.notes);
        if (!changed.ok) return changed;
        const json = `${JSON.stringify(toCollection(changed.value.notes, this.label, current), null, 2)}\n`;
        const previous = await readIfExists(this.file);
        // Only a readable file becomes the backup: a damaged one has been set aside by load().
        if (previous !== null) await writeFileAtomic(this.backup, previous);
        await writeFileAtomic(this.file, json);
        this.cached = null;
        return ok(changed.value.value);
      });
    } catch (error) {
      return failure(error);
    }
  }

  private async load(locked: boolean): Promise<StoredNotes> {
    const stat = await fs.stat(this.file).catch(() => null);
    const key = stat ? `${stat.mtimeMs}:${stat.size}:${stat.ino}` : 'none';
    if (this.cached?.key === key) return this.cached.notes;
    const text = stat ? await readIfExists(this.file) : null;
    const parsed = text === null ? null : parse(text);
    if (text !== null && parsed === null && !locked) {
      // Damaged: recover under the lock, so that two windows do not both set it aside.
      return withFileLock(this.lock, () => this.load(true));
    }
    let notes: StoredNotes = parsed ?? (text === null ? await this.fromBackupWhenMissing() : await this.recover());
    if (this.warning) notes = { ...notes, warning: this.warning };
    if (notes.skipped.length > 0 && !notes.warning) {
      notes = { ...notes, warning: `${notes.skipped.length} aantekening(en) in ${NOTES_FILE} kon Leeszaal niet lezen; ze blijven bewaard.` };
    }
    const after = await fs.stat(this.file).catch(() => null);
    this.cached = { key: after ? `${after.mtimeMs}:${after.size}:${after.ino}` : 'none', notes };
    return notes;
  }

  /** Sets the damaged file aside, puts the backup in its place and remembers to say so. */
  private async recover(): Promise<StoredNotes> {
    const text = await readIfExists(this.file);
    const again = text === null ? null : parse(text);
    if (again) return again; // repaired by another window meanwhile
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const aside = path.join(this.sidecar, `annotations.beschadigd-${stamp}.jsonld`);
    if (text !== null) await fs.rename(this.file, aside);
    const backupText = await readIfExists(this.backup);
    const fromBackup = backupText === null ? null : parse(backupText);
    if (fromBackup && backupText !== null) {
      await writeFileAtomic(this.file, backupText);
      this.warning = `Het notitiebestand was beschadigd en is apart gezet als ${path.basename(aside)}. Leeszaal gebruikt de vorige versie (reservekopie); controleer uw laatste notities.`;
      return fromBackup;
    }
    this.warning = `Het notitiebestand was beschadigd en is apart gezet als ${path.basename(aside)}; er was geen bruikbare reservekopie. Neem contact op met de helpdesk om het te herstellen.`;
    return empty();
  }

  /** No notes file but a backup: the file was lost between versions; use the backup. */
  private async fromBackupWhenMissing(): Promise<StoredNotes> {
    const backupText = await readIfExists(this.backup);
    const fromBackup = backupText === null ? null : parse(backupText);
    return fromBackup ?? empty();
  }
}

function parse(text: string): StoredNotes | null {
  try {
    return fromCollection(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return null;
  }
}

const empty = (): StoredNotes => ({ notes: [], originals: new Map(), schemaVersion: NOTES_SCHEMA_VERSION, skipped: [], unreadable: [] });

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function failure(error: unknown): Result<never> {
  if (error instanceof LockTimeout) {
    return fail('not-allowed', 'De notities worden op dit moment door een ander venster opgeslagen. Probeer het zo opnieuw.');
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return fail('disk-full', 'De schijf is vol; de notitie is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return fail('read-only', 'Leeszaal mag de notities van dit archief niet opslaan (geen schrijfrechten).');
  }
  throw error;
}
