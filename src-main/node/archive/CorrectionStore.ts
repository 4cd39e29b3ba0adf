// The user's corrections to extracted metadata, in `<sidecar>/metadata-overrides.json` (DESIGN.md
// "The archive on disk"), keyed by letter id (content hash), so they travel with the folder and
// follow a renamed or moved letter. Human-readable: a reviewer can see who corrected what, when.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FieldCorrection, LetterCorrections } from '../../core/letters/applyCorrections';
import { isIsoDate } from '../../shared/contract/corrections';
import type { MetadataField } from '../../shared/contract/letterContent';
import { fail, ok, type Result } from '../../shared/result';
import { LockTimeout, withFileLock } from '../notes/withFileLock';
import { writeFileAtomic } from '../writeFileAtomic';

export const CORRECTIONS_FILE = 'metadata-overrides.json';
const FORMAT = 1;

type CorrectionsFile = { format: number; letters: Record<string, LetterCorrections> };

/**
 * Reads and changes metadata-overrides.json. A change is made under a lock file on the latest
 * version on disk (another window or process may have corrected another letter) and written
 * atomically; a damaged file is set aside as `.damaged`, never overwritten in place.
 */
export class CorrectionStore {
  private constructor(
    readonly file: string,
    private letters: Map<string, LetterCorrections>,
  ) {}

  /** Reads the corrections of the archive whose sidecar is `sidecar` (none when there is no file). */
  static async load(sidecar: string): Promise<CorrectionStore> {
    const file = path.join(sidecar, CORRECTIONS_FILE);
    return new CorrectionStore(file, await readCorrections(file));
  }

  /** The corrections of one letter, or undefined. */
  for(id: string): LetterCorrections | undefined {
    return this.letters.get(id);
  }

  /** Ids of the letters with at least one correction. */
  ids(): string[] {
    return [...this.letters.keys()];
  }

  /** Sets (value) or removes (null) the correction of one field of one letter, and saves. */
  async set(id: string, field: MetadataField, value: string | null, author: string, now = new Date()): Promise<Result<LetterCorrections | undefined>> {
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      return await withFileLock(`${this.file}.lock`, async () => {
        const letters = await readCorrections(this.file);
        const corrections: LetterCorrections = { ...letters.get(id) };
        if (value === null) delete corrections[field];
        else corrections[field] = { value, correctedAt: now.toISOString(), author } satisfies FieldCorrection;
        if (Object.keys(corrections).length) letters.set(id, corrections);
        else letters.delete(id);
        const json: CorrectionsFile = { format: FORMAT, letters: Object.fromEntries([...letters].sort(([a], [b]) => (a < b ? -1 : 1))) };
        await writeFileAtomic(this.file, `${JSON.stringify(json, null, 2)}\n`);
        this.letters = letters;
        return ok(letters.get(id));
      });
    } catch (error) {
      if (error instanceof LockTimeout) return fail('not-allowed', 'De correcties worden op dit moment door een ander venster opgeslagen. Probeer het zo opnieuw.');
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC') return fail('disk-full', 'De schijf is vol; de correctie is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.');
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return fail('read-only', 'Leeszaal mag de correcties van dit archief niet opslaan (geen schrijfrechten).');
      throw error;
    }
  }
}

const fields: readonly string[] = ['date', 'reference', 'theirReference', 'subject', 'sender', 'recipient'];

/** The corrections on disk; entries that are not corrections (hand edits gone wrong) are skipped. */
async function readCorrections(file: string): Promise<Map<string, LetterCorrections>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  let json: Partial<CorrectionsFile>;
  try {
    json = JSON.parse(text) as Partial<CorrectionsFile>;
  } catch {
    // Keep what the user wrote for a person to repair; Leeszaal starts a new file.
    await fs.rename(file, `${file}.damaged`).catch(() => undefined);
    return new Map();
  }
  const letters = new Map<string, LetterCorrections>();
  for (const [id, entry] of Object.entries(json.letters ?? {})) {
    const kept: LetterCorrections = {};
    for (const [field, correction] of Object.entries(entry ?? {})) {
      const c = correction as Partial<FieldCorrection> | null;
      if (fields.includes(field) && typeof c?.value === 'string' && c.value && (field !== 'date' || isIsoDate(c.value))) {
        kept[field as MetadataField] = { value: c.value, correctedAt: String(c.correctedAt ?? ''), author: String(c.author ?? '') };
      }
    }
    if (Object.keys(kept).length) letters.set(id, kept);
  }
  return letters;
}
