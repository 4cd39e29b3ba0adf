import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './writeFileAtomic';

export type RecentArchive = { root: string; name: string; openedAt: string };

const LIMIT = 10;

/** The archives opened last, newest first, kept in the app-data folder. */
export class RecentArchives {
  constructor(private readonly file: string) {}

  async list(): Promise<RecentArchive[]> {
    try {
      const parsed: unknown = JSON.parse(await fs.readFile(this.file, 'utf8'));
      return Array.isArray(parsed) ? (parsed as RecentArchive[]) : [];
    } catch {
      return [];
    }
  }

  async add(root: string): Promise<void> {
    const rest = (await this.list()).filter((entry) => entry.root !== root);
    const next = [{ root, name: path.basename(root), openedAt: new Date().toISOString() }, ...rest];
    await writeFileAtomic(this.file, JSON.stringify(next.slice(0, LIMIT), null, 2));
  }
}
